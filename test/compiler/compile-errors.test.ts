// Programs that parse but do not compile, against CPython: every case of compile-errors.txt must
// make compileSource() throw the SyntaxError python3's compile() raises, with the same type,
// message, line, offset, end line and end offset. Each case must parse (ast.parse accepts it), so
// that the error really comes from the symbol table or the code generator.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { PySyntaxError } from '../../src/parser/errors.js';
import { readChunks } from '../support/chunked-file.js';
import { pythonJson } from '../support/python.js';

const CASES = readChunks(readFileSync(join(import.meta.dirname, 'compile-errors.txt'), 'utf8'));

interface Outcome {
  parses: boolean;
  error: { type: string; msg: string; lineno: number; offset: number; end_lineno: number | null; end_offset: number | null } | null;
}

const ORACLE = String.raw`
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src)
        parses = True
    except SyntaxError:
        parses = False
    try:
        compile(src, 'x.py', 'exec')
        err = None
    except SyntaxError as e:
        err = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
               'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    out.append({'parses': parses, 'error': err})
print(json.dumps(out))
`;

const THEIRS = pythonJson<Outcome[]>(ORACLE, CASES.map((c) => c.source));

function ours(source: string): Outcome['error'] {
  try {
    compileSource(source, 'x.py', 'exec');
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // CPython leaves end_offset unset (None) where we store 0.
    return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset === 0 ? null : e.endOffset };
  }
}

describe('compile-time SyntaxErrors, as python3 compile() raises them', () => {
  it('has enough cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
  it.each(CASES.map((c, i) => [c.title, i] as const))('%s', (_title, i) => {
    const theirs = THEIRS[i]!;
    expect(theirs.parses, 'the case must parse, so that the error is the compiler\'s').toBe(true);
    expect(theirs.error, 'python3 must reject the case').not.toBeNull();
    expect(ours(CASES[i]!.source)).toEqual(theirs.error);
  });
});
