// The format-spec mini-language against python3: format(value, spec) as value.__format__(spec)
// for int, bool, float, complex and str, over a table of specs and random specs and values.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../../src/objects/str.js';
import { formatValue, ascii } from '../../../src/objects/format-spec.js';
import { PyFloat } from '../../../src/objects/float.js';
import { call, differences, report, f, type Case, type J } from './support/oracle.js';
import { propertySeed } from '../../parser/support/seed.js';

const INTS: J[] = [0, 1, -1, 7, 42, -42, 255, 1234567, -1234567, 2 ** 53 - 1, { int: '123456789012345678901234567890' }, { int: '-98765432109876543210' }, true, false];
const FLOATS: J[] = [
  0, -0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1 / 3, 2 / 3, 3.14159, -3.14159, 1e16, 1e-7, 1e22, 1.5e300, 5e-324, 2.675, 9.995, 1234.5,
  -1234.5, 123456789.0, 0.0001, 0.00001, 1e100, 12345.678, 0.1, 100, Infinity, -Infinity, NaN, 2 ** 53, 2 ** 63, 0.05, 0.15, 0.25, 1e-300,
].map((x) => (typeof x === 'number' ? f(x) : x));
const COMPLEXES: J[] = [
  { complex: [0, 1] },
  { complex: [1, 2] },
  { complex: [-0, -0] },
  { complex: [1.5, -2.25] },
  { complex: [0, -0] },
  { complex: [-1, 0] },
  { complex: [1e20, 1e-20] },
  { complex: [Infinity, NaN] },
  { complex: [3.14159, 2.71828] },
];
const STRS: J[] = ['', 'a', 'abc', 'hello world', '😀x', 'é', '\ud800'];

const INT_SPECS = [
  '', 'd', 'b', 'o', 'x', 'X', 'c', 'n', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '5', '05', '+05', '<5', '>5', '^5', '=5', '*^9', '0^9', ',', '_', ',d', '_d', '_b', '_x',
  '_o', '#_x', '010,', '012_', '+012,d', '#012x', '#012_b', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.3e', ',.2f', '10.1%', '😀>6', 'é<4', '\x00=6',
  '=+8', ' =8', '08b', '#08b', 's', '.2', 'z', 'xx', ',,', ',_', '_,', '__', ',x', ',n', '_n', '.', '1'.repeat(30), '+c', '#c', ',c', '5c', '<3c', '=3c', '#n', '٣', '١٠',
];
const FLOAT_SPECS = [
  '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0f', '.1f', '.2f', '.3f', '.10f', '.17g', '.0e', '.1e', '.2e', '.0g', '.1g', '.2g', '.3g', '.15g', '.1', '.2', '.3',
  '#.0f', '#.0e', '#g', '#.3g', '#', '#.1', '+', ' ', '+f', ' .2f', '10', '010', '+010', '<010', '=+10', '^12.3f', '*>10', 'z', 'z.1f', 'z.2e', 'zg', ',', '_', ',.2f',
  '_.3f', '012,.2f', '=+15,.1f', '0=12', '.50f', '.30e', '.1%', '.0%', 'x<+12.3e', 'd', 's', 'b', 'c', 'x', ',g', 'z%', '.'+'1'.repeat(20), '.' + '9'.repeat(11) + 'f', '.3n', ',n', 'zf',
];
const COMPLEX_SPECS = ['', 'e', 'f', 'g', 'E', 'G', 'n', '.2f', '.3e', '+.2f', ' g', '>20', '<20.2f', '^30', '010', '0>10', '=10', '%', 'd', 'z.1f', '#g', ',.2f', '_.1f', '.0f', '20', 'zf'];
const STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '.0', '5.1', '😀^5', '+', ' ', 'z', '#', '=', '=5', ',', '_', 'd', 'x', '0', '05', '00', '010s', '.2s', 'xx', '\x01', 'é', '.'];

