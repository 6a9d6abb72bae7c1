// Python's int type. An int is a JS number when it is a safe integer and a bigint otherwise
// (object.ts); instances of int subclasses are PyInt boxes holding such a value. This file has the
// arithmetic the VM calls directly (intAdd ... intCompare, taking and returning normalized values),
// int's Python-visible methods, int() parsing as CPython's PyLong_FromString, and repr with the
// 4300-digit limit of sys.set_int_max_str_digits().

import { PyObject, type PyValue } from './object.js';
import { intType, strType, typeOf, isInstance, type PyType } from './type.js';
import { defineMethods, defineClassMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { defineGetSets } from './descriptor.js';
import { None, NotImplemented } from './singletons.js';
import { raise, newException, TypeError, ValueError, OverflowError, ZeroDivisionError, MemoryError } from './exception.js';
import { callBound, call, asIndex, repr, toArray } from './protocol.js';
import { PyFloat, newFloat, floatPowValues, roundToDouble } from './float.js';
import { newTuple } from './tuple.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { checkNewArgs, instanceDictFor } from './type-type.js';
import { hashInt } from './hash.js';
import { ArgSpec } from '../builtins/args.js';
import { charge, reserve, SIZE, activeMeter, workLimbs, workItems } from '../vm/meter.js';

/** IntValue: the JS representation of an int (normalized: a number iff safe). */
export type IntValue = number | bigint;

/** PyInt: an instance of a subclass of int (exact ints are unboxed). */
export class PyInt extends PyObject {
  constructor(
    readonly value: IntValue,
    cls: PyType,
  ) {
    super(cls);
  }
}

const MAX_SAFE_BIG = 9007199254740991n;
const MIN_SAFE_BIG = -9007199254740991n;
/** MAX_BIGINT_BITS: the largest int we build (V8's BigInt limit is 2**30 bits); larger is a MemoryError. */
export const MAX_BIGINT_BITS = 2 ** 30;

/** isIntLike: whether v is an int (including bool and int subclasses). */
export function isIntLike(v: PyValue): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || v instanceof PyInt;
}

/** asInt: the int value of an int, bool or int-subclass instance; undefined for anything else. */
export function asInt(v: PyValue | undefined): IntValue | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return v instanceof PyInt ? v.value : undefined;
}

/** normBig: a bigint as a normalized int (a number when safe). */
export function normBig(b: bigint): IntValue {
  return b >= MIN_SAFE_BIG && b <= MAX_SAFE_BIG ? Number(b) : b;
}

/** bigResult: normBig, charging the heap for a result that stays a bigint. */
function bigResult(b: bigint): IntValue {
  if (b >= MIN_SAFE_BIG && b <= MAX_SAFE_BIG) return Number(b);
  const n = Number(b);
  const bits = Number.isFinite(n) ? Math.log2(Math.abs(n)) + 1 : bigBitLength(b);
  charge(SIZE.BIGINT + Math.ceil(bits / 30) * 4);
  return b;
}

/** MAX_LONG_DIGITS: CPython's bound on an int's 30-bit digits ((PY_SSIZE_T_MAX - 24) / 4). */
const MAX_LONG_DIGITS = ((1n << 63n) - 1n - 24n) / 4n;

/** chargeBits: charges a bigint of about `bits` bits before it is built; MemoryError if too large. */
function chargeBits(bits: number): void {
  reserve(SIZE.BIGINT + Math.ceil(Math.min(bits, 2 ** 52) / 30) * 4);
  if (!(bits <= MAX_BIGINT_BITS)) raise(MemoryError, '');
  charge(SIZE.BIGINT + Math.ceil(bits / 30) * 4);
}

function memoryError(): never {
  throw newException(MemoryError);
}

/** Powers 2 ** 2 ** i, made on first use: comparing with one is O(1) when the lengths differ. */
const POW2_POW2: bigint[] = [];

function pow2pow2(i: number): bigint {
  let p = POW2_POW2[i];
  if (p === undefined) {
    p = 1n << BigInt(2 ** i);
    POW2_POW2[i] = p;
  }
  return p;
}

/** NEG_POW2_POW2: -(2 ** 2 ** i), made on first use (comparing with it is O(1) as with the positive one). */
const NEG_POW2_POW2: bigint[] = [];

function negPow2pow2(i: number): bigint {
  let p = NEG_POW2_POW2[i];
  if (p === undefined) {
    p = -pow2pow2(i);
    NEG_POW2_POW2[i] = p;
  }
  return p;
}

/**
 * limbsOf: the size of |b| in 64-bit limbs, found cheaply enough to come before each big-int
 * operation that charges work: exact (from the double) below 2**1024; up to 2**16384, the limbs
 * of the smallest 2**2**i above |b| (at most twice the size), found by comparisons V8 settles on
 * the lengths; above, exact (bigBitLength's few shifts cost little beside any such operation).
 */
export function limbsOf(b: IntValue): number {
  if (typeof b === 'number') return 1;
  const d = Number(b);
  if (d !== Infinity && d !== -Infinity) return Math.max(1, Math.ceil(Math.log2(Math.abs(d)) / 64));
  let i = 11;
  if (b > 0n) while (i < 15 && b >= pow2pow2(i)) i++;
  else while (i < 15 && b <= negPow2pow2(i)) i++;
  return i < 15 ? 2 ** (i - 6) : Math.ceil(bigBitLength(b) / 64);
}

