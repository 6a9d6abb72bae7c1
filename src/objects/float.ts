// Python's float type: a box around a JS number. Ints are unboxed JS numbers, so floats are boxed to
// tell them apart (ARCHITECTURE.md "Value representation"). repr() is CPython's Python/pystrtod.c
// format_float_short() in 'r' mode (the shortest digits that round-trip); arithmetic, rounding,
// hex and parsing follow Objects/floatobject.c.

import { glibcPow } from '../modules/math-libm.js';
import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, typeOf, type PyType } from './type.js';
import { defineMethods, defineClassMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { defineGetSets } from './descriptor.js';
import { None, NotImplemented } from './singletons.js';
import { raise, newException, TypeError, ValueError, OverflowError, ZeroDivisionError } from './exception.js';
import { callBound, call, asIndex, repr } from './protocol.js';
import { newTuple } from './tuple.js';
import { complexPowValues } from './complex.js';
import { hashFloat, decomposeFloat } from './hash.js';
import { identityHash } from './id.js';
import { checkNewArgs, instanceDictFor } from './type-type.js';
import {
  asInt,
  intToDouble,
  bigBitLength,
  normBig,
  toAsciiNumeral,
  strValue,
  bytesData,
  wrapperArity,
  descriptorError,
  lazySpec,
  type IntValue,
} from './int.js';
import { noKwargs } from '../builtins/args.js';
import { charge, SIZE } from '../vm/meter.js';
import { floatType } from './types.js';
export { floatType };

/**
 * formatFloatShort is CPython's PyOS_double_to_string(x, 'r', 0, flags): the shortest round-trip
 * digits, in exponent form when the decimal exponent is below -4 or above 16. `addDot0` is
 * Py_DTSF_ADD_DOT_0 (float repr writes 1.0, complex repr writes 1); `alwaysSign` is Py_DTSF_SIGN.
 */
export function formatFloatShort(x: number, addDot0: boolean, alwaysSign: boolean): string {
  // Python has no signed NaN: the sign is never written as '-', only forced '+'.
  if (Number.isNaN(x)) return alwaysSign ? '+nan' : 'nan';
  const negative = x < 0 || Object.is(x, -0);
  const sign = negative ? '-' : alwaysSign ? '+' : '';
  const a = Math.abs(x);
  if (a === Infinity) return sign + 'inf';

  // toExponential() without a precision gives the shortest digits that round-trip, as dtoa mode 0.
  const [mantissa, exponent] = a.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const decpt = Number(exponent) + 1;
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const expText = Math.abs(exp).toString().padStart(2, '0');
    body = digits[0]! + (digits.length > 1 ? '.' + digits.slice(1) : '') + 'e' + (exp < 0 ? '-' : '+') + expText;
  } else if (decpt <= 0) {
    body = '0.' + '0'.repeat(-decpt) + digits;
  } else if (decpt >= digits.length) {
    body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  } else {
    body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  return sign + body;
}

/** reprFloat is Python's repr() of a float: 1.0, 1e+16, 1e-05, inf, nan, -0.0. */
export function reprFloat(x: number): string {
  return formatFloatShort(x, true, false);
}

/** PyFloat: a float value (immutable). */
export class PyFloat extends PyObject {
  readonly v: number;
  constructor(v: number, cls: PyType = floatType) {
    super(cls);
    this.v = v;
  }
}

/** newFloat: a float, charged to the heap. */
export function newFloat(v: number): PyFloat {
  charge(SIZE.FLOAT);
  return new PyFloat(v);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic (CPython's Objects/floatobject.c)

/** asDouble: CPython's CONVERT_TO_DOUBLE: the value of a float or int operand, else undefined (NotImplemented). */
export function asDouble(v: PyValue | undefined): number | undefined {
  if (v instanceof PyFloat) return v.v;
  const i = asInt(v);
  return i === undefined ? undefined : intToDouble(i);
}

/**
 * roundToDouble: the double nearest to m * 2**e (m a non-negative bigint; `sticky`: the true value
 * is a little above m * 2**e), rounding half to even; Infinity when it overflows.
 */
export function roundToDouble(m: bigint, e: number, sticky = false): number {
  if (m === 0n) return 0;
  const bits = bigBitLength(m);
  const top = bits - 1 + e;
  if (top >= 1024) return Infinity;
  if (top < -1076) return 0;
  const prec = top >= -1022 ? 53 : top + 1075;
  const drop = bits - prec;
  if (drop <= 0) return ldexpExact(Number(m), e);
  let q = m >> BigInt(drop);
  const rem = m & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  return ldexpExact(Number(q), e + drop);
}

/** ldexpExact: m * 2**k for an integer m <= 2**54 whose product is representable (or overflows). */
function ldexpExact(m: number, k: number): number {
  if (k < -1000) return m * 2 ** -1000 * 2 ** (k + 1000);
  if (k > 1000) return m * 2 ** 1000 * 2 ** (k - 1000);
  return m * 2 ** k;
}

/** floatDivValues: a / b; ZeroDivisionError "float division by zero". */
export function floatDivValues(a: number, b: number): number {
  if (b === 0) raise(ZeroDivisionError, 'float division by zero');
  return a / b;
}

/** floatModValues: a % b with the sign of b, as CPython's float_rem(). */
export function floatModValues(a: number, b: number): number {
  if (b === 0) raise(ZeroDivisionError, 'float modulo');
  let mod = a % b;
  // C's `if (mod)`: NaN counts as true.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = b < 0 ? -0 : 0;
  return mod;
}

/** floatDivmodValues: [a // b, a % b] as CPython's _float_div_mod(); `what` names the operation for the zero error. */
export function floatDivmodValues(a: number, b: number, what = 'float divmod()'): [number, number] {
  if (b === 0) raise(ZeroDivisionError, what);
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1.0;
    }
  } else mod = b < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  return [floordiv, mod];
}

/** floatFloorDivValues: a // b for floats. */
export function floatFloorDivValues(a: number, b: number): number {
  return floatDivmodValues(a, b, 'float floor division by zero')[0];
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/**
 * floatPowValues: a ** b as CPython's float_pow(), or null when the result is complex (a negative
 * base to a fractional power). ZeroDivisionError for 0.0 to a negative power, OverflowError (with
 * errno arguments) when a finite result overflows.
 */
export function floatPowValues(a: number, b: number): number | null {
  if (b === 0) return 1.0;
  if (a !== a) return a;
  if (b !== b) return a === 1.0 ? 1.0 : b;
  if (b === Infinity || b === -Infinity) {
    const av = Math.abs(a);
    if (av === 1.0) return 1.0;
    if (b > 0 === av > 1.0) return Infinity;
    return 0.0;
  }
  if (a === Infinity || a === -Infinity) {
    const odd = isOddInteger(b);
    if (b > 0) return odd ? a : Math.abs(a);
    return odd ? (a < 0 ? -0 : 0) : 0.0;
  }
  if (a === 0) {
    const odd = isOddInteger(b);
    if (b < 0) raise(ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return odd ? a : 0.0;
  }
  let negate = false;
  if (a < 0) {
    if (!Number.isInteger(b)) return null;
    a = -a;
    negate = isOddInteger(b);
  }
  if (a === 1.0) return negate ? -1.0 : 1.0;
  let r = glibcPow(a, b);
  if (r === Infinity) throw newException(OverflowError, 34, 'Numerical result out of range');
  if (negate) r = -r;
  return r;
}

// ---------------------------------------------------------------------------------------------
// pow(): glibc's algorithm (src/modules/math-libm.ts glibcPow), as CPython's float ** uses glibc.

/** libmPow: C's pow(x, y) for x > 0 (no Python errors: overflow gives Infinity), glibc's result. */
export function libmPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x !== x || y !== y || x <= 0) return Math.pow(x, y);
  return glibcPow(x, y);
}

/** floatPow: a ** b as a Python value (a float, or a complex for a negative base to a fractional power). */
export function floatPow(a: number, b: number): PyValue {
  const r = floatPowValues(a, b);
  if (r === null) return complexPowValues(a, 0, b, 0);
  return newFloat(r);
}

/** floatToInt: int(x) for a float: truncation; ValueError for NaN, OverflowError for infinities. */
export function floatToInt(x: number): IntValue {
  if (x !== x) raise(ValueError, 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raise(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (t <= 9007199254740991 && t >= -9007199254740991) return t + 0;
  const b = BigInt(t);
  charge(SIZE.BIGINT + Math.ceil(Math.log2(Math.abs(t)) / 30) * 4);
  return b;
}

/** roundHalfEvenDouble: round(x) to the nearest integral double, ties to even (CPython's float___round__ without ndigits). */
function roundHalfEvenDouble(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

const NDIGITS_MAX = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
const NDIGITS_MIN = -308; // -(DBL_MAX_EXP + 1) * 0.30103

/**
 * floatRound: round(x, ndigits), correctly rounded as CPython's double_round() (which rounds the
 * exact binary value half-to-even in decimal, then converts back with correct rounding).
 */
export function floatRound(x: number, ndigits: IntValue): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  if (x === 0) return x;
  const nd = Number(ndigits);
  const neg = x < 0;
  const [m, e] = decomposeFloat(x);
  // |x| = m * 2**e; scaled = |x| * 10**nd = num / den exactly.
  let num = BigInt(m);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (nd >= 0) num *= 10n ** BigInt(nd);
  else den *= 10n ** BigInt(-nd);
  let q = num / den;
  const twice = 2n * (num % den);
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  let r: number;
  if (nd >= 0) {
    // q / 10**nd, correctly rounded.
    const p = 10n ** BigInt(nd);
    r = q === 0n ? 0 : bigRatioToDouble(q, p);
  } else {
    r = roundToDouble(q * 10n ** BigInt(-nd), 0);
    if (r === Infinity) raise(OverflowError, 'rounded value too large to represent');
  }
  return neg ? -r : r;
}

/** bigRatioToDouble: a / b correctly rounded for positive bigints. */
function bigRatioToDouble(a: bigint, b: bigint): number {
  const shift = 55 - (bigBitLength(a) - bigBitLength(b));
  const num = shift > 0 ? a << BigInt(shift) : a;
  const den = shift < 0 ? b << BigInt(-shift) : b;
  return roundToDouble(num / den, -shift, num % den !== 0n);
}

/** floatAsIntegerRatio: float.as_integer_ratio(). */
export function floatAsIntegerRatio(x: number): [IntValue, IntValue] {
  if (x !== x) raise(ValueError, 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise(OverflowError, 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  let [m, e] = decomposeFloat(x);
  while (e < 0 && m % 2 === 0) {
    m /= 2;
    e++;
  }
  const sign = x < 0 ? -1n : 1n;
  if (e >= 0) return [normBig(sign * (BigInt(m) << BigInt(e))), 1];
  return [normBig(sign * BigInt(m)), normBig(1n << BigInt(-e))];
}

/** floatHex: float.hex(), as CPython's float_hex(). */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return reprFloat(x);
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, Math.abs(x));
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const biased = hi >>> 20;
  const frac = ((hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0'));
  const lead = biased === 0 ? '0' : '1';
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${x < 0 ? '-' : ''}0x${lead}.${frac}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

const HEX_FLOAT = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?[ \t\n\v\f\r]*$/;
const INF_NAN = /^[ \t\n\v\f\r]*([+-]?)(inf|infinity|nan)[ \t\n\v\f\r]*$/i;

/** floatFromHex: float.fromhex(s), as CPython's float_fromhex(). */
export function floatFromHex(s: string): number {
  const special = INF_NAN.exec(s);
  if (special) {
    const v = special[2]!.toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = HEX_FLOAT.exec(s);
  const intPart = m?.[2] ?? '';
  const fracPart = m?.[3] ?? '';
  if (m === null || intPart.length + fracPart.length === 0) raise(ValueError, 'invalid hexadecimal floating-point string');
  const digits = (intPart + fracPart).replace(/^0+/, '');
  let r = 0;
  if (digits !== '') {
    const expText = m[4] ?? '0';
    // Exponents far outside the double range only decide between 0 and overflow.
    const exp = Math.max(-1e7, Math.min(1e7, Number(expText)));
    r = roundToDouble(BigInt('0x' + digits), exp - 4 * fracPart.length);
    if (r === Infinity) raise(OverflowError, 'hexadecimal value too large to represent as a float');
  }
  return m[1] === '-' ? -r : r;
}

/** NEGATIVE_NAN: float('-nan'), a NaN with its sign bit set (math.copysign reads it), as CPython's. */
const NEGATIVE_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0]!;

const FLOAT_TEXT = /^[+-]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)$/i;

/**
 * parseFloatText: CPython's float_from_string(): Unicode digits and spaces to ASCII, surrounding
 * whitespace stripped, underscores only between digits; undefined if the text is not a float.
 */
export function parseFloatText(s: string): number | undefined {
  const t = toAsciiNumeral(s).replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');
  let text = t;
  if (t.includes('_')) {
    let out = '';
    let prev = '';
    for (const c of t) {
      const isDigit = c >= '0' && c <= '9';
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9')) return undefined;
      } else {
        if (prev === '_' && !isDigit) return undefined;
        out += c;
      }
      prev = c;
    }
    if (prev === '_') return undefined;
    text = out;
  }
  if (!FLOAT_TEXT.test(text)) return undefined;
  const lower = text.toLowerCase();
  const sign = lower[0] === '-' ? -1 : 1;
  const body = lower[0] === '-' || lower[0] === '+' ? lower.slice(1) : lower;
  if (body === 'nan') return sign < 0 ? NEGATIVE_NAN : NaN;
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  return Number(text);
}

/** floatFromString: float(s) for a str, bytes or bytearray (ValueError "could not convert string to float: ..."). */
export function floatFromString(obj: PyValue): number {
  let s = strValue(obj);
  if (s === undefined) {
    const data = bytesData(obj)!;
    s = '';
    for (const c of data) s += String.fromCharCode(c >= 0x80 ? 0x3f : c);
  }
  const v = parseFloatText(s);
  if (v === undefined) raise(ValueError, `could not convert string to float: ${repr(obj)}`);
  return v;
}

/** floatFromObject: float(x), as CPython's PyNumber_Float(): __float__, __index__, then text. */
export function floatFromObject(x: PyValue): number {
  if (x instanceof PyFloat && x.cls === floatType) return x.v;
  if (typeof x === 'string') return floatFromString(x);
  const t = typeOf(x);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== None) {
    const r = callBound(f, x, []);
    if (!(r instanceof PyFloat)) raise(TypeError, `${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return r.v;
  }
  const fi = t.lookup('__index__');
  if (fi !== undefined && fi !== None) return intToDouble(asIndex(x));
  if (x instanceof PyFloat) return x.v;
  if (strValue(x) !== undefined || bytesData(x) !== undefined) return floatFromString(x);
  raise(TypeError, `float() argument must be a string or a real number, not '${t.name}'`);
}

/** newFloatOfType: an instance of float subclass cls (an exact float for cls float). */
export function newFloatOfType(cls: PyType, v: number): PyFloat {
  if (cls === floatType) return newFloat(v);
  charge(SIZE.FLOAT);
  const f = new PyFloat(v, cls);
  f.dict = instanceDictFor(cls);
  return f;
}

// ---------------------------------------------------------------------------------------------
// float's methods

function selfFloat(args: readonly PyValue[], name: string): number {
  const s = args[0];
  if (!(s instanceof PyFloat)) descriptorError(name, 'float', s);
  return s.v;
}

type FloatBinary = (a: number, b: number) => PyValue;

function binary(name: string, f: FloatBinary, swap: boolean): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfFloat(args, name);
    const b = asDouble(args[1]);
    if (b === undefined) return NotImplemented;
    return swap ? f(b, a) : f(a, b);
  };
}

function unary(name: string, f: (a: number, self: PyFloat) => PyValue): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 0, name);
    return f(selfFloat(args, name), args[0] as PyFloat);
  };
}

function compare(name: string, op: number): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfFloat(args, name);
    const o = args[1]!;
    let b: number | bigint;
    if (o instanceof PyFloat) b = o.v;
    else {
      const i = asInt(o);
      if (i === undefined) return NotImplemented;
      b = i; // number/bigint against a double compare exactly in JS
    }
    switch (op) {
      case 0:
        return a < b;
      case 1:
        return a <= b;
      case 2:
        return a == b;
      case 3:
        return !(a == b);
      case 4:
        return a > b;
      default:
        return a >= b;
    }
  };
}

const add: FloatBinary = (a, b) => newFloat(a + b);
const sub: FloatBinary = (a, b) => newFloat(a - b);
const mul: FloatBinary = (a, b) => newFloat(a * b);
const div: FloatBinary = (a, b) => newFloat(floatDivValues(a, b));
const floordiv: FloatBinary = (a, b) => newFloat(floatFloorDivValues(a, b));
const mod: FloatBinary = (a, b) => newFloat(floatModValues(a, b));
const divmod: FloatBinary = (a, b) => {
  const [q, r] = floatDivmodValues(a, b);
  return newTuple([newFloat(q), newFloat(r)]);
};

function powMethod(name: string, swap: boolean): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `wrapper ${name}() takes no keyword arguments`);
    if (args.length < 2 || args.length > 3) raise(TypeError, `expected 1 or 2 arguments, got ${args.length - 1}`);
    const self = selfFloat(args, name);
    const other = asDouble(args[1]);
    if (other === undefined) return NotImplemented;
    if (args[2] !== undefined && args[2] !== None) raise(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    return swap ? floatPow(other, self) : floatPow(self, other);
  };
}

const ROUND = lazySpec('__round__', 'ndigits=');
const FLOAT_NEW = lazySpec('float', 'x=, /');

defineMethods(floatType, {
  __add__: binary('__add__', add, false),
  __radd__: binary('__radd__', add, true),
  __sub__: binary('__sub__', sub, false),
  __rsub__: binary('__rsub__', sub, true),
  __mul__: binary('__mul__', mul, false),
  __rmul__: binary('__rmul__', mul, true),
  __truediv__: binary('__truediv__', div, false),
  __rtruediv__: binary('__rtruediv__', div, true),
  __floordiv__: binary('__floordiv__', floordiv, false),
  __rfloordiv__: binary('__rfloordiv__', floordiv, true),
  __mod__: binary('__mod__', mod, false),
  __rmod__: binary('__rmod__', mod, true),
  __divmod__: binary('__divmod__', divmod, false),
  __rdivmod__: binary('__rdivmod__', divmod, true),
  __pow__: powMethod('__pow__', false),
  __rpow__: powMethod('__rpow__', true),
  __lt__: compare('__lt__', 0),
  __le__: compare('__le__', 1),
  __eq__: compare('__eq__', 2),
  __ne__: compare('__ne__', 3),
  __gt__: compare('__gt__', 4),
  __ge__: compare('__ge__', 5),
  __neg__: unary('__neg__', (a) => newFloat(-a)),
  __pos__: unary('__pos__', (a, self) => (self.cls === floatType ? self : newFloat(a))),
  __abs__: unary('__abs__', (a) => newFloat(Math.abs(a))),
  __bool__: unary('__bool__', (a) => a !== 0),
  __int__: unary('__int__', floatToInt),
  __trunc__: unary('__trunc__', floatToInt),
  __floor__: unary('__floor__', (a) => floatToInt(Math.floor(a))),
  __ceil__: unary('__ceil__', (a) => floatToInt(Math.ceil(a))),
  __float__: unary('__float__', (a, self) => (self.cls === floatType ? self : newFloat(a))),
  __hash__: unary('__hash__', (a, self) => (a !== a ? identityHash(self) : hashFloat(a))),
  __repr__: unary('__repr__', (a) => reprFloat(a)),
  __getnewargs__: unary('__getnewargs__', (a) => newTuple([newFloat(a)])),
  __round__: (args, kwnames) => {
    const x = selfFloat(args, '__round__');
    const [nd] = ROUND(args, kwnames);
    if (nd === undefined || nd === None) {
      const r = roundHalfEvenDouble(x);
      return floatToInt(r);
    }
    return newFloat(floatRound(x, asIndex(nd)));
  },
  is_integer: (args) => Number.isInteger(selfFloat(args, 'is_integer')),
  conjugate: (args) => {
    const self = args[0] as PyFloat;
    const v = selfFloat(args, 'conjugate');
    return self.cls === floatType ? self : newFloat(v);
  },
  as_integer_ratio: (args) => newTuple(floatAsIntegerRatio(selfFloat(args, 'as_integer_ratio'))),
  hex: (args) => floatHex(selfFloat(args, 'hex')),
});

defineClassMethods(floatType, {
  fromhex: (args, kwnames) => {
    noKwargs('fromhex', kwnames);
    if (args.length !== 2) raise(TypeError, `float.fromhex() takes exactly one argument (${args.length - 1} given)`);
    const s = strValue(args[1]!);
    if (s === undefined) raise(TypeError, 'bad argument type for built-in operation');
    const v = floatFromHex(s);
    const cls = args[0] as PyType;
    return cls === floatType ? newFloat(v) : call(cls, [newFloat(v)]);
  },
  __getformat__: (args) => {
    if (args.length !== 2) raise(TypeError, `float.__getformat__() takes exactly one argument (${args.length - 1} given)`);
    const s = strValue(args[1]!);
    if (s === undefined) raise(TypeError, `__getformat__() argument must be str, not ${typeOf(args[1]!).name}`);
    if (s !== 'double' && s !== 'float') raise(ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return 'IEEE, little-endian';
  },
});

defineStaticMethods(floatType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(floatType, args, kwnames);
    const [x] = FLOAT_NEW(args, kwnames);
    if (x === undefined) return newFloatOfType(cls, 0);
    if (cls === floatType && x instanceof PyFloat && x.cls === floatType) return x;
    return newFloatOfType(cls, floatFromObject(x));
  },
});

defineGetSets(floatType, {
  real: { get: (v) => (v instanceof PyFloat && v.cls === floatType ? v : newFloat(selfFloat([v], 'real'))) },
  imag: { get: () => newFloat(0) },
});
