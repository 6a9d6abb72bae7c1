// Invalid programs against CPython: every case of syntax-errors.txt must make parse() throw the
// SyntaxError that python3's ast.parse raises, with the same type, line and offset, and the same
// message unless the case says [message may differ: why]. One python3 process computes all the
// expected errors; none is written down here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/parse.js';
import { PySyntaxError } from '../../src/parser/errors.js';
import { readChunks } from '../support/chunked-file.js';
import { pythonJson } from '../support/python.js';

const CASES = readChunks(readFileSync(join(import.meta.dirname, 'syntax-errors.txt'), 'utf8'));

/** Outcome: what compiling a program raised (null: it compiled). */
type Outcome = {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
} | null;

// ast.parse of each program. A str holding lone surrogates cannot even be encoded for compiling
// (UnicodeEncodeError, no position); parse() reports it as a SyntaxError "(unicode error) <that
// error's message>" at the first surrogate, which is what this computes from the exception.
const ORACLE = String.raw`
import ast, json, re, sys
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src)
        out.append(None)
    except SyntaxError as e:
        out.append({'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                    'end_lineno': e.end_lineno, 'end_offset': e.end_offset})
    except UnicodeEncodeError as e:
        before = re.split(r'\r\n|\r|\n', src[:e.start])
        out.append({'type': 'SyntaxError', 'msg': '(unicode error) ' + str(e), 'lineno': len(before),
                    'offset': len(before[-1]) + 1})
    except Exception as e:
        out.append({'type': type(e).__name__, 'msg': str(e), 'lineno': None, 'offset': None})
print(json.dumps(out))
`;

const EXPECTED = pythonJson<Outcome[]>(ORACLE, CASES.map((c) => c.source));

function ours(source: string): Outcome {
  try {
    parse(source);
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset };
  }
}

describe('syntax errors as CPython reports them', () => {
  it('has at least 80 cases, each rejected by CPython with a SyntaxError', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    const accepted = CASES.filter((_, k) => EXPECTED[k] === null).map((c) => c.title);
    expect(accepted, 'CPython accepts these').toEqual([]);
  });

  it.each(CASES.map((c, k) => [`${c.title} (line ${c.line})`, k] as const))('%s', (_title, k) => {
    const c = CASES[k];
    const want = EXPECTED[k];
    if (want === null) return;
    const got = ours(c.source);
    expect(got, 'parse() accepted it').not.toBeNull();
    const mayDiffer = c.options.has('message may differ');
    const pick = (o: NonNullable<Outcome>) => ({ type: o.type, lineno: o.lineno, offset: o.offset, ...(mayDiffer ? {} : { msg: o.msg }) });
    expect(pick(got!)).toEqual(pick(want));
  });
});