/** SMALL_LIMBS: ints of at most this many limbs (below 2**1024, finite doubles) are free to multiply and convert. */
const SMALL_LIMBS = 16;

/** workProduct: charges multiplying (or dividing) a by b: the product of their limb counts. */
function workProduct(a: IntValue, b: IntValue): void {
  if (typeof a === 'bigint') {
    if (typeof b === 'bigint') {
      const la = limbsOf(a);
      const lb = limbsOf(b);
      if (la > SMALL_LIMBS || lb > SMALL_LIMBS) workLimbs(la * lb);
    } else workLinear(a);
  } else if (typeof b === 'bigint') workLinear(b);
}

/**
 * workDivide: charges a // b or a % b: the quotient's limbs times the divisor's (schoolbook), plus
 * one unit per limb of a (V8's division of big ints costs about 50 ns per limb of the dividend
 * even when the quotient is small, measured).
 */
function workDivide(a: IntValue, b: IntValue): void {
  if (typeof b !== 'bigint') {
    if (typeof a === 'bigint') workLinear(a);
    return;
  }
  if (typeof a !== 'bigint') return; // |a| < 2**53 <= |b|
  const la = limbsOf(a);
  const lb = limbsOf(b);
  if (la <= SMALL_LIMBS && lb <= SMALL_LIMBS) return;
  workLimbs(64 * la + (Math.max(la - lb, 0) + 1) * lb);
}

/**
 * workLinear: charges an operation linear in b's limbs (by a small int): free unless b has 256
 * limbs or more (the threshold of workLimbs), which one comparison tells.
 */
function workLinear(b: bigint): void {
  if (b >= pow2pow2(14) || b <= negPow2pow2(14)) workLimbs(limbsOf(b));
}

/**
 * workDecimal: charges converting b to decimal digits, which is quadratic: 8 limb products per
 * pair of limbs (measured on V8: 4,300 digits take about 0.3 ms; from digits, digitsToInt, 3).
 */
export function workDecimal(b: IntValue): void {
  if (limbsOf(b) <= SMALL_LIMBS) return;
  // The exact size (a few shifts): the conversion costs far more.
  const n = Math.ceil(bigBitLength(b as bigint) / 64);
  workLimbs(8 * n * n);
}

/**
 * bigBitLength: the number of bits of |b|. JS has no bit-length primitive; b.toString(16) costs
 * about 8 µs for a 12,000-bit value (measured), while halving by the largest power-of-two shift
 * below b (found by comparisons, which V8 settles on the length) costs about one shift: 1.7 µs.
 * The halving stops below 2**1024, where the double's exponent gives the rest: 1.39 -> 0.56 µs
 * for a 5,615-bit value (bigint.py: it was a quarter of the profile, as heap charges call it).
 */
export function bigBitLength(b: bigint): number {
  if (b < 0n) b = -b;
  let bits = 0;
  // Halves off the top (sizes known from the cached powers 2**2**i) until the rest is below
  // 2**1024, a finite double: its exponent gives the rest's length without more shifts.
  while (b >= pow2pow2(10)) {
    let i = 11;
    while (b >= pow2pow2(i)) i++;
    const s = 2 ** (i - 1);
    b >>= BigInt(s);
    bits += s;
  }
  if (b === 0n) return bits;
  const n = Number(b);
  // Number() rounds to nearest: past 2**1024 - 2**970 to Infinity (the rest then has 1024 bits),
  // and just below a power of two up to it: n is then that power and b < n (compared exactly),
  // one bit fewer than n's.
  if (n === Infinity) return bits + 1024;
  BIT_F64[0] = n;
  const hi = BIT_U32[BIT_HI]!;
  const exponent = ((hi >>> 20) & 0x7ff) - 1023;
  const power = (hi & 0xfffff) === 0 && BIT_U32[1 - BIT_HI] === 0;
  return bits + (power && b < n ? exponent : exponent + 1);
}

const BIT_F64 = new Float64Array(1);
const BIT_U32 = new Uint32Array(BIT_F64.buffer);
/** BIT_HI: the index of the high (sign and exponent) word of a double in BIT_U32. */
const BIT_HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** bitLength: int.bit_length(). */
export function bitLength(v: IntValue): number {
  if (typeof v === 'bigint') return bigBitLength(v);
  const a = Math.abs(v);
  if (a < 4294967296) return 32 - Math.clz32(a);
  return 64 - Math.clz32(Math.floor(a / 4294967296));
}

// ---------------------------------------------------------------------------------------------
// Arithmetic on normalized values (the VM's fast paths call these directly).

/** intAdd: a + b. */
export function intAdd(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  }
  return bigResult(BigInt(a) + BigInt(b));
}

/** intSub: a - b. */
export function intSub(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  }
  return bigResult(BigInt(a) - BigInt(b));
}

/** intMul: a * b. */
export function intMul(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0; // + 0: no -0
  }
  workProduct(a, b);
  try {
    return bigResult(BigInt(a) * BigInt(b));
  } catch (e) {
    if (e instanceof RangeError) memoryError();
    throw e;
  }
}

