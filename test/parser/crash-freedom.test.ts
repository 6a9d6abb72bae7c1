// parse() is total: on any string it returns a Module or throws PySyntaxError, never another
// exception (TypeError, RangeError from deep recursion, an ohm internal error) and never hangs.
// Inputs: arbitrary strings (lone surrogates, NUL, CR, tabs, form feeds included), random token
// sequences, damaged valid programs and deep nesting. Seeds are fixed; fast-check prints the seed
// and the shrunk counterexample of a failure.

import { describe, it } from 'vitest';
import fc from 'fast-check';
import { parse } from '../../src/parser/parse.js';
import { PySyntaxError } from '../../src/parser/errors.js';
import { mutatedProgram } from './support/mutation-arbitrary.js';
import { tokenSoup } from './support/token-arbitrary.js';
import { propertySeed } from './support/seed.js';

const SEED = propertySeed(0xc0ffee);

// A generous bound for inputs of a few hundred characters: parsing one takes milliseconds, so
// only a super-linear blow-up (the practical face of a hang) gets near it.
const TIME_LIMIT_MS = 2_000;

/** parsesOrRejects is the property: parse() returns, or throws PySyntaxError, in bounded time. */
function parsesOrRejects(source: string): void {
  const t0 = performance.now();
  try {
    parse(source);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
  }
  const ms = performance.now() - t0;
  if (ms > TIME_LIMIT_MS) throw new Error(`parse took ${ms.toFixed(0)} ms on ${source.length} characters`);
}

// Any code point, lone surrogates included (fc's 'binary' unit leaves them out).
const anyCodeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((cu) => String.fromCharCode(cu)),
);

// Characters the tokenizer treats specially, so that random strings often get past the first one.
const trickyChar = fc.constantFrom(
  '\0', '\r', '\n', '\t', '\f', '\v', ' ', '\\', '"', "'", '#', '(', ')', '[', ']', '{', '}', ':', ';',
  '=', '!', '@', '*', '.', ',', '-', '~', 'f', 'r', 'b', 'u', 'x', 'o', 'e', 'j', '0', '1', '9', '_',
  'a', 'if', 'def', 'lambda', 'not', 'in', 'é', '\u00a0', '\u2028', '\ufeff', '\ud800', '\udc00', '😀',
  '\ue000', '\ue001',
);

// Deep nesting of every recursive construct, past CPython's limits (200 brackets, 100 indents).
const nested = fc
  .tuple(
    fc.constantFrom(
      ['(', ')'], ['[', ']'], ['{', '}'], ['f"{', '}"'], ['-', ''], ['not ', ''], ['lambda: ', ''], ['a if b else ', ''],
      ['x[', ']'], ['f(', ')'], ['*', ''], ['await ', ''], ['(yield ', ')'], ['a.b(', ').c'], ['2**', ''],
    ),
    fc.integer({ min: 1, max: 400 }),
    fc.constantFrom('', 'x', '1', ')', '('),
  )
  .map(([[open, close], depth, core]) => open.repeat(depth) + core + close.repeat(depth));

const deepBlocks = fc
  .tuple(fc.integer({ min: 1, max: 150 }), fc.constantFrom('if x:', 'for a in b:', 'def f():', 'class C:', 'try:', 'with a:'))
  .map(([depth, head]) => Array.from({ length: depth }, (_, i) => ' '.repeat(i) + head).join('\n') + '\n' + ' '.repeat(depth) + 'pass\n');

describe('parse never crashes', () => {
  it.each([
    ['arbitrary code points', fc.string({ unit: anyCodeUnit, maxLength: 120 }), 1500],
    ['tokenizer-relevant characters', fc.string({ unit: trickyChar, maxLength: 160 }), 2500],
    ['full Unicode strings', fc.string({ unit: 'binary', maxLength: 120 }), 1000],
    ['random token sequences', tokenSoup, 1500],
    ['mutated valid programs', mutatedProgram, 1500],
    ['deeply nested expressions', nested, 300],
    ['deeply nested blocks', deepBlocks, 150],
  ] as const)('on %s', (_name, arbitrary, numRuns) => {
    fc.assert(fc.property(arbitrary, parsesOrRejects), { seed: SEED, numRuns });
  });
});
