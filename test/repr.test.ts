// repr() of the constant types (src/objects/*.ts) against python3, on edge cases and on random
// values from fast-check; every expected value comes from one python3 process.

import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reprStr } from '../src/objects/str.js';
import { reprBytes } from '../src/objects/bytes.js';
import { reprFloat } from '../src/objects/float.js';
import { reprComplex } from '../src/objects/complex.js';
import { reprInt } from '../src/objects/int.js';
import { floatBits, pythonJson, PY_FLOAT_FROM_BITS } from './support/python.js';

type Case =
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'float'; v: number }
  | { t: 'complex'; v: { real: number; imag: number } }
  | { t: 'int'; v: bigint };

const ORACLE = PY_FLOAT_FROM_BITS + `
import json, sys
def decode(c):
    t, v = c['t'], c['v']
    if t == 'str': return v
    if t == 'bytes': return bytes.fromhex(v)
    if t == 'float': return float_from_bits(v)
    if t == 'complex': return complex(float_from_bits(v[0]), float_from_bits(v[1]))
    if t == 'int': return int(v)
req = json.load(sys.stdin)
allchars = [repr(chr(c)) for c in range(0x110000)]
print(json.dumps({'cases': [repr(decode(c)) for c in req], 'allchars': allchars}))
`;

function encode(c: Case): unknown {
  switch (c.t) {
    case 'str': return c;
    case 'bytes': return { t: c.t, v: Buffer.from(c.v).toString('hex') };
    case 'float': return { t: c.t, v: floatBits(c.v) };
    case 'complex': return { t: c.t, v: [floatBits(c.v.real), floatBits(c.v.imag)] };
    case 'int': return { t: c.t, v: c.v.toString() };
  }
}

function ours(c: Case): string {
  switch (c.t) {
    case 'str': return reprStr(c.v);
    case 'bytes': return reprBytes(c.v);
    case 'float': return reprFloat(c.v);
    case 'complex': return reprComplex(c.v);
    case 'int': return reprInt(c.v);
  }
}

const FLOATS = [
  0, -0, 1, -1, 0.1, 0.5, 1.5, 1e16, 1e15, 9999999999999998, 1e17, 1e22, 1e-4, 1e-5, 0.00012345,
  123456789012345678, 5e-324, -5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, Infinity,
  -Infinity, NaN, 0.1 + 0.2, 1 / 3, 2 ** 53, 2 ** 53 + 2, 1e100, 123.456, 100, 1e-7, 3.14e-10,
];
const STRS = [
  '', 'a', "'", '"', `'"`, `it's`, 'say "hi"', '\\', '\n\r\t', '\x00\x1f\x7f\x80\x9f\xa0\xad\xff',
  'é', '€', '\u2028\u2029\u3000', '\u200b\ufeff', '\ud800', '\udfff', 'a\udc80b', '😀', '\u{e0001}',
  '\u{10ffff}', '\u{f0000}', '\u0378', '\u{1f6d8}', '\u{31350}', 'ab\'"cd', 'tab\there',
];
const BYTES = [
  [], [0x27], [0x22], [0x27, 0x22], [0x5c], [0, 9, 10, 13, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0xff],
  Array.from({ length: 256 }, (_, i) => i),
].map((a) => new Uint8Array(a));
const COMPLEXES = [
  [0, 1], [0, 0], [-0, 0], [0, -0], [-0, -0], [1, NaN], [NaN, NaN], [0, Infinity], [-Infinity, -Infinity],
  [1e16, 1e-5], [1.5, 2], [0, 1e16], [0, -NaN], [1, -1], [-2.5, 0.1],
].map(([real, imag]) => ({ real: real!, imag: imag! }));
const INTS = [0n, 1n, -1n, 2n ** 64n, -(10n ** 40n), 123456789n];

// Random values: the seed is printed in failure messages so a failure can be replayed.
const SEED = Date.now() | 0;
const codePoint = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }),
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0xffff }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.constantFrom(0x22, 0x27, 0x5c),
);
const randomStr = fc.array(codePoint, { maxLength: 12 }).map((cps) => String.fromCodePoint(...cps));
const randomFloat = fc.oneof(
  fc.double(),
  fc.double({ min: -1e20, max: 1e20 }),
  fc.tuple(fc.integer({ min: -999999, max: 999999 }), fc.integer({ min: -330, max: 310 })).map(([m, e]) => m * 10 ** e),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map((i) => i / 1024),
);
const RANDOM: Case[] = [
  ...fc.sample(randomStr, { numRuns: 3000, seed: SEED }).map((v): Case => ({ t: 'str', v })),
  ...fc.sample(randomFloat, { numRuns: 5000, seed: SEED }).map((v): Case => ({ t: 'float', v })),
  ...fc.sample(fc.uint8Array({ maxLength: 16 }), { numRuns: 500, seed: SEED }).map((v): Case => ({ t: 'bytes', v })),
  ...fc.sample(fc.tuple(randomFloat, randomFloat), { numRuns: 1000, seed: SEED })
    .map(([real, imag]): Case => ({ t: 'complex', v: { real, imag } })),
  ...fc.sample(fc.bigInt(), { numRuns: 300, seed: SEED }).map((v): Case => ({ t: 'int', v })),
];

const FIXED: Case[] = [
  ...STRS.map((v): Case => ({ t: 'str', v })),
  ...BYTES.map((v): Case => ({ t: 'bytes', v })),
  ...FLOATS.map((v): Case => ({ t: 'float', v })),
  ...COMPLEXES.map((v): Case => ({ t: 'complex', v })),
  ...INTS.map((v): Case => ({ t: 'int', v })),
];

let expected: { cases: string[]; allchars: string[] };
beforeAll(() => {
  expected = pythonJson(ORACLE, [...FIXED, ...RANDOM].map(encode));
});

function mismatches(cases: Case[], offset: number): { input: unknown; ours: string; python: string }[] {
  return cases
    .map((c, i) => ({ input: encode(c), ours: ours(c), python: expected.cases[offset + i]! }))
    .filter((r) => r.ours !== r.python)
    .slice(0, 5);
}

describe('repr of constants', () => {
  it('matches python3 on edge cases', () => {
    expect(mismatches(FIXED, 0)).toEqual([]);
  });

  it(`matches python3 on random values (fast-check seed ${SEED})`, () => {
    expect(mismatches(RANDOM, FIXED.length)).toEqual([]);
  });

  it('matches python3 on every single code point', () => {
    const bad: string[] = [];
    for (let cp = 0; cp < 0x110000 && bad.length < 5; cp++) {
      const r = reprStr(String.fromCodePoint(cp));
      if (r !== expected.allchars[cp]) bad.push(`U+${cp.toString(16)}: ${r} != ${expected.allchars[cp]}`);
    }
    expect(bad).toEqual([]);
  });
});