/** intFloorDiv: a // b, rounding toward -inf. */
export function intFloorDiv(a: IntValue, b: IntValue): IntValue {
  if (b === 0) raise(ZeroDivisionError, 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    // For |a| < 2**53 the rounded quotient never crosses an integer, so floor() is exact.
    return Math.floor(a / b) + 0;
  }
  workDivide(a, b);
  const x = BigInt(a);
  const y = BigInt(b);
  let q = x / y;
  // One division: the remainder's sign test costs a multiplication instead of a second one.
  if ((x < 0n) !== (y < 0n) && q * y !== x) q -= 1n;
  return bigResult(q);
}

/** intMod: a % b, with the sign of b. */
export function intMod(a: IntValue, b: IntValue): IntValue {
  if (b === 0) raise(ZeroDivisionError, 'integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  workDivide(a, b);
  const x = BigInt(a);
  const y = BigInt(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return bigResult(r);
}

/** intDivmod: [a // b, a % b]. */
export function intDivmod(a: IntValue, b: IntValue): [IntValue, IntValue] {
  if (b === 0) raise(ZeroDivisionError, 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') return [intFloorDiv(a, b), intMod(a, b)];
  workDivide(a, b);
  const x = BigInt(a);
  const y = BigInt(b);
  let q = x / y;
  let r = x - q * y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) {
    q -= 1n;
    r += y;
  }
  return [bigResult(q), bigResult(r)];
}

/** intNeg: -a. */
export function intNeg(a: IntValue): IntValue {
  if (typeof a === 'number') return 0 - a;
  return bigResult(-a);
}

/** intAbs: abs(a). */
export function intAbs(a: IntValue): IntValue {
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? -a : a;
}

/** intInvert: ~a. */
export function intInvert(a: IntValue): IntValue {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (r >= -9007199254740991) return r;
  }
  return bigResult(~BigInt(a));
}

/** intCompare: -1, 0 or 1 as a <, ==, > b (JS compares number and bigint exactly). */
export function intCompare(a: IntValue, b: IntValue): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isInt32(v: IntValue): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

/** intAnd: a & b (two's complement, as Python). */
export function intAnd(a: IntValue, b: IntValue): IntValue {
  if (isInt32(a) && isInt32(b)) return a & b;
  return bigResult(BigInt(a) & BigInt(b));
}

/** intOr: a | b. */
export function intOr(a: IntValue, b: IntValue): IntValue {
  if (isInt32(a) && isInt32(b)) return a | b;
  return bigResult(BigInt(a) | BigInt(b));
}

/** intXor: a ^ b. */
export function intXor(a: IntValue, b: IntValue): IntValue {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return bigResult(BigInt(a) ^ BigInt(b));
}

/** intLshift: a << b; ValueError for a negative count, MemoryError for a result too large. */
export function intLshift(a: IntValue, b: IntValue): IntValue {
  if (b < 0) raise(ValueError, 'negative shift count');
  if (a === 0) return 0;
  if (typeof b === 'number' && typeof a === 'number' && b < 53) {
    const r = a * 2 ** b;
    if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  }
  // CPython: OverflowError when the result's 30-bit digits could not even be counted in a
  // Py_ssize_t-sized allocation, MemoryError for any other result too large.
  const shift = BigInt(b);
  const digits = BigInt(Math.ceil(bitLength(a) / 30)) + shift / 30n + (shift % 30n === 0n ? 0n : 1n);
  if (digits > MAX_LONG_DIGITS) raise(OverflowError, 'too many digits in integer');
  if (typeof b === 'bigint') memoryError();
  chargeBits(bitLength(a) + b);
  workLimbs(Math.ceil((bitLength(a) + b) / 64));
  return normBig(BigInt(a) << BigInt(b));
}

/** intRshift: a >> b (floor). */
export function intRshift(a: IntValue, b: IntValue): IntValue {
  if (b < 0) raise(ValueError, 'negative shift count');
  if (typeof a === 'number') {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** (b as number)) + 0;
  }
  if (typeof b === 'bigint') return a < 0n ? -1 : 0;
  return bigResult(a >> BigInt(b));
}

/** intPow: a ** b: an int, or a float (PyFloat) for a negative exponent. */
export function intPow(a: IntValue, b: IntValue): IntValue | PyFloat {
  if (b < 0) return newFloat(floatPowValues(intToDouble(a), intToDouble(b))!);
  if (a === 0) return b === 0 ? 1 : 0;
  if (a === 1) return 1;
  if (a === -1) return isOdd(b) ? -1 : 1;
  if (typeof b === 'bigint') memoryError();
  if (typeof a === 'number') {
    let result = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e % 2 === 1) {
        result *= base;
        if (!(result <= 9007199254740991 && result >= -9007199254740991)) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result;
      base *= base;
      if (base > 9007199254740991) break;
    }
  }
  chargeBits(bitLength(a) * b);
  // Repeated squaring: the last squarings dominate, about n*n/3 limb products for a result of n
  // limbs (V8 makes a power of 2 by a shift).
  const n = Math.ceil((bitLength(a) * b) / 64);
  workLimbs(a === 2 || a === -2 ? n : (n * n) / 2);
  try {
    return normBig(BigInt(a) ** BigInt(b));
  } catch (e) {
    if (e instanceof RangeError) memoryError();
    throw e;
  }
}

