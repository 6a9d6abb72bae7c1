// int (src/objects/int.ts) against python3: arithmetic with Python's rounding and signs, big
// ints, conversions, parsing, methods and error messages; then fast-check properties: the
// arithmetic helpers against a BigInt reference, and random big-int expressions against python3.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareLines, report, python3All } from '../containers/support.js';
import {
  intAdd,
  intSub,
  intMul,
  intFloorDiv,
  intMod,
  intPow,
  intLshift,
  intRshift,
  intAnd,
  intOr,
  intXor,
  intNeg,
  intCompare,
  intTrueDivDouble,
  reprInt,
  bigBitLength,
  type IntValue,
} from '../../../src/objects/int.js';
import { PyException } from '../../../src/objects/exception.js';
import { setActiveMeter, Meter } from '../../../src/vm/meter.js';

const ARITHMETIC = [
  '1 + 2', '2**100', '2**100 - 2**100', '-(2**53)', '2**53 + 1', '9007199254740991 + 1', '-9007199254740991 - 1',
  '7 // 2', '7 // -2', '-7 // 2', '-7 // -2', '7 % 3', '7 % -3', '-7 % 3', '-7 % -3', '0 % 5', '-0 // 5',
  'divmod(-7, 2)', 'divmod(7, -2)', 'divmod(10**30, -7)', '(-10**30) // 7', '(-10**30) % 7', '10**30 % -7',
  '1 // 0', '(1).__mod__(0)', 'divmod(1, 0)', '1 / 0', '0 / -5', '1 / 3', '2 / 2', '10**400 / 3', '(10**400) / (10**399)',
  '10**400 / 10**-1 if False else 1', '3 / 10**400', '-3 / 10**400', '(2**1075 + 1) / 2**1075', '(2**53 + 1) / 1',
  '(2**54 + 3) / 2', '10**308 * 10 / 10**308', '(10**309) / 10', '1 / (10**400)', '(10**400) / (10**400 + 1)',
  '2**-1', '2**-2', '4 ** -2', '(-2) ** -1', '0**-1', '0**0', '(-1)**(10**20)', '(-1)**(10**20 + 1)', '1**(10**30)',
  '(10**400)**-1', '2**0.5', '(-2)**0.5', '3**40', '(-3)**41', '7**77', '2**64 - 1', '(-2)**63',
  'pow(2, -1, 7)', 'pow(2, -1, 4)', 'pow(3, 4, -5)', 'pow(-3, 4, 5)', 'pow(3, -4, -5)', 'pow(0, 0, 1)', 'pow(5, 0, -1)',
  'pow(2, 3, 0)', 'pow(2.0, 3, 5)', 'pow(10**20, 10**20, 10**9 + 7)', 'pow(123456789, -1, 10**30 + 57)',
  '1 << 100', '1 << 0', '-1 << 70', '5 << 62', '1 << -1', '1 >> -1', '-1 >> 100', '-1 >> 1', '-5 >> 1', '2**100 >> 99',
  '-(2**100) >> 99', '12345 >> 64', '-12345 >> 64', '(-(2**70)) >> 200',
  '~5', '~-1', '~0', '~(2**53 - 1)', '~(2**100)', '-5 & 3', '-5 | 3', '-5 ^ 3', '2**70 & -1', '-(2**70) | 2**31',
  '(2**64 - 1) ^ -(2**64)', '0x7fffffff & -0x80000000', '(2**31) | 1', '-2**31 & 7',
  '-0', '+5', 'abs(-7)', 'abs(-(2**80))', '-(-(2**53))',
];

const COMPARISONS = [
  '2**53 + 1 > 2.0**53', '2**53 + 1 == 2.0**53', '2**53 == 2.0**53', '10**400 > float("inf")', '10**400 < float("inf")',
  '1 == 1.0', '1 < 1.5', '(1).__eq__(1.0)', '(1).__lt__(2)', '(2**100).__ge__(2**100)', '5 == True', 'hash(5) == hash(5.0)',
  '-(2**64) < -1e19', '2**64 == 1.8446744073709552e19', 'float("nan") == 1', '1 != float("nan")', 'sorted([3, 2**70, -5, 1.5])',
];

