// The math module (https://docs.python.org/3.11/library/math.html), as CPython 3.11's
// Modules/mathmodule.c: the same argument conversion, special cases, error messages and integer
// algorithms. The C library functions it wraps are in math-libm.ts (glibc's results, bit for bit
// as often as possible).

import { floatType } from '../objects/types.js';
import type { PyValue } from '../objects/object.js';
import { typeOf } from '../objects/type.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { builtinFunction, type NativeFn } from '../objects/builtin-function.js';
import { None } from '../objects/singletons.js';
import { PyFloat, newFloat, roundToDouble } from '../objects/float.js';
import { newTuple } from '../objects/tuple.js';
import { asInt, normBig, intMul, intToDouble, bigBitLength, type IntValue } from '../objects/int.js';
import { raise, newException, TypeError, ValueError, OverflowError, MemoryError, ZeroDivisionError } from '../objects/exception.js';
import { callBound, asIndex, binaryOp, getIter, iterNext, toArray } from '../objects/protocol.js';
import { ArgSpec } from '../builtins/args.js';
import { charge, SIZE, work, workLimbs } from '../vm/meter.js';
import * as libm from './math-libm.js';

// ---------------------------------------------------------------------------------------------
// Conversions

/** toDouble: PyFloat_AsDouble(v): floats and ints directly, else __float__ or __index__. */
export function toDouble(v: PyValue): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'bigint':
      return intToDouble(v);
    case 'string':
      raise(TypeError, 'must be real number, not str');
  }
  if (v instanceof PyFloat) return v.v;
  const t = typeOf(v);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== None) {
    const r = callBound(f, v, []);
    if (!(r instanceof PyFloat)) raise(TypeError, `${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return r.v;
  }
  const fi = t.lookup('__index__');
  if (fi !== undefined && fi !== None) return intToDouble(asIndex(v));
  raise(TypeError, `must be real number, not ${t.name}`);
}

function domainError(): never {
  raise(ValueError, 'math domain error');
}

function rangeError(): never {
  raise(OverflowError, 'math range error');
}

/** floatToIntValue: PyLong_FromDouble of an integral double (floor/ceil results). */
function floatToIntValue(x: number): IntValue {
  if (x !== x) raise(ValueError, 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raise(OverflowError, 'cannot convert float infinity to integer');
  if (Number.isSafeInteger(x)) return x + 0;
  charge(SIZE.BIGINT + Math.ceil(Math.log2(Math.abs(x)) / 30) * 4);
  return BigInt(x);
}

/**
 * math1: CPython's math_1(): a NaN result from a non-NaN argument is a domain error; an infinite
 * result from a finite argument is a range error if `canOverflow`, else a domain error.
 */
function math1(f: (x: number) => number, canOverflow: boolean): (v: PyValue) => PyValue {
  return (v) => {
    const x = toDouble(v);
    let r = f(x);
    if (r !== r) {
      if (x === x) domainError();
      r = x; // the C library returns its NaN argument (V8's may return another NaN pattern)
    }
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
      if (canOverflow) rangeError();
      domainError();
    }
    return newFloat(r);
  };
}

/** math2: CPython's math_2() for atan2, copysign, remainder. */
function math2(f: (x: number, y: number) => number): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = toDouble(a);
    const y = toDouble(b);
    const r = f(x, y);
    if (r !== r) {
      if (x === x && y === y) domainError();
    } else if (r === Infinity || r === -Infinity) {
      if (Number.isFinite(x) && Number.isFinite(y)) rangeError();
    }
    return newFloat(r);
  };
}

// ---------------------------------------------------------------------------------------------
// Special functions written in CPython itself (m_atan2, m_remainder, m_log1p, m_tgamma, m_lgamma)

/** mAtan2: CPython's m_atan2(): the special cases, then the C library's atan2. */
export function mAtan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) return copysign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return copysign(0.5 * Math.PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0) {
    if (copysign(1, x) === 1) return copysign(0, y);
    return copysign(Math.PI, y);
  }
  return libm.atan2(y, x);
}

/** copysign: C's copysign (the sign bit of a NaN counts). */
export function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (y !== y && libm.highWord(y) < 0);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

/** mRemainder: CPython's m_remainder(), the IEEE 754 remainder (always exact). */
export function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

/** mLog1p: CPython's m_log1p() (it preserves the sign of zero). */
function mLog1p(x: number): number {
  if (x === 0) return x;
  return libm.log1p(x);
}

/** sinpi: CPython's m_sinpi(), sin(pi*x) accurate near integers (finite x). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libm.sin(Math.PI * y);
      break;
    case 1:
      r = libm.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = libm.sin(Math.PI * (1.0 - y));
      break;
    case 3:
      r = -libm.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm.sin(Math.PI * (y - 2.0));
  }
  return copysign(1.0, x) * r;
}

const LANCZOS_N = 13;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** Errno: 0, or CPython's EDOM / ERANGE as a math function reports it. */
const EDOM = 1;
const ERANGE = 2;

/** tgamma: CPython's m_tgamma() (Lanczos, N=13, g=6.0247), with its errno. */
function tgamma(x: number): [number, number] {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return [x, 0];
    return [NaN, EDOM];
  }
  if (x === 0) return [copysign(Infinity, x), EDOM];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, EDOM];
    if (x <= GAMMA_INTEGRAL.length) return [GAMMA_INTEGRAL[x - 1]!, 0];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? 0 : ERANGE];
  }
  if (absx > 200.0) {
    if (x < 0.0) return [0.0 / sinpi(x), 0];
    return [Infinity, ERANGE];
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return [r, Number.isFinite(r) ? 0 : ERANGE];
}

/** lgamma: CPython's m_lgamma(), with its errno. */
function lgamma(x: number): [number, number] {
  if (!Number.isFinite(x)) return [x !== x ? x : Infinity, 0];
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return [Infinity, EDOM];
    return [0.0, 0];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-libm.log(absx), 0];
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  return [r, Number.isFinite(r) ? 0 : ERANGE];
}

/** math1a: CPython's math_1a(): errors from the function's errno only (ERANGE below 1.5 is an underflow, ignored). */
function math1a(f: (x: number) => [number, number]): (v: PyValue) => PyValue {
  return (v) => {
    const [r, errno] = f(toDouble(v));
    if (errno === EDOM) domainError();
    if (errno === ERANGE && Math.abs(r) >= 1.5) rangeError();
    return newFloat(r);
  };
}

// ---------------------------------------------------------------------------------------------
// floor, ceil, trunc

function floorCeil(v: PyValue, name: '__floor__' | '__ceil__', f: (x: number) => number): PyValue {
  if (v instanceof PyFloat && v.cls === floatType) return floatToIntValue(f(v.v));
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') {
    const m = v.cls.lookup(name);
    if (m !== undefined) return callBound(m, v, []);
  }
  return floatToIntValue(f(toDouble(v)));
}

function truncValue(v: PyValue): PyValue {
  if (v instanceof PyFloat && v.cls === floatType) return floatToIntValue(Math.trunc(v.v));
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const m = typeOf(v).lookup('__trunc__');
  if (m === undefined) raise(TypeError, `type ${typeOf(v).name} doesn't define __trunc__ method`);
  return callBound(m, v, []);
}

// ---------------------------------------------------------------------------------------------
// fsum, hypot, dist

/**
 * fsum: CPython's math_fsum(): Shewchuk's exact partials (Hettinger's msum) with Dickinson's
 * half-even correction of the last rounding.
 */
export function fsum(iterable: PyValue): number {
  const it = getIter(iterable);
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    let x = toDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raise(OverflowError, 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        if ((p.length & 1023) === 1023) charge(1024 * 8);
        p.push(x);
      }
    }
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) raise(ValueError, '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0.0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1]! < 0.0) || (lo > 0.0 && p[n - 1]! > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** vectorNorm: CPython's vector_norm() (hypot and dist): scaled, Veltkamp-Dekker squares, Neumaier sum, corrected sqrt. */
export function vectorNorm(vec: readonly number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  const T27 = 134217729.0;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = libm.frexp(max)[1];
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  if (maxE >= -1023) {
    const scale = libm.ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      let x = vec[i]! * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      let oldcsum = csum;
      csum += x;
      frac1 += oldcsum - csum + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += oldcsum - csum + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    let x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    let oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += oldcsum - csum + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    let x = vec[i]! / max;
    x = x * x;
    const oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

function hypot(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'hypot() takes no keyword arguments');
  let max = 0.0;
  let foundNan = false;
  const coords = args.map((a) => {
    const x = Math.abs(toDouble(a));
    if (x !== x) foundNan = true;
    if (x > max) max = x;
    return x;
  });
  return newFloat(vectorNorm(coords, max, foundNan));
}

function dist(p: PyValue, q: PyValue): PyValue {
  const ps = toArray(p);
  const qs = toArray(q);
  if (ps.length !== qs.length) raise(ValueError, 'both points must have the same number of dimensions');
  let max = 0.0;
  let foundNan = false;
  const diffs = ps.map((pv, i) => {
    const x = Math.abs(toDouble(pv) - toDouble(qs[i]!));
    if (x !== x) foundNan = true;
    if (x > max) max = x;
    return x;
  });
  return newFloat(vectorNorm(diffs, max, foundNan));
}

// ---------------------------------------------------------------------------------------------
// log, pow

/** frexpBig: _PyLong_Frexp: n = m * 2**e with 0.5 <= m < 1 correctly rounded (n > 0). */
function frexpBig(n: bigint): [number, number] {
  let e = bigBitLength(n);
  let m = roundToDouble(n, -e);
  if (m === 1.0) {
    m = 0.5;
    e += 1;
  }
  return [m, e];
}

/** loghelper: CPython's loghelper(): ints of any size, else math_1(func). */
function loghelper(v: PyValue, func: (x: number) => number): number {
  const i = asInt(v); // PyLong_Check: bool and int subclasses too
  if (i !== undefined) {
    if (i <= 0) domainError();
    if (typeof i === 'number') return func(i);
    const d = Number(i);
    if (Number.isFinite(d)) return func(d);
    const [m, e] = frexpBig(i);
    return func(m) + func(2.0) * e;
  }
  return (math1(func, false)(v) as PyFloat).v;
}

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0.0) return libm.log(x);
    return x === 0.0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  return x > 0.0 ? x : NaN;
}