function isOdd(v: IntValue): boolean {
  return typeof v === 'number' ? v % 2 !== 0 : (v & 1n) === 1n;
}

/** intPowMod: pow(a, b, m) for ints, as CPython's long_pow() with a modulus (negative b: modular inverse). */
export function intPowMod(a: IntValue, b: IntValue, m: IntValue): IntValue {
  if (m === 0) raise(ValueError, 'pow() 3rd argument cannot be 0');
  const negativeOutput = m < 0;
  let mod = BigInt(m);
  if (negativeOutput) mod = -mod;
  if (mod === 1n) return 0;
  // a % m, then per bit of the exponent a shift of it and up to two products modulo m (and
  // the extended Euclid of a modular inverse: 64 steps per limb of m).
  const lm = limbsOf(mod);
  const le = limbsOf(b);
  workLimbs(limbsOf(a) * lm + 64 * le * (2 * lm * lm + le) + (b < 0 ? 64 * lm * lm : 0));
  let base = BigInt(a) % mod;
  if (base < 0n) base += mod;
  let e = BigInt(b);
  if (e < 0n) {
    const inv = modInverse(base, mod);
    if (inv === undefined) raise(ValueError, 'base is not invertible for the given modulus');
    base = inv;
    e = -e;
  }
  let result = 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negativeOutput && result !== 0n) result -= mod;
  return bigResult(result);
}

function modInverse(a: bigint, m: bigint): bigint | undefined {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return undefined;
  oldS %= m;
  return oldS < 0n ? oldS + m : oldS;
}

/** intToDouble: float(v); OverflowError "int too large to convert to float". */
export function intToDouble(v: IntValue): number {
  if (typeof v === 'number') return v;
  const d = Number(v); // correctly rounded (ties to even)
  if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
  return d;
}

/**
 * intTrueDivDouble: a / b correctly rounded, as CPython's long_true_divide(): ZeroDivisionError
 * "division by zero"; OverflowError "integer division result too large for a float".
 */