const CONVERSIONS = [
  "int('  -1_000 ')", "int('0x10', 0)", "int('0o17', 0)", "int('0b101', 0)", "int('0b1_0', 0)", "int('010', 0)", "int('0_0', 0)",
  "int('00', 0)", "int('0x_10', 16)", "int('+0x10', 16)", "int('-0x10', 0)", "int('0B11', 2)", "int('z', 36)", "int('Z', 36)",
  "int('abc')", "int('1__0')", "int('_1')", "int('1_')", "int('- 1')", "int('1 0')", "int('')", "int(' ')", "int('x' * 300)",
  "int('12', 1)", "int('12', 37)", "int('12', 2**100)", "int('12', 3.0)", "int(12, 10)", "int('12', base=8)", "int(x='12')",
  "int(3.9)", "int(-3.9)", "int(1e300)", "int(float('nan'))", "int(float('inf'))", "int('١٢٣')", "int('٣', 16)", "int(b'12')",
  "int(b' 12 ', 16)", "int(bytearray(b'12'))", "int(b'x')", "int([])", "int(None)", "int(True)", "int()", "int('1' * 5000)",
  "int('1' * 4301, 16) > 0", "int('1' * 4301, 36)", "int('1_' * 3000 + '1') % 1000", "int(' \\u2003 12 \\x0c')", "int('\\x1c1')",
  "int('9' * 4300) % 10", "str(10**4299)[:5]", "repr(10**5000)", "str(-(10**4300))", "hex(10**5000)[:12]",
  "float(10**400)", "float(2**1024 - 2**970)", "float(2**1024 - 2**969)", "float(2**53 + 1)", "float(-(2**63))",
  "(5).__float__()", "(5).__index__()", "(5).__int__()", "(5).__trunc__()", "(5).__floor__()", "(5).__ceil__()",
  "(7).__round__(-1)", "(15).__round__(-1)", "(25).__round__(-1)", "(-25).__round__(-1)", "(-35).__round__(-1)",
  "round(12345, -2)", "round(12350, -2)", "round(12250, -2)", "round(10**30 + 5 * 10**9, -10)", "round(5, 2**70)",
  "round(5, -100)", "round(7, None)", "(7).__round__(None)", "round(-10**20 - 5, -1)",
];

const METHODS = [
  '(255).bit_length()', '(0).bit_length()', '(-256).bit_length()', '(2**100).bit_length()', '(-5).bit_count()', '(2**100 - 1).bit_count()',
  "int.from_bytes(b'\\x01\\x00', 'big')", "int.from_bytes([1, 2], 'little')", "int.from_bytes(b'\\xff', 'big', signed=True)",
  "int.from_bytes(b'', 'big', signed=True)", "int.from_bytes(b'\\x00\\x80', 'little', signed=True)", "int.from_bytes(b'\\x01')",
  "(1024).to_bytes(2, 'little')", "(1024).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(-1).to_bytes(2, 'little', signed=True)",
  "(128).to_bytes(1, 'big', signed=True)", "(-128).to_bytes(1, 'big', signed=True)", "(1).to_bytes(-1, 'big')",
  "(1).to_bytes(1, 'middle')", "(255).to_bytes()", "(0).to_bytes(0, 'big')", "(2**64).to_bytes(9, 'big')",
  '(3).conjugate()', '(3).as_integer_ratio()', '(-3).numerator', '(-3).denominator', '(-3).real', '(-3).imag',
  '(3).__getnewargs__()', 'int.__new__(int)', 'int.__new__(int, "5")', 'int.__new__(str)', '(5).__add__(2.0)',
  '(5).__radd__(2)', '(5).__rsub__(2)', '(5).__rpow__(2)', '(5).__rlshift__(1)', '(5).__pow__(2, 3)', '(5).__add__()',
  'int.__add__("a", 1)', '(5).__hash__()', '(-1).__hash__()', '(2**61).__hash__()', 'hash(2**61 - 1)', 'hash(-(2**61))',
  'hash(-(2**80))', 'hash(10**100)', '(5).__bool__()', '(0).__bool__()', '(2**100).__sizeof__() > 0', 'isinstance(True, int)',
];