function mLog2(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : x > 0 ? x : NaN;
  if (x > 0.0) return libm.log2(x);
  return x === 0.0 ? -Infinity : NaN;
}

function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0.0) return libm.log10(x);
    return x === 0.0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  return x > 0.0 ? x : NaN;
}

/** logOf: math.log(x[, base]). */
function logOf(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'log() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) raise(TypeError, 'math.log requires 1 to 2 arguments');
  const num = loghelper(args[0]!, mLog);
  if (args.length === 1) return newFloat(num);
  const den = loghelper(args[1]!, mLog);
  if (den === 0) raise(ZeroDivisionError, 'float division by zero');
  return newFloat(num / den);
}

/** mathPow: CPython's math_pow_impl(). */
export function mathPow(x: number, y: number): number {
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else {
      if (Math.abs(x) === 1.0) r = 1;
      else if (y > 0 && Math.abs(x) > 1.0) r = y;
      else if (y < 0 && Math.abs(x) < 1.0) r = -y;
      else r = 0;
    }
    return r;
  }
  r = libm.pow(x, y);
  if (!Number.isFinite(r)) {
    if (r !== r) domainError();
    if (x === 0) domainError();
    rangeError();
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// Integer functions

function absBig(v: IntValue): bigint {
  const b = BigInt(v);
  return b < 0n ? -b : b;
}

function gcdBig(a: bigint, b: bigint): bigint {
  // Euclid's algorithm: some 0.6 steps per bit of the smaller number, each a division as long as
  // the numbers, which V8 does at about one unit of work per 64-bit limb.
  const [small, large] = a < b ? [bigBitLength(a), bigBitLength(b)] : [bigBitLength(b), bigBitLength(a)];
  const units = 0.6 * small * Math.ceil(large / 64);
  if (units >= 4096) work(Math.floor(units));
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function gcdNum(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** gcdValues: the nonnegative gcd of two ints. */
export function gcdValues(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') return gcdNum(Math.abs(a), Math.abs(b));
  return normBig(gcdBig(absBig(a), absBig(b)));
}

function gcd(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'gcd() takes no keyword arguments');
  if (args.length === 0) return 0;
  let res = asIndex(args[0]!);
  if (args.length === 1) return typeof res === 'number' ? Math.abs(res) : normBig(absBig(res));
  for (let i = 1; i < args.length; i++) {
    const x = asIndex(args[i]!);
    if (res === 1) continue;
    res = gcdValues(res, x);
  }
  return res;
}

function lcm(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'lcm() takes no keyword arguments');
  if (args.length === 0) return 1;
  let res = asIndex(args[0]!);
  if (args.length === 1) return typeof res === 'number' ? Math.abs(res) : normBig(absBig(res));
  for (let i = 1; i < args.length; i++) {
    const x = asIndex(args[i]!);
    if (res === 0) continue;
    if (x === 0) {
      res = 0;
      continue;
    }
    const g = gcdValues(res, x);
    const f = typeof res === 'number' && typeof g === 'number' ? res / g : normBig(BigInt(res) / BigInt(g));
    const m = intMul(f, x);
    res = typeof m === 'number' ? Math.abs(m) : normBig(absBig(m));
  }
  return res;
}

/** isqrtValue: math.isqrt(n) for n >= 0, by CPython's adaptive-precision Newton iteration. */
export function isqrtValue(n: IntValue): IntValue {
  if (n < 0) raise(ValueError, 'isqrt() argument must be nonnegative');
  if (n === 0) return 0;
  if (typeof n === 'number') {
    let a = Math.floor(Math.sqrt(n));
    // Math.sqrt of a double-rounded n may be one off either way.
    while (a * a > n) a--;
    while ((a + 1) * (a + 1) <= n) a++;
    return a;
  }
  const c = Math.floor((bigBitLength(n) - 1) / 2);
  const cBits = 32 - Math.clz32(c);
  let a = 1n;
  let d = 0;
  for (let s = cBits - 1; s >= 0; s--) {
    const e = d;
    d = c >> s;
    a = (a << BigInt(d - e - 1)) + (n >> BigInt(2 * c - e - d + 1)) / a;
  }
  if (a * a > n) a -= 1n;
  return normBig(a);
}

/** factorialValue: math.factorial(n). */
export function factorialValue(v: PyValue): IntValue {
  const n = asIndex(v);
  if (typeof n === 'bigint') {
    if (n < 0n) raise(ValueError, 'factorial() not defined for negative values');
    raise(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  }
  if (n < 0) raise(ValueError, 'factorial() not defined for negative values');
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  // log2(n!) ~ n log2 n: refuse what cannot be built before trying.
  const bits = n * Math.log2(n);
  if (bits > 2 ** 30) throw newException(MemoryError);
  charge(SIZE.BIGINT + Math.ceil(bits / 30) * 4);
  productWork(bits);
  return normBig(productRange(1n, BigInt(n)));
}

/** productRange: lo * (lo+1) * ... * hi by binary splitting (fast for bigints). */
function productRange(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) / 2n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

function checkNonNeg(v: IntValue, what: 'n' | 'k'): void {
  if (v < 0) raise(ValueError, `${what} must be a non-negative integer`);
}

/** permValue: math.perm(n, k). */
export function permValue(nv: PyValue, kv: PyValue): IntValue {
  const n = asIndex(nv);
  if (kv === None) return factorialValue(n);
  const k = asIndex(kv);
  checkNonNeg(n, 'n');
  checkNonNeg(k, 'k');
  if (k > n) return 0;
  if (k === 0) return 1;
  if (typeof k === 'bigint') raise(OverflowError, `k must not exceed ${2n ** 63n - 1n}`);
  const bn = BigInt(n);
  chargeProduct(bn, k);
  productWork(k * bigBitLength(bn));
  return normBig(productRange(bn - BigInt(k) + 1n, bn));
}

/** combValue: math.comb(n, k). */
export function combValue(nv: PyValue, kv: PyValue): IntValue {
  const n = asIndex(nv);
  const k0 = asIndex(kv);
  checkNonNeg(n, 'n');
  checkNonNeg(k0, 'k');
  if (k0 > n) return 0;
  const bn = BigInt(n);
  let k = BigInt(k0);
  if (bn - k < k) k = bn - k;
  if (k === 0n) return 1;
  if (k > 2n ** 63n - 1n) raise(OverflowError, `min(n - k, k) must not exceed ${2n ** 63n - 1n}`);
  const kk = Number(k);
  chargeProduct(bn, kk);
  // C(n, k) < 2**n: its size is at most n bits.
  productWork(Math.min(kk * bigBitLength(bn), Number(bn)));
  return normBig(bn <= 1 << 24 && kk > 64 ? combByPrimes(Number(bn), kk) : combRec(bn, kk));
}

/**
 * combByPrimes: C(n, k) as the product of its prime factors (Legendre's formula for the exponent
 * of each prime), multiplied as a balanced tree: no division at all, where V8's quadratic bigint
 * division makes the recursive formula slow for large k (C(2*10**5, 10**5): 0.1 s against 16 s).
 */
function combByPrimes(n: number, k: number): bigint {
  const sieve = new Uint8Array(n + 1);
  const factors: bigint[] = [];
  for (let p = 2; p <= n; p++) {
    if (sieve[p] === 1) continue;
    for (let q = p * p; q <= n; q += p) sieve[q] = 1;
    let e = 0;
    for (let pk = p; pk <= n; pk *= p) e += Math.floor(n / pk) - Math.floor(k / pk) - Math.floor((n - k) / pk);
    if (e > 0) factors.push(BigInt(p) ** BigInt(e));
  }
  return productTree(factors, 0, factors.length);
}

function productTree(xs: readonly bigint[], lo: number, hi: number): bigint {
  if (hi - lo === 0) return 1n;
  if (hi - lo === 1) return xs[lo]!;
  const mid = (lo + hi) >> 1;
  return productTree(xs, lo, mid) * productTree(xs, mid, hi);
}

/**
 * combRec: C(n, k) by CPython's perm_comb() recursion, C(n, k) = C(n, j) * C(n-j, k-j) // C(k, j)
 * with j = k // 2, which keeps the divisions balanced (one big division of the full products
 * would be quadratic in their size).
 */
function combRec(n: bigint, k: number): bigint {
  if (k === 0) return 1n;
  if (k === 1) return n;
  if (k <= 16) return productRange(n - BigInt(k) + 1n, n) / productRange(1n, BigInt(k));
  const j = k >> 1;
  return (combRec(n, j) * combRec(n - BigInt(j), k - j)) / combRec(BigInt(k), j);
}

function chargeProduct(n: bigint, k: number): void {
  const bits = k * (n.toString(16).length * 4);
  if (bits > 2 ** 30) throw newException(MemoryError);
  charge(SIZE.BIGINT + Math.ceil(bits / 30) * 4);
}

/** productWork: the work of a product of `bits` bits built by splitting: about L * L / 2 limb products (L limbs). */
function productWork(bits: number): void {
  const limbs = Math.ceil(bits / 64);
  workLimbs((limbs * limbs) / 2);
}

/** prodValues: math.prod(iterable, start): `*` from the left, with the int and float fast paths folded into binaryOp. */
function prodValues(iterable: PyValue, start: PyValue): PyValue {
  const it = getIter(iterable);
  let acc = start;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    if (typeof acc === 'number' && typeof item === 'number') acc = intMul(acc, item);
    else acc = binaryOp(acc, item, 5);
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------
// Float manipulation

function nextafter(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new Float64Array([x]);
  const bits = new BigInt64Array(buf.buffer);
  if (x < y === x > 0) bits[0]! += 1n;
  else bits[0]! -= 1n;
  return buf[0]!;
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

function fmodValues(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = x % y;
  if (r !== r && x === x && y === y) domainError();
  return r;
}

function ldexpValues(xv: PyValue, iv: PyValue): PyValue {
  const x = toDouble(xv);
  const i = asInt(iv);
  if (i === undefined) raise(TypeError, 'Expected an int as second argument to ldexp.');
  let r: number;
  if (x === 0 || !Number.isFinite(x)) r = x;
  else if (i > 2147483647) rangeError();
  else if (i < -2147483648) r = copysign(0, x);
  else {
    r = libm.ldexp(x, Number(i));
    if (!Number.isFinite(r)) rangeError();
  }
  return newFloat(r);
}

function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) {
    if (x !== x) return [x, x];
    return [copysign(0, x), x];
  }
  const ip = Math.trunc(x);
  return [copysign(x - ip, x), ip];
}

function isclose(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 2) raise(TypeError, `isclose() takes exactly 2 positional arguments (${npos} given)`);
  let relTol = 1e-9;
  let absTol = 0.0;
  const vals: (PyValue | undefined)[] = [args[0], args[1]];
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    const v = args[npos + i]!;
    if (k === 'rel_tol') relTol = toDouble(v);
    else if (k === 'abs_tol') absTol = toDouble(v);
    else if (k === 'a' || k === 'b') {
      const idx = k === 'a' ? 0 : 1;
      if (idx < npos) raise(TypeError, `argument for isclose() given by name ('${k}') and position (${idx + 1})`);
      vals[idx] = v;
    } else raise(TypeError, `'${k}' is an invalid keyword argument for isclose()`);
  }
  if (vals[0] === undefined) raise(TypeError, "isclose() missing required argument 'a' (pos 1)");
  if (vals[1] === undefined) raise(TypeError, "isclose() missing required argument 'b' (pos 2)");
  const a = toDouble(vals[0]);
  const b = toDouble(vals[1]);
  if (relTol < 0.0 || absTol < 0.0) raise(ValueError, 'tolerances must be non-negative');
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function prod(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos !== 1) raise(TypeError, `prod() takes exactly 1 positional argument (${npos} given)`);
  let start: PyValue = 1;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] !== 'start') raise(TypeError, `'${kwnames![i]}' is an invalid keyword argument for prod()`);
    start = args[1 + i]!;
  }
  return prodValues(args[0]!, start);
}

