// Operators over random mixed operands (int small and huge, bool, float including -0.0, inf, nan
// and subnormals, complex) through the interpreter, against python3: every binary operator,
// comparison, unary operator, divmod and three-argument pow, one python3 process per batch.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { terrarium, python3All, PY_PRELUDE } from '../containers/support.js';
import { propertySeed } from '../../parser/support/seed.js';

/** A double as Python source (exact: shortest repr digits, or the special spellings). */
function floatSource(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "float('-inf')";
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x);
  return /[.e]/.test(s) ? `float('${s}')` : `${s}.0`;
}

const smallInt = fc.integer({ min: -1000, max: 1000 }).map(String);
const hugeInt = fc.bigInt({ min: -(1n << 200n), max: 1n << 200n }).map((b) => `(${b})`);
const bool = fc.constantFrom('True', 'False');
const specialFloat = fc.constantFrom(0, -0, 0.5, -1.5, 1e308, -1e-308, 5e-324, 2 ** 53, Infinity, -Infinity, NaN, 1 / 3, 1e16);
const anyFloat = fc.oneof(specialFloat, fc.double(), fc.double({ min: -1e6, max: 1e6, noNaN: true })).map(floatSource);
const complexNum = fc.tuple(fc.oneof(specialFloat, fc.double({ min: -100, max: 100, noNaN: true })), fc.oneof(specialFloat, fc.integer({ min: -5, max: 5 }))).map(
  ([re, im]) => `complex(${floatSource(re)}, ${floatSource(im)})`,
);
const operand = fc.oneof({ weight: 3, arbitrary: smallInt }, { weight: 2, arbitrary: hugeInt }, { weight: 1, arbitrary: bool }, { weight: 3, arbitrary: anyFloat }, { weight: 2, arbitrary: complexNum });
const smallExponent = fc.oneof(fc.integer({ min: -4, max: 40 }).map(String), fc.constantFrom('0.5', '-1.5', '2.0', 'True', 'complex(0, 1)', '-0.0'));

const BINARY = ['+', '-', '*', '/', '//', '%', '<', '<=', '==', '!=', '>', '>=', '&', '|', '^'];
const SHIFT_COUNTS = fc.integer({ min: -2, max: 70 }).map(String);

const expression = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(operand, fc.constantFrom(...BINARY), operand).map(([a, op, b]) => `${a} ${op} ${b}`) },
  { weight: 2, arbitrary: fc.tuple(operand, smallExponent).map(([a, b]) => `${a} ** ${b}`) },
  { weight: 1, arbitrary: fc.tuple(operand, fc.constantFrom('<<', '>>'), SHIFT_COUNTS).map(([a, op, b]) => `${a} ${op} ${b}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('-', '+', '~', 'abs', 'not ', 'bool', 'hash'), operand)
      // hash() of a NaN is its object's identity hash in CPython 3.11: ids are deliberately not CPython's.
      .filter(([op, a]) => !(op === 'hash' && a.includes('nan')))
      .map(([op, a]) => (/^[a-z]/.test(op) && op !== 'not ' ? `${op}(${a})` : `${op}${a}`)),
  },
  { weight: 1, arbitrary: fc.tuple(operand, operand).map(([a, b]) => `divmod(${a}, ${b})`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.oneof(smallInt, hugeInt, bool), fc.integer({ min: -3, max: 300 }), fc.oneof(smallInt, hugeInt))
      .map(([a, b, m]) => `pow(${a}, ${b}, ${m})`),
  },
);

function batch(seed: number, n: number): string[] {
  return fc.sample(expression, { seed, numRuns: n });
}

function compare(exprs: string[]): string[] {
  const src = exprs.map((e) => `show(lambda: ${e})`).join('\n') + '\n';
  const ours = terrarium(PY_PRELUDE + src).split('\n');
  const theirs = python3All([src])[0]!.split('\n');
  const diffs: string[] = [];
  for (let i = 0; i < exprs.length; i++) {
    if (ours[i] !== theirs[i]) diffs.push(`${exprs[i]}\n    ours:    ${ours[i]}\n    python3: ${theirs[i]}`);
  }
  return diffs;
}

describe('operators over random int/bool/float/complex operands agree with python3', () => {
  for (const [k, seed] of [propertySeed(4101), propertySeed(4102), propertySeed(4103)].entries()) {
    it(`batch ${k + 1} (seed ${seed})`, () => {
      const diffs = compare(batch(seed, 700));
      expect(diffs.slice(0, 15).join('\n'), `${diffs.length} differences`).toBe('');
    });
  }
});