export function intTrueDivDouble(a: IntValue, b: IntValue): number {
  if (b === 0) raise(ZeroDivisionError, 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b; // both exact doubles
  const neg = (a < 0) !== (b < 0);
  let x = BigInt(a);
  let y = BigInt(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return neg ? -0 : 0;
  if (x <= MAX_SAFE_BIG && y <= MAX_SAFE_BIG) {
    const r = Number(x) / Number(y);
    return neg ? -r : r;
  }
  const diff = bigBitLength(x) - bigBitLength(y);
  if (diff > 1025) raise(OverflowError, 'integer division result too large for a float');
  if (diff < -1130) return neg ? -0 : 0;
  // Scale so the integer quotient has 55 or 56 bits, then round it once (with the remainder as sticky bit).
  const shift = 55 - diff;
  const num = shift > 0 ? x << BigInt(shift) : x;
  const den = shift < 0 ? y << BigInt(-shift) : y;
  const r = roundToDouble(num / den, -shift, num % den !== 0n);
  if (r === Infinity) raise(OverflowError, 'integer division result too large for a float');
  return neg ? -r : r;
}

/** intTrueDiv: a / b as a Python float. */
export function intTrueDiv(a: IntValue, b: IntValue): PyFloat {
  return newFloat(intTrueDivDouble(a, b));
}

/** intRoundNeg: round(v, ndigits) for ndigits < 0, rounding half to even (CPython's long_round). */
export function intRoundNeg(v: IntValue, ndigits: IntValue): IntValue {
  const k = typeof ndigits === 'bigint' ? -ndigits : BigInt(-ndigits);
  // Its decimal length, a power of ten of about its size and a division by it.
  workDecimal(v);
  const l = limbsOf(v);
  if (l > SMALL_LIMBS) workLimbs(2 * l * l);
  const x = BigInt(v);
  const ax = x < 0n ? -x : x;
  // 10**k > 2*|x| means the result is 0; avoid computing a huge power.
  if (k > BigInt(ax.toString().length + 1)) return 0;
  const p = 10n ** k;
  let q = ax / p;
  const r = ax % p;
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  const res = q * p;
  return bigResult(x < 0n ? -res : res);
}

// ---------------------------------------------------------------------------------------------
// Conversion to and from text

/** getIntMaxStrDigits: sys.get_int_max_str_digits() of the running interpreter. */
export function getIntMaxStrDigits(): number {
  return activeMeter().maxStrDigits;
}

/** setIntMaxStrDigits: sys.set_int_max_str_digits(n) (0: no limit); the caller validates n. */
export function setIntMaxStrDigits(n: number): void {
  activeMeter().maxStrDigits = n;
}

/**
 * reprInt is Python's repr() of an int: its decimal digits. Raises CPython's ValueError for more
 * than sys.get_int_max_str_digits() digits.
 */
export function reprInt(b: IntValue): string {
  if (typeof b === 'number') return '' + b;
  const maxStrDigits = activeMeter().maxStrDigits;
  if (maxStrDigits > 0) {
    // |b| >= 2**(bits-1), so it has at least (bits-1)*log10(2)+1 digits: refuse before converting.
    const bits = bigBitLength(b);
    if ((bits - 1) * 0.30102999566398114 >= maxStrDigits) strDigitsError();
  }
  workDecimal(b);
  const s = b.toString();
  if (maxStrDigits > 0 && s.length - (b < 0n ? 1 : 0) > maxStrDigits) strDigitsError();
  return s;
}

function strDigitsError(): never {
  raise(
    ValueError,
    `Exceeds the limit (${activeMeter().maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** DECIMAL_ZEROS: the code points whose Unicode decimal value is 0 (Unicode 14, as Python 3.11); each starts a run of ten digits. */
const DECIMAL_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040,
  0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0,
  0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
  0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
  0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/** decimalDigitValue: unicodedata.decimal(chr(cp)), or -1 if cp is not a decimal digit. */
export function decimalDigitValue(cp: number): number {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  let lo = 0;
  let hi = DECIMAL_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DECIMAL_ZEROS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - DECIMAL_ZEROS[lo]!;
  return d >= 0 && d < 10 ? d : -1;
}

/** isPySpace: str.isspace() for one code point. */
export function isPySpace(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/**
 * toAsciiNumeral: CPython's _PyUnicode_TransformDecimalAndSpaceToASCII(): Unicode decimal
 * digits become ASCII digits, whitespace becomes ' ', and the first other non-ASCII character
 * becomes a '?' that ends the text.
 */
export function toAsciiNumeral(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = decimalDigitValue(cp);
      // CPython ends the text at the first character it cannot convert (only a '?' is left of it).
      if (d < 0) return `${out}?`;
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * parseIntLiteral: CPython's PyLong_FromString() on an ASCII string: whitespace, sign, base
 * prefix (base 0 or a matching base), digits with single underscores between them. Returns
 * undefined for an invalid literal, or the base to report (0 for C-style octal) as
 * { invalidBase }.
 */
export function parseIntLiteral(s: string, base: number): IntValue | { invalidBase: number } {
  const n = s.length;
  workItems(n);
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    neg = true;
    i++;
  }
  let errorIfNonzero = false;
  const c1 = s[i + 1];
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (
    s[i] === '0' &&
    ((base === 16 && (c1 === 'x' || c1 === 'X')) || (base === 8 && (c1 === 'o' || c1 === 'O')) || (base === 2 && (c1 === 'b' || c1 === 'B')))
  ) {
    i += 2;
    if (s[i] === '_') i++;
  }
  const invalid = { invalidBase: errorIfNonzero ? 0 : base };
  if (s[i] === '_') return invalid;
  const start = i;
  let digits = '';
  let prevUnderscore = false;
  let ndigits = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      if (prevUnderscore) return invalid;
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= base) break;
    prevUnderscore = false;
    ndigits++;
  }
  if (prevUnderscore || ndigits === 0) return invalid;
  digits = s.slice(start, i);
  if (digits.includes('_')) digits = digits.replace(/_/g, '');
  const powerOfTwo = (base & (base - 1)) === 0;
  const maxStrDigits = activeMeter().maxStrDigits;
  if (!powerOfTwo && maxStrDigits > 0 && ndigits > maxStrDigits) {
    raise(
      ValueError,
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return invalid;
  let v = digitsToInt(digits, base);
  if (errorIfNonzero && v !== 0) return invalid;
  if (neg) v = intNeg(v);
  return v;
}

function digitsToInt(digits: string, base: number): IntValue {
  const n = digits.length;
  if (n <= 10 || (base === 10 && n <= 15)) {
    const v = parseInt(digits, base);
    if (Number.isSafeInteger(v)) return v;
  }
  // Decimal (any base not a power of two) to binary is quadratic: ~3 limb products per pair of
  // limbs of the result (a power-of-two base is linear, charged by parseIntLiteral's scan).
  if ((base & (base - 1)) !== 0) {
    const limbs = Math.ceil((n * Math.log2(base)) / 64);
    if (limbs > SMALL_LIMBS) workLimbs(3 * limbs * limbs);
  }
  let b: bigint;
  if (base === 10) b = BigInt(digits);
  else if (base === 16) b = BigInt('0x' + digits);
  else if (base === 8) b = BigInt('0o' + digits);
  else if (base === 2) b = BigInt('0b' + digits);
  else if ((base & (base - 1)) === 0) {
    const width = Math.log2(base);
    let bits = '';
    for (let i = 0; i < n; i++) bits += digitValue(digits.charCodeAt(i)).toString(2).padStart(width, '0');
    b = BigInt('0b' + bits);
  } else {
    const chunk = Math.floor(53 / Math.log2(base)) - 1;
    const bb = BigInt(base);
    b = 0n;
    for (let i = 0; i < n; i += chunk) {
      const part = digits.slice(i, i + chunk);
      b = b * bb ** BigInt(part.length) + BigInt(parseInt(part, base));
    }
  }
  return bigResult(b);
}

/** bytesData: the bytes of a bytes or bytearray object, else undefined. */
export function bytesData(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) {
    const len = (v as unknown as { length?: number }).length;
    return typeof len === 'number' ? v.data.subarray(0, len) : v.data;
  }
  return undefined;
}

/** strValue: the str value of a str or str-subclass instance, else undefined. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && isInstance(v, strType)) {
    const text = (v as unknown as { value?: unknown }).value; // str.ts's PyStr
    if (typeof text === 'string') return text;
    const f = strType.attrs.get('__str__');
    if (f !== undefined) {
      const r = callBound(f, v, []);
      if (typeof r === 'string') return r;
    }
  }
  return undefined;
}

function truncatedRepr(v: PyValue): string {
  const r = repr(v);
  const cps = Array.from(r);
  return cps.length > 200 ? cps.slice(0, 200).join('') : r;
}

/** intFromString: int(s, base) for a str, bytes or bytearray object (ValueError in CPython's words). */
export function intFromString(obj: PyValue, base: number): IntValue {
  const s = strValue(obj);
  if (s !== undefined) {
    const r = parseIntLiteral(toAsciiNumeral(s), base);
    if (typeof r === 'object') raise(ValueError, `invalid literal for int() with base ${base}: ${truncatedRepr(obj)}`);
    return r;
  }
  const data = bytesData(obj)!;
  let text = '';
  for (const c of data) text += String.fromCharCode(c >= 0x80 || c === 0 ? 0x3f : c);
  const r = parseIntLiteral(text, base);
  if (typeof r === 'object') {
    const shown = data.length > 200 ? new PyBytes(data.slice(0, 200)) : new PyBytes(data);
    raise(ValueError, `invalid literal for int() with base ${base}: ${repr(shown)}`);
  }
  return r;
}

/** intFromObject: int(x) for one argument, as CPython's PyNumber_Long(): __int__, __index__, __trunc__, then text. */
export function intFromObject(x: PyValue): IntValue {
  const direct = asInt(x);
  if (direct !== undefined) {
    if (typeof x !== 'object') return direct;
  }
  const t = typeOf(x);
  const fInt = t.lookup('__int__');
  if (fInt !== undefined && fInt !== None) {
    const res = callBound(fInt, x, []);
    const r = asInt(res);
    if (r === undefined) raise(TypeError, `__int__ returned non-int (type ${typeOf(res).name})`);
    return r;
  }
  const fIndex = t.lookup('__index__');
  if (fIndex !== undefined && fIndex !== None) {
    const res = callBound(fIndex, x, []);
    const r = asInt(res);
    if (r === undefined) raise(TypeError, `__index__ returned non-int (type ${typeOf(res).name})`);
    return r;
  }
  const fTrunc = t.lookup('__trunc__');
  if (fTrunc !== undefined && fTrunc !== None) {
    const res = callBound(fTrunc, x, []);
    const r = asInt(res);
    if (r !== undefined) return r;
    return asIndex(res, `__trunc__ returned non-Integral (type ${typeOf(res).name})`);
  }
  if (strValue(x) !== undefined || bytesData(x) !== undefined) return intFromString(x, 10);
  raise(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

/** newIntOfType: an instance of int subclass cls (an exact int for cls int). */
export function newIntOfType(cls: PyType, v: IntValue): PyValue {
  if (cls === intType) return v;
  const obj = new PyInt(v, cls);
  charge(SIZE.OBJECT + SIZE.SLOT);
  obj.dict = instanceDictFor(cls);
  return obj;
}

// ---------------------------------------------------------------------------------------------
// Helpers for builtin methods of my types

/** SpecUnpacker: a lazily built ArgSpec's unpack (skip defaults to 1: methods and __new__). */
export type SpecUnpacker = (args: readonly PyValue[], kwnames: readonly string[] | null, skip?: number) => (PyValue | undefined)[];

/**
 * lazySpec: an ArgSpec built on first use. The type files import one another in cycles (and
 * args.ts imports tuple.ts), so building an ArgSpec at a type file's top level could run before
 * args.ts is evaluated; this is a function declaration, hoisted, so any file may call it early.
 */
export function lazySpec(fname: string, spec: string): SpecUnpacker {
  let s: ArgSpec | undefined;
  return (args, kwnames, skip = 1) => (s ??= new ArgSpec(fname, spec)).unpack(args, kwnames, skip);
}

/**
 * oldStyleArgs: arguments parsed as CPython's PyArg_ParseTupleAndKeywords does (int(), complex()),
 * with its messages: names[i] for i < posOnly are positional-only.
 */
export function oldStyleArgs(
  fname: string,
  names: readonly string[],
  posOnly: number,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  skip = 1,
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - skip - nkw;
  if (npos + nkw > names.length) raise(TypeError, `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${npos + nkw} given)`);
  const out: (PyValue | undefined)[] = names.map((_, i) => (i < npos ? args[skip + i] : undefined));
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const i = names.indexOf(name);
    if (i < posOnly) raise(TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== undefined) raise(TypeError, `argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    out[i] = args[args.length - nkw + k];
  }
  return out;
}

/** wrapperArity: checks a special method's call (CPython's wrapper_descriptor messages). */
export function wrapperArity(args: readonly PyValue[], kwnames: readonly string[] | null, n: number, name: string): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n + 1) raise(TypeError, `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
}

/** descriptorError: a method of `owner` applied to a value of another type. */
export function descriptorError(name: string, owner: string, self: PyValue | undefined): never {
  const special = name.startsWith('__') && name.endsWith('__');
  if (self === undefined) {
    if (special) raise(TypeError, `descriptor '${name}' of '${owner}' object needs an argument`);
    raise(TypeError, `unbound method ${owner}.${name}() needs an argument`);
  }
  if (special) raise(TypeError, `descriptor '${name}' requires a '${owner}' object but received a '${typeOf(self).name}'`);
  raise(TypeError, `descriptor '${name}' for '${owner}' objects doesn't apply to a '${typeOf(self).name}' object`);
}