function table(values: J[], specs: string[]): Case[] {
  return values.flatMap((v) => specs.map((s) => call(v, '__format__', s)));
}

describe('format specs agree with python3', () => {
  it('for int and bool', () => {
    const d = differences(table(INTS, INT_SPECS));
    expect(d, report(d)).toEqual([]);
  });
  it('for float', () => {
    const d = differences(table(FLOATS, FLOAT_SPECS));
    expect(d, report(d)).toEqual([]);
  });
  it('for complex', () => {
    const d = differences(table(COMPLEXES, COMPLEX_SPECS));
    expect(d, report(d)).toEqual([]);
  });
  it('for str', () => {
    const d = differences([...table(STRS, STR_SPECS), call('a', '__format__', 1), call(1, '__format__', 1), call(f(1), '__format__', null)]);
    expect(d, report(d)).toEqual([]);
  });

  const seed = propertySeed(0xf0a7);
  const fill = fc.constantFrom('', '', '*', '0', ' ', 'é', '😀');
  const align = fc.constantFrom('', '', '<', '>', '^', '=');
  const sign = fc.constantFrom('', '', '+', '-', ' ');
  const width = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 25 }).map(String));
  const grouping = fc.constantFrom('', '', '', ',', '_');
  const precision = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 20 }).map((p) => '.' + p));
  function spec(types: string[]): fc.Arbitrary<string> {
    return fc
      .tuple(fill, align, sign, fc.constantFrom('', '', 'z'), fc.constantFrom('', '', '#'), fc.constantFrom('', '', '0'), width, grouping, precision, fc.constantFrom(...types))
      .map(([fi, al, si, z, alt, zero, w, g, p, t]) => (al === '' ? '' : fi + al) + si + z + alt + zero + w + g + p + t);
  }

  it('for random floats and specs', () => {
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.double({ min: -1e6, max: 1e6 }),
      fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
      fc.integer({ min: -1000, max: 1000 }).map((n) => n / 8),
    );
    const cases = fc.sample(fc.tuple(value, spec(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'])), { seed, numRuns: 4000 }).map(([x, s]) => call(f(x), '__format__', s));
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });

  it('for random ints and specs', () => {
    const value = fc.oneof(fc.integer(), fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map((b) => ({ int: b.toString() }) as J), fc.integer({ min: -300, max: 300 }));
    const cases = fc.sample(fc.tuple(value, spec(['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%'])), { seed, numRuns: 4000 }).map(([x, s]) => call(x as J, '__format__', s));
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });

  it('for random complex numbers and specs', () => {
    const part = fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 }).map((n) => n / 8), fc.constantFrom(0, -0));
    const cases = fc
      .sample(fc.tuple(part, part, spec(['', 'e', 'f', 'g', 'E', 'G', 'n'])), { seed, numRuns: 1500 })
      .map(([re, im, s]) => call({ complex: [re, im] }, '__format__', s));
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });

  it('for random strs and specs', () => {
    const str = fc.array(fc.constantFrom('a', 'b', ' ', 'é', '😀', '\t'), { maxLength: 8 }).map((a) => a.join(''));
    const cases = fc.sample(fc.tuple(str, spec(['', 's'])), { seed, numRuns: 1500 }).map(([x, s]) => call(x, '__format__', s));
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });
});

describe('formatValue and ascii', () => {
  it('apply the conversions before the spec', () => {
    expect(formatValue('é', 0, '')).toBe('é');
    expect(formatValue('é', 2, '')).toBe("'é'");
    expect(formatValue('é', 3, '')).toBe("'\\xe9'");
    expect(formatValue('ab', 2, '>6')).toBe("  'ab'");
    expect(formatValue(new PyFloat(2.5), 0, '.3f')).toBe('2.500');
    expect(formatValue(255, 0, '#x')).toBe('0xff');
    expect(formatValue('😀\u0100', 3, '')).toBe("'\\U0001f600\\u0100'");
    expect(ascii('a\u20ac')).toBe("'a\\u20ac'");
  });
});