// ---------------------------------------------------------------------------------------------
// The module

const DEG_TO_RAD = Math.PI / 180.0;
const RAD_TO_DEG = 180.0 / Math.PI;

/** one: a METH_O function (CPython reports "math.f() takes exactly one argument"). */
function one(name: string, f: (v: PyValue) => PyValue): NativeFn {
  const spec = new ArgSpec(`math.${name}`, 'x, /');
  return (args, kw) => (kw === null && args.length === 1 ? f(args[0]!) : f(spec.unpack(args, kw)[0]!));
}

function two(name: string, f: (a: PyValue, b: PyValue) => PyValue): NativeFn {
  const spec = new ArgSpec(name, 'x, y, /');
  return (args, kw) => {
    if (kw === null && args.length === 2) return f(args[0]!, args[1]!);
    const [a, b] = spec.unpack(args, kw);
    return f(a!, b!);
  };
}

const FLOAT1: Record<string, [(x: number) => number, boolean]> = {
  acos: [libm.acos, false],
  acosh: [libm.acosh, false],
  asin: [libm.asin, false],
  asinh: [libm.asinh, false],
  atan: [libm.atan, false],
  atanh: [libm.atanh, false],
  cbrt: [libm.cbrt, false],
  cos: [libm.cos, false],
  cosh: [libm.cosh, true],
  exp: [libm.exp, true],
  exp2: [libm.exp2, true],
  expm1: [libm.expm1, true],
  fabs: [Math.abs, false],
  log1p: [mLog1p, false],
  sin: [libm.sin, false],
  sinh: [libm.sinh, true],
  sqrt: [Math.sqrt, false],
  tan: [libm.tan, false],
  tanh: [libm.tanh, false],
};