function selfInt(args: readonly PyValue[], name: string): IntValue {
  const v = asInt(args[0]);
  if (v === undefined) descriptorError(name, 'int', args[0]);
  return v;
}

type IntBinary = (a: IntValue, b: IntValue) => PyValue;

function binary(name: string, f: IntBinary): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfInt(args, name);
    const b = asInt(args[1]);
    return b === undefined ? NotImplemented : f(a, b);
  };
}

function reflected(name: string, f: IntBinary): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfInt(args, name);
    const b = asInt(args[1]);
    return b === undefined ? NotImplemented : f(b, a);
  };
}

function unary(name: string, f: (a: IntValue) => PyValue): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 0, name);
    return f(selfInt(args, name));
  };
}

function compare(name: string, test: (c: number) => boolean): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfInt(args, name);
    const b = asInt(args[1]);
    return b === undefined ? NotImplemented : test(intCompare(a, b));
  };
}

const divmodPair = (a: IntValue, b: IntValue): PyValue => newTuple(intDivmod(a, b));

function powMethod(name: string, swap: boolean): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `wrapper ${name}() takes no keyword arguments`);
    if (args.length < 2 || args.length > 3) raise(TypeError, `expected 1 or 2 arguments, got ${args.length - 1}`);
    const self = selfInt(args, name);
    const other = asInt(args[1]);
    if (other === undefined) return NotImplemented;
    const [a, b] = swap ? [other, self] : [self, other];
    const m = args[2];
    if (m === undefined || m === None) return intPow(a, b);
    const mv = asInt(m);
    if (mv === undefined) return NotImplemented;
    return intPowMod(a, b, mv);
  };
}

