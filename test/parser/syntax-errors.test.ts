// Invalid programs against CPython: every case of syntax-errors.txt must make parse() throw the
// SyntaxError that python3's ast.parse raises, with the same type, line and offset, and the same
// message unless the case says [message may differ: why]. Then deep and long programs: parse()
// must return or throw a PySyntaxError, never overflow the JavaScript stack. One python3 process
// computes all the expected outcomes; none is written down here.

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

/**
 * DEEP: programs nested or chained far beyond what real code does. beyondUs: CPython accepts the
 * program, but with Node's default stack parse() cannot (ohm's matcher recurses once per nesting
 * level); it throws a PySyntaxError instead (a bigger stack may let it through).
 */
const DEEP: { name: string; source: string; beyondUs?: string }[] = [
  { name: '100,000 nots', source: `x = ${'not '.repeat(100_000)}y\n` },
  { name: '100,000 unary minuses', source: `x = ${'-'.repeat(100_000)}y\n` },
  { name: '100,000 unary inversions', source: `x = ${'~'.repeat(100_000)}y\n` },
  { name: '10,000 attributes', source: `x = a${'.b'.repeat(10_000)}\n` },
  { name: '10,000 calls', source: `x = f${'()'.repeat(10_000)}\n` },
  { name: '5,000 subscripts', source: `x = a${'[0]'.repeat(5_000)}\n` },
  { name: '20,000 lambdas', source: `x = ${'lambda: '.repeat(20_000)}y\n` },
  { name: '2,000 lambdas', source: `x = ${'lambda: '.repeat(2_000)}y\n` },
  { name: '100,000 conditional expressions', source: `x = ${'a if b else '.repeat(100_000)}y\n` },
  { name: '100,000 powers', source: `x = ${'2 ** '.repeat(100_000)}y\n` },
  { name: '3,000 lambda defaults', source: `x = ${'lambda a=lambda: '.repeat(3_000)}y\n` },
  { name: '10,000 additions', source: `x = ${'1 + '.repeat(10_000)}1\n` },
  { name: '10,000 comparisons', source: `x = ${'a < '.repeat(10_000)}b\n` },
  { name: '10,000 ands', source: `x = ${'a and '.repeat(10_000)}b\n` },
  { name: '100,000 awaits', source: `async def f():\n    x = ${'await '.repeat(100_000)}y\n` },
  { name: '5,000 elifs', source: `if a: pass\n${'elif b: pass\n'.repeat(5_000)}` },
  { name: '5,000 decorators', source: `${'@d\n'.repeat(5_000)}def f(): pass\n` },
  { name: '2,000 statements on one line', source: `${'x = 1; '.repeat(2_000)}\n` },
  { name: '99 levels of indentation', source: nestedBlocks(99) },
  { name: '10,000 levels of indentation', source: nestedBlocks(10_000) },
  { name: '10,000 nested lists', source: `x = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` },
  { name: '10,000 nested f-strings', source: `x = ${'f"{'.repeat(10_000)}1${'}"'.repeat(10_000)}\n` },
  { name: '60 nested parentheses', source: `x = ${'('.repeat(60)}1${')'.repeat(60)}\n` },
  {
    name: '200 nested parentheses',
    source: `x = ${'('.repeat(200)}1${')'.repeat(200)}\n`,
    beyondUs: 'ohm needs about 10 KB of stack per level; Node\'s default stack holds 100 to 200',
  },
  {
    name: '150 nested walruses',
    source: `x = ${'(y := '.repeat(150)}1${')'.repeat(150)}\n`,
    beyondUs: 'ohm needs about 10 KB of stack per level; Node\'s default stack holds 100 to 200',
  },
];

function nestedBlocks(depth: number): string {
  let out = '';
  for (let i = 0; i < depth; i++) out += ' '.repeat(i) + 'if x:\n';
  return out + ' '.repeat(depth) + 'pass\n';
}

const ALL = pythonJson<Outcome[]>(ORACLE, [...CASES.map((c) => c.source), ...DEEP.map((d) => d.source)]);
const EXPECTED = ALL.slice(0, CASES.length);
const EXPECTED_DEEP = ALL.slice(CASES.length);

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

describe('deep and long programs', () => {
  it.each(DEEP.map((d, k) => [d.name, k] as const))('%s', (_name, k) => {
    const d = DEEP[k];
    const want = EXPECTED_DEEP[k];
    const got = ours(d.source);
    if (want === null) {
      if (!d.beyondUs) expect(got).toBeNull();
    } else if (want.type === 'SyntaxError' || want.type === 'IndentationError' || want.type === 'TabError') {
      expect(got && { type: got.type, msg: got.msg, lineno: got.lineno, offset: got.offset })
        .toEqual({ type: want.type, msg: want.msg, lineno: want.lineno, offset: want.offset });
    }
    // Otherwise CPython ran out of memory or recursion depth (MemoryError, RecursionError):
    // returning a tree or a SyntaxError are both fine, which ours() has already checked.
  });
});