const PERM = new ArgSpec('perm', 'n, k=, /');

/** MATH_FUNCTIONS: the math module's functions by name. */
const MATH_FUNCTIONS: Record<string, NativeFn> = {
  atan2: two('atan2', math2(mAtan2)),
  ceil: one('ceil', (v) => floorCeil(v, '__ceil__', Math.ceil)),
  comb: two('comb', combValue),
  copysign: two('copysign', math2(copysign)),
  degrees: one('degrees', (v) => newFloat(toDouble(v) * RAD_TO_DEG)),
  dist: two('dist', dist),
  erf: one('erf', math1a((x) => [libm.erf(x), 0])),
  erfc: one('erfc', math1a((x) => [libm.erfc(x), 0])),
  factorial: one('factorial', factorialValue),
  floor: one('floor', (v) => floorCeil(v, '__floor__', Math.floor)),
  fmod: two('fmod', (a, b) => newFloat(fmodValues(toDouble(a), toDouble(b)))),
  frexp: one('frexp', (v) => {
    const [m, e] = libm.frexp(toDouble(v));
    return newTuple([newFloat(m), e]);
  }),
  fsum: one('fsum', (v) => newFloat(fsum(v))),
  gamma: one('gamma', math1a(tgamma)),
  gcd,
  hypot,
  isclose,
  isfinite: one('isfinite', (v) => Number.isFinite(toDouble(v))),
  isinf: one('isinf', (v) => {
    const x = toDouble(v);
    return x === Infinity || x === -Infinity;
  }),
  isnan: one('isnan', (v) => {
    const x = toDouble(v);
    return x !== x;
  }),
  isqrt: one('isqrt', (v) => isqrtValue(asIndex(v))),
  lcm,
  ldexp: two('ldexp', ldexpValues),
  lgamma: one('lgamma', math1a(lgamma)),
  log: logOf,
  log10: one('log10', (v) => newFloat(loghelper(v, mLog10))),
  log2: one('log2', (v) => newFloat(loghelper(v, mLog2))),
  modf: one('modf', (v) => {
    const [f, i] = modf(toDouble(v));
    return newTuple([newFloat(f), newFloat(i)]);
  }),
  nextafter: two('nextafter', (a, b) => newFloat(nextafter(toDouble(a), toDouble(b)))),
  perm: (args, kw) => {
    const [n, k] = PERM.unpack(args, kw);
    return permValue(n!, k ?? None);
  },
  pow: two('pow', (a, b) => newFloat(mathPow(toDouble(a), toDouble(b)))),
  prod,
  radians: one('radians', (v) => newFloat(toDouble(v) * DEG_TO_RAD)),
  remainder: two('remainder', math2(mRemainder)),
  trunc: one('trunc', truncValue),
  ulp: one('ulp', (v) => newFloat(ulp(toDouble(v)))),
};
for (const [name, [f, canOverflow]] of Object.entries(FLOAT1)) MATH_FUNCTIONS[name] = one(name, math1(f, canOverflow));

const MATH_DOC = 'This module provides access to the mathematical functions\ndefined by the C standard.';

/** makeMathModule: a fresh `math` module. */
export function makeMathModule(): PyModule {
  const d = new PyDict();
  d.setStr('__name__', 'math');
  d.setStr('__doc__', MATH_DOC);
  d.setStr('__package__', '');
  for (const name of Object.keys(MATH_FUNCTIONS).sort()) d.setStr(name, builtinFunction(name, MATH_FUNCTIONS[name]!));
  d.setStr('pi', newFloat(Math.PI));
  d.setStr('e', newFloat(Math.E));
  d.setStr('tau', newFloat(2 * Math.PI));
  d.setStr('inf', newFloat(Infinity));
  d.setStr('nan', newFloat(NaN));
  return new PyModule('math', d);
}