const TO_BYTES = lazySpec('to_bytes', 'length=, byteorder=, *, signed=');
const FROM_BYTES = lazySpec('from_bytes', 'bytes, byteorder=, *, signed=');

function byteOrder(v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  const s = strValue(v);
  if (s === undefined) raise(TypeError, `to_bytes() argument 'byteorder' must be str, not ${typeOf(v).name}`);
  if (s === 'little') return true;
  if (s === 'big') return false;
  raise(ValueError, "byteorder must be either 'little' or 'big'");
}

function truthyArg(v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === 'boolean') return v;
  const i = asInt(v);
  if (i !== undefined) return i !== 0;
  return v !== None; // bool(x) for the rare other argument types
}

/** intToBytes: int.to_bytes(). */
function intToBytes(v: IntValue, length: number, little: boolean, signed: boolean): PyBytes {
  if (!signed && v < 0) raise(OverflowError, "can't convert negative int to unsigned");
  let x = BigInt(v);
  const limitBits = BigInt(length * 8);
  if (signed) {
    // Zero bytes hold 0 and, as CPython's _PyLong_AsByteArray sees it (an all-ones sign), -1.
    if (length === 0 ? x !== 0n && x !== -1n : x >= 1n << (limitBits - 1n) || x < -(1n << (limitBits - 1n))) raise(OverflowError, 'int too big to convert');
    x = BigInt.asUintN(length * 8, x);
  } else if (x >= 1n << limitBits) raise(OverflowError, 'int too big to convert');
  charge(SIZE.BYTES + length);
  // A shift of the rest per byte: length * limbs / 2 limb steps.
  workLimbs((length * Math.ceil(length / 8)) / 2);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return new PyBytes(out);
}

function bytesArgument(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d !== undefined) return d;
  if (typeof v === 'string') raise(TypeError, 'cannot convert \'str\' object to bytes');
  const items = toArray(v);
  const out = new Uint8Array(items.length);
  items.forEach((it, i) => {
    const n = asIndex(it);
    if (n < 0 || n > 255) raise(ValueError, 'bytes must be in range(0, 256)');
    out[i] = Number(n);
  });
  return out;
}