const SUBCLASSES = `
class I(int):
    pass
class J(int):
    def __repr__(self): return 'J!'
i = I(5)
j = J('12', 8)
`;
const SUBCLASS_LINES = [
  'i', 'i + 1', 'type(i + 1)', 'type(i)', 'i * i', '-i', 'type(+i)', 'type(abs(i))', 'i == 5', 'hash(i)', '{i: 1}[5]', '{5: 1}[i]',
  'i.bit_length()', 'int(i)', 'type(int(i))', 'j', 'str(j)', 'j + 0', '[1, 2, 3, 4, 5, 6][i]', 'divmod(i, 2)', 'i ** 2', 'I(7.9)',
  'I()', 'i.real', 'type(i.real)', 'I.from_bytes(b"\\x01", "big")', 'type(I.from_bytes(b"\\x01", "big"))', 'i.__dict__',
  'bool(I(0))', 'round(i)', 'type(round(i))',
];

describe('int against python3', () => {
  it("the VM's fast paths raise int's messages (src/vm/eval.ts fastBinary)", () => {
    const ms = compareLines('a = 1; b = 0', ['a % b', 'a // b', 'a / b']);
    expect(ms, report(ms)).toEqual([]);
  });
  it('arithmetic', () => {
    const ms = compareLines('', ARITHMETIC);
    expect(ms, report(ms)).toEqual([]);
  });
  it('comparisons', () => {
    const ms = compareLines('', COMPARISONS);
    expect(ms, report(ms)).toEqual([]);
  });
  it('conversions and parsing', () => {
    const ms = compareLines('', CONVERSIONS);
    expect(ms, report(ms)).toEqual([]);
  });
  it('methods', () => {
    const ms = compareLines('', METHODS);
    expect(ms, report(ms)).toEqual([]);
  });
  it('subclasses', () => {
    const ms = compareLines(SUBCLASSES, SUBCLASS_LINES);
    expect(ms, report(ms)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

function norm(b: bigint): IntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** bigish: ints around the interesting boundaries (safe range, 2**31, 2**64). */
const bigish = fc.oneof(
  fc.bigInt({ min: -100n, max: 100n }),
  fc.bigInt({ min: -(2n ** 53n) - 5n, max: 2n ** 53n + 5n }),
  fc.bigInt({ min: -(2n ** 130n), max: 2n ** 130n }),
  fc.constantFrom(2n ** 31n, -(2n ** 31n), 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n), 2n ** 63n, -(2n ** 64n), 0n, -1n, 1n),
);

describe('int helpers against a BigInt reference', () => {
  setActiveMeter(new Meter());
  it('add, sub, mul, floordiv, mod, bitwise, shifts, compare', () => {
    fc.assert(
      fc.property(bigish, bigish, fc.integer({ min: 0, max: 100 }), (a, b, s) => {
        const x = norm(a);
        const y = norm(b);
        expect(intAdd(x, y)).toBe(norm(a + b));
        expect(intSub(x, y)).toBe(norm(a - b));
        expect(intMul(x, y)).toBe(norm(a * b));
        expect(intAnd(x, y)).toBe(norm(a & b));
        expect(intOr(x, y)).toBe(norm(a | b));
        expect(intXor(x, y)).toBe(norm(a ^ b));
        expect(intNeg(x)).toBe(norm(-a));
        expect(intCompare(x, y)).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(intLshift(x, s)).toBe(norm(a << BigInt(s)));
        expect(intRshift(x, s)).toBe(norm(a >> BigInt(s)));
        if (b !== 0n) {
          expect(intFloorDiv(x, y)).toBe(norm(floorDiv(a, b)));
          expect(intMod(x, y)).toBe(norm(a - b * floorDiv(a, b)));
        }
        if (typeof x === 'number') expect(Object.is(intMul(x, 0), -0)).toBe(false);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
  it('bigBitLength is the length of the binary digits, at and around every power of two', () => {
    const bits = (b: bigint) => (b === 0n ? 0 : (b < 0n ? -b : b).toString(2).length);
    // Every power up to 2**2200 (the shift and double paths, 2**1023 and 2**1024 where Number()
    // rounds to Infinity), then sparser up to 2**20000, each with its neighbours.
    for (let k = 0; k < 20000; k += k < 2200 ? 1 : 37) {
      const p = 1n << BigInt(k);
      for (const b of [p, p - 1n, p + 1n, -p, 1n - p]) expect(bigBitLength(b)).toBe(bits(b));
    }
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 9000n), max: 2n ** 9000n }), fc.integer({ min: 0, max: 9000 }), (a, s) => {
        // a shifted: long runs of zero bits; (1 << s) - a: long runs of ones, which round up.
        for (const b of [a, a << BigInt(s), (1n << BigInt(s)) - a]) expect(bigBitLength(b)).toBe(bits(b));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
  it('pow', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -1000n, max: 1000n }), fc.integer({ min: 0, max: 40 }), (a, e) => {
        expect(intPow(norm(a), e)).toBe(norm(a ** BigInt(e)));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
  it('reprInt is the decimal digits', () => {
    fc.assert(
      fc.property(bigish, (a) => {
        expect(reprInt(norm(a))).toBe(a.toString());
      }),
      { numRuns: 1000, seed: 3 },
    );
  });
  it('the 4300-digit limit raises before converting', () => {
    expect(() => reprInt(10n ** 5000n)).toThrow(PyException);
    expect(reprInt(10n ** 4299n).length).toBe(4300);
  });
});

describe('random big-int expressions against python3', () => {
  it('//, %, /, ** with a modulus, shifts, bitwise', () => {
    const rng = fc.sample(fc.tuple(bigish, bigish, fc.integer({ min: 0, max: 200 })), { numRuns: 400, seed: 11 });
    const cases = rng.map(([a, b, s]) => ({ a, b, s }));
    const script = cases.map(({ a, b, s }) => `(${a}, ${b}, ${s})`).join(',\n');
    const [out] = python3All([
      `cases = [${script}]\nfor a, b, s in cases:\n    r = []\n    for f in (lambda: a // b, lambda: a % b, lambda: a / b, lambda: pow(a, s, b), lambda: a << s, lambda: a >> s, lambda: (a & b, a | b, a ^ b, ~a)):\n        try: r.append(repr(f()))\n        except Exception as e: r.append(type(e).__name__)\n    print('|'.join(r))\n`,
    ]);
    const expected = out!.trim().split('\n');
    const ours = cases.map(({ a, b, s }) => {
      const x = norm(a);
      const y = norm(b);
      const r: string[] = [];
      const attempt = (f: () => string): void => {
        try {
          r.push(f());
        } catch (e) {
          r.push(e instanceof PyException ? e.cls.name : String(e));
        }
      };
      attempt(() => reprInt(intFloorDiv(x, y) as IntValue));
      attempt(() => reprInt(intMod(x, y)));
      attempt(() => reprFloatOf(intTrueDivDouble(x, y)));
      attempt(() => {
        const r = pythonPowMod(a, BigInt(s), b);
        return r.toString();
      });
      attempt(() => reprInt(intLshift(x, s)));
      attempt(() => reprInt(intRshift(x, s)));
      attempt(() => `(${reprInt(intAnd(x, y))}, ${reprInt(intOr(x, y))}, ${reprInt(intXor(x, y))}, ${reprInt(intNeg(intAdd(x, 1)))})`);
      return r.join('|');
    });
    const diffs = ours.map((o, i) => (o === expected[i] ? null : `${cases[i]!.a} ${cases[i]!.b} ${cases[i]!.s}: ${o} != ${expected[i]}`)).filter((x) => x !== null);
    expect(diffs).toEqual([]);
  });
});

import { reprFloat } from '../../../src/objects/float.js';
import { intPowMod } from '../../../src/objects/int.js';
function reprFloatOf(x: number): string {
  return reprFloat(x);
}
function pythonPowMod(a: bigint, e: bigint, m: bigint): IntValue {
  return intPowMod(norm(a), norm(e), norm(m));
}