defineMethods(intType, {
  __add__: binary('__add__', intAdd),
  __radd__: reflected('__radd__', intAdd),
  __sub__: binary('__sub__', intSub),
  __rsub__: reflected('__rsub__', intSub),
  __mul__: binary('__mul__', intMul),
  __rmul__: reflected('__rmul__', intMul),
  __floordiv__: binary('__floordiv__', intFloorDiv),
  __rfloordiv__: reflected('__rfloordiv__', intFloorDiv),
  __truediv__: binary('__truediv__', intTrueDiv),
  __rtruediv__: reflected('__rtruediv__', intTrueDiv),
  __mod__: binary('__mod__', intMod),
  __rmod__: reflected('__rmod__', intMod),
  __divmod__: binary('__divmod__', divmodPair),
  __rdivmod__: reflected('__rdivmod__', divmodPair),
  __pow__: powMethod('__pow__', false),
  __rpow__: powMethod('__rpow__', true),
  __lshift__: binary('__lshift__', intLshift),
  __rlshift__: reflected('__rlshift__', intLshift),
  __rshift__: binary('__rshift__', intRshift),
  __rrshift__: reflected('__rrshift__', intRshift),
  __and__: binary('__and__', intAnd),
  __rand__: reflected('__rand__', intAnd),
  __or__: binary('__or__', intOr),
  __ror__: reflected('__ror__', intOr),
  __xor__: binary('__xor__', intXor),
  __rxor__: reflected('__rxor__', intXor),
  __eq__: compare('__eq__', (c) => c === 0),
  __ne__: compare('__ne__', (c) => c !== 0),
  __lt__: compare('__lt__', (c) => c < 0),
  __le__: compare('__le__', (c) => c <= 0),
  __gt__: compare('__gt__', (c) => c > 0),
  __ge__: compare('__ge__', (c) => c >= 0),
  __neg__: unary('__neg__', intNeg),
  __pos__: unary('__pos__', (a) => a),
  __abs__: unary('__abs__', intAbs),
  __invert__: unary('__invert__', intInvert),
  __bool__: unary('__bool__', (a) => a !== 0),
  __int__: unary('__int__', (a) => a),
  __index__: unary('__index__', (a) => a),
  __trunc__: unary('__trunc__', (a) => a),
  __floor__: unary('__floor__', (a) => a),
  __ceil__: unary('__ceil__', (a) => a),
  __float__: unary('__float__', (a) => newFloat(intToDouble(a))),
  __hash__: unary('__hash__', hashInt),
  __repr__: unary('__repr__', reprInt),
  __getnewargs__: (args) => newTuple([selfInt(args, '__getnewargs__')]),
  __sizeof__: (args) => {
    const v = selfInt(args, '__sizeof__');
    return 24 + 4 * Math.max(1, Math.ceil(bitLength(v) / 30));
  },
  __round__: (args) => {
    const v = selfInt(args, '__round__');
    if (args.length > 2) raise(TypeError, `__round__ expected at most 1 argument, got ${args.length - 1}`);
    const nd = args[1];
    if (nd === undefined) return v;
    const n = asIndex(nd);
    if (n >= 0) return v;
    return intRoundNeg(v, n);
  },
  bit_length: (args) => bitLength(selfInt(args, 'bit_length')),
  bit_count: (args) => {
    let v = BigInt(selfInt(args, 'bit_count'));
    workItems(bitLength(v));
    if (v < 0n) v = -v;
    let count = 0;
    for (const c of v.toString(2)) if (c === '1') count++;
    return count;
  },
  conjugate: (args) => selfInt(args, 'conjugate'),
  as_integer_ratio: (args) => newTuple([selfInt(args, 'as_integer_ratio'), 1]),
  to_bytes: (args, kwnames) => {
    const v = selfInt(args, 'to_bytes');
    const [len, order, signed] = TO_BYTES(args, kwnames);
    const n = len === undefined ? 1 : asIndex(len);
    if (n < 0) raise(ValueError, 'length argument must be non-negative');
    if (typeof n === 'bigint' || n > 2 ** 31) raise(OverflowError, 'Python int too large to convert to C ssize_t');
    return intToBytes(v, n, byteOrder(order), truthyArg(signed));
  },
});

defineClassMethods(intType, {
  from_bytes: (args, kwnames) => {
    const cls = args[0] as PyType;
    const [data, order, signed] = FROM_BYTES(args, kwnames);
    const bytes = bytesArgument(data!);
    const little = byteOrder(order);
    // A shift of what was read so far per byte: length * limbs / 2 limb steps.
    workLimbs((bytes.length * Math.ceil(bytes.length / 8)) / 2);
    let x = 0n;
    for (let i = 0; i < bytes.length; i++) x = (x << 8n) | BigInt(bytes[little ? bytes.length - 1 - i : i]!);
    if (truthyArg(signed) && bytes.length > 0) x = BigInt.asIntN(bytes.length * 8, x);
    const v = bigResult(x);
    return cls === intType ? v : call(cls, [v]);
  },
});

defineStaticMethods(intType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(intType, args, kwnames);
    const [x, base] = oldStyleArgs('int', ['x', 'base'], 1, args, kwnames);
    let v: IntValue;
    if (base === undefined) v = x === undefined ? 0 : intFromObject(x);
    else {
      const b = asIndex(base);
      if (x === undefined) raise(TypeError, 'int() missing string argument');
      if (b !== 0 && (b < 2 || b > 36)) raise(ValueError, 'int() base must be >= 2 and <= 36, or 0');
      if (strValue(x) === undefined && bytesData(x) === undefined) raise(TypeError, "int() can't convert non-string with explicit base");
      v = intFromString(x, Number(b));
    }
    return newIntOfType(cls, v);
  },
});

defineGetSets(intType, {
  real: { get: (v) => selfInt([v], 'real') },
  imag: { get: () => 0 },
  numerator: { get: (v) => selfInt([v], 'numerator') },
  denominator: { get: () => 1 },
});
