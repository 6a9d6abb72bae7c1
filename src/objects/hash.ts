// CPython-exact hash values of the numeric types, tuples and frozensets (Python/pyhash.c,
// Objects/longobject.c long_hash, Objects/floatobject.c via _Py_HashDouble, Objects/tupleobject.c
// tuplehash (xxHash-based, 3.8+), Objects/setobject.c frozenset_hash). Hashes are Python ints in
// the signed 64-bit range: a JS number when safe, else a bigint. The set table works on unsigned
// 64-bit hashes split into two uint32 halves (hashHalves), which tuple hashing also uses to avoid
// bigint arithmetic.

import type { PyValue } from './object.js';
import { activeMeter, workItems, type Meter } from '../vm/meter.js';

/** HASH_BITS, HASH_MODULUS: _PyHASH_BITS and _PyHASH_MODULUS (the Mersenne prime 2**61 - 1). */
export const HASH_BITS = 61;
export const HASH_MODULUS = (1n << 61n) - 1n;
/** HASH_INF: _PyHASH_INF, hash(float('inf')). */
export const HASH_INF = 314159;
/** HASH_IMAG: _PyHASH_IMAG, the multiplier of the imaginary part in hash(complex). */
export const HASH_IMAG = 1000003n;

const TWO32 = 4294967296;

/** normHash: a signed 64-bit hash given as bigint, as a normalized Python int. */
function normHash(h: bigint): number | bigint {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** hashInt: hash() of an int, as CPython's long_hash(): the value modulo 2**61 - 1 with its sign; -1 becomes -2. */
export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v === -1 ? -2 : v; // |v| < 2**53 < the modulus
  const neg = v < 0n;
  let r = (neg ? -v : v) % HASH_MODULUS;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return normHash(r);
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

/**
 * decomposeFloat: a finite nonzero |x| as [mantissa, exponent] with |x| = mantissa * 2**exponent
 * and mantissa an integer below 2**53.
 */
export function decomposeFloat(x: number): [number, number] {
  F64[0] = x;
  const hi = U32[HI]!;
  const lo = U32[LO]!;
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * TWO32 + lo;
  if (biased === 0) return [frac, -1074];
  return [frac + 2 ** 52, biased - 1075];
}

/**
 * hashFloat: hash() of a float, as CPython's _Py_HashDouble(): the exact value of x reduced
 * modulo 2**61 - 1. NaN hashes to 0: CPython 3.11 hashes NaN by object identity, which we cannot
 * reproduce deterministically.
 */
export function hashFloat(x: number): number | bigint {
  if (Number.isInteger(x)) {
    if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0;
    return hashInt(BigInt(x));
  }
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x !== x) return 0;
  const neg = x < 0;
  const [m, e] = decomposeFloat(x);
  // m * 2**e mod (2**61 - 1): since 2**61 = 1 (mod P), multiplying by 2**e is a 61-bit rotation.
  const k = ((e % HASH_BITS) + HASH_BITS) % HASH_BITS;
  const mb = BigInt(m);
  let r = ((mb << BigInt(k)) & HASH_MODULUS) | (mb >> BigInt(HASH_BITS - k));
  if (r === HASH_MODULUS) r = 0n;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return normHash(r);
}

/** hashComplex: hash() of a complex, as CPython's complex_hash(). */
export function hashComplex(re: number, im: number): number | bigint {
  const hr = BigInt(hashFloat(re));
  const hi = BigInt(hashFloat(im));
  let h = BigInt.asIntN(64, hr + HASH_IMAG * hi);
  if (h === -1n) h = -2n;
  return normHash(h);
}

// ---------------------------------------------------------------------------------------------
// Unsigned 64-bit arithmetic on uint32 halves, for tuplehash and the set table.

/**
 * HALVES: splitHash's result, [0] the high and [1] the low uint32 half (a typed array: module-level
 * `let` numbers above 2**31 are boxed by V8 on every write).
 */
export const HALVES = new Uint32Array(2);

/**
 * HashHalves: a hash value with its two's complement 64-bit halves, kept for hashes that are
 * bigints (most str hashes and tuple hashes), whose splitting costs several BigInt operations.
 */
export interface HashHalves {
  readonly h: number | bigint;
  readonly hi: number;
  readonly lo: number;
}

/**
 * lastBig: the halves of the bigint hash most recently produced by strHash or joinHash. A table
 * lookup hashes its key and then splits that very hash (splitHash), so checking this one entry
 * first saves the BigInt work on the common path. Host memory only; no figure depends on it.
 */
let lastBig: HashHalves = { h: 0, hi: 0, lo: 0 };

/** splitHash: sets HALVES to the two's complement 64-bit halves of Python hash value h. */
export function splitHash(h: number | bigint): void {
  if (typeof h === 'number') {
    HALVES[1] = h >>> 0;
    HALVES[0] = Math.floor(h / TWO32) >>> 0;
  } else if (h === lastBig.h) {
    HALVES[0] = lastBig.hi;
    HALVES[1] = lastBig.lo;
  } else {
    const u = BigInt.asUintN(64, h);
    HALVES[1] = Number(u & 0xffffffffn);
    HALVES[0] = Number(u >> 32n);
  }
}

/** joinHash: the signed 64-bit value of halves (hi, lo) as a normalized Python int. */
export function joinHash(hi: number, lo: number): number | bigint {
  const signedHi = hi >= 0x80000000 ? hi - TWO32 : hi;
  const v = signedHi * TWO32 + lo;
  if (Number.isSafeInteger(v)) return v;
  const h = BigInt(signedHi) * 4294967296n + BigInt(lo);
  lastBig = { h, hi, lo };
  return h;
}

// xxHash primes of CPython's tuplehash (64-bit build).
const P1_HI = 0x9e3779b1;
const P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d;
const P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f;
const P5_LO = 0x165667c5;
// _PyHASH_XXPRIME_5 ^ 3527539
const LEN_MIX_HI = P5_HI;
const LEN_MIX_LO = (P5_LO ^ 3527539) >>> 0;

/**
 * hashTupleOf: tuplehash() over the items' hashes (as CPython's Objects/tupleobject.c), given a
 * function that hashes one item.
 */
export function hashTupleOf(items: readonly PyValue[], hashItem: (v: PyValue) => number | bigint): number | bigint {
  tupleHashHalves(items, hashItem);
  return joinHash(HALVES[0]!, HALVES[1]!);
}

/**
 * hashTupleBucket: Number(hashTupleOf(items)), the hash rounded to a double past 2**53, computed
 * without making the bigint (the dict's bucket key, see dict.ts).
 */
export function hashTupleBucket(items: readonly PyValue[], hashItem: (v: PyValue) => number | bigint): number {
  tupleHashHalves(items, hashItem);
  const hi = HALVES[0]!;
  // One rounding of the exact sum: the same double as Number() of the bigint hash.
  return (hi >= 0x80000000 ? hi - TWO32 : hi) * TWO32 + HALVES[1]!;
}

const P1_LO_0 = P1_LO & 0xffff;
const P1_LO_1 = P1_LO >>> 16;
const P2_LO_0 = P2_LO & 0xffff;
const P2_LO_1 = P2_LO >>> 16;

/**
 * tupleHashHalves: sets HALVES[0] and HALVES[1] to the halves of tuplehash() over items. The two
 * 64-bit multiplications by constants are written out on locals (a helper writing its product to
 * HALVES cost about three times as much): the low half is Math.imul's, the high half adds the cross products
 * to the high 32 bits of lo * P_LO, computed exactly in doubles from P_LO's 16-bit halves.
 */
function tupleHashHalves(items: readonly PyValue[], hashItem: (v: PyValue) => number | bigint): void {
  let accHi = P5_HI;
  let accLo = P5_LO;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let hi: number;
    let lo: number;
    if (typeof item === 'string' && item.length < LONG_STR) {
      const e = strHashHalves(item);
      hi = e.hi;
      lo = e.lo;
    } else {
      splitHash(hashItem(item));
      hi = HALVES[0]!;
      lo = HALVES[1]!;
    }
    // lane *= PRIME_2
    let carry = Math.floor((lo * P2_LO_1 + Math.floor((lo * P2_LO_0) / 65536)) / 65536);
    const mLo = Math.imul(lo, P2_LO) >>> 0;
    const mHi = (carry + Math.imul(hi, P2_LO) + Math.imul(lo, P2_HI)) >>> 0;
    // acc += lane
    const sum = accLo + mLo;
    accLo = sum >>> 0;
    accHi = (accHi + mHi + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    // acc = rotl(acc, 31)
    const rHi = ((accHi << 31) | (accLo >>> 1)) >>> 0;
    const rLo = ((accLo << 31) | (accHi >>> 1)) >>> 0;
    // acc *= PRIME_1
    carry = Math.floor((rLo * P1_LO_1 + Math.floor((rLo * P1_LO_0) / 65536)) / 65536);
    accLo = Math.imul(rLo, P1_LO) >>> 0;
    accHi = (carry + Math.imul(rHi, P1_LO) + Math.imul(rLo, P1_HI)) >>> 0;
  }
  // acc += len ^ (PRIME_5 ^ 3527539)
  const n = items.length;
  const addLo = (LEN_MIX_LO ^ n) >>> 0;
  const s = accLo + addLo;
  accLo = s >>> 0;
  accHi = (accHi + LEN_MIX_HI + (s > 0xffffffff ? 1 : 0)) >>> 0;
  if (accHi === 0xffffffff && accLo === 0xffffffff) {
    // -1 is reserved: CPython returns 1546275796.
    accHi = 0;
    accLo = 1546275796;
  }
  HALVES[0] = accHi;
  HALVES[1] = accLo;
}

const U64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & U64)) * 3644798167n) & U64;
}

/**
 * hashFrozenset: CPython's frozenset_hash() over the entries' hashes (the contribution of empty
 * and dummy slots, which CPython adds and removes again, cancels out).
 */
export function hashFrozenset(hashes: Iterable<number | bigint>, size: number): number | bigint {
  let h = 0n;
  for (const x of hashes) h ^= shuffleBits(BigInt.asUintN(64, BigInt(x)));
  h ^= (BigInt(size + 1) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  return normHash(BigInt.asIntN(64, h));
}

/**
 * strHash: hash(s): 64-bit FNV-1a over the UTF-16 code units (each unit xor-ed in whole, so a
 * Latin-1 str hashes as the bytes of its Latin-1 encoding do), reduced to a signed 61-bit value;
 * hash('') is 0 and -1 becomes -2, as in CPython. Fixed, not randomized: runs are reproducible.
 */
export function strHash(s: string): number | bigint {
  if (s.length >= LONG_STR) return longStrHash(s);
  return strHashHalves(s).h;
}

/** strHashHalves: the hash of a str shorter than LONG_STR, with its halves (from STR_HASHES). */
function strHashHalves(s: string): HashHalves {
  let e = STR_HASHES.get(s);
  if (e === undefined) {
    e = fnvHalves(s.length, (i) => s.charCodeAt(i));
    if (STR_HASHES.size >= STR_HASH_CACHE_MAX) STR_HASHES.clear();
    STR_HASHES.set(s, e);
  }
  lastBig = e;
  return e;
}

/**
 * STR_HASHES: str -> hash, as CPython keeps a str's hash in the object. A JS string cannot carry
 * it, but a Map keyed by strings finds it by V8's own cached string hash, several times faster than
 * FNV-1a plus the BigInt that most 61-bit results are. Host memory only, bounded, and the values
 * are the same with or without it, so it changes no figure a program can see.
 */
const STR_HASHES = new Map<string, HashHalves>();
const STR_HASH_CACHE_MAX = 1 << 16;

/**
 * LONG_STR: strs this long or longer are hashed as work (workItems, one unit per 16 units of
 * text), once per interpreter: CPython computes a str's hash once and keeps it in the object, so
 * hashing the same long key again costs nothing. A shared cache cannot decide that (a hit would
 * depend on what ran before in the process), so each interpreter keeps its own: the hashes of the
 * long strs it has hashed, up to LONG_HASH_UNITS units of text in all, then it starts over (the
 * figures depend only on the program).
 */
const LONG_STR = 64;
const LONG_HASH_UNITS = 1 << 22;

interface LongHashes {
  map: Map<string, number | bigint>;
  units: number;
}

const LONG_HASHES = new WeakMap<Meter, LongHashes>();

function longStrHash(s: string): number | bigint {
  const meter = activeMeter();
  let cache = LONG_HASHES.get(meter);
  if (cache === undefined) {
    cache = { map: new Map(), units: 0 };
    LONG_HASHES.set(meter, cache);
  }
  let h = cache.map.get(s);
  if (h === undefined) {
    workItems(s.length);
    h = fnv1a61(s.length, (i) => s.charCodeAt(i));
    if (s.length <= LONG_HASH_UNITS) {
      if (cache.units + s.length > LONG_HASH_UNITS) {
        cache.map.clear();
        cache.units = 0;
      }
      cache.map.set(s, h);
      cache.units += s.length;
    }
  }
  return h;
}

/** fnv1a61: the hash of strHash over n units given by unit(i); shared with bytes. */
export function fnv1a61(n: number, unit: (i: number) => number): number | bigint {
  return fnvHalves(n, unit).h;
}

const ZERO_HASH: HashHalves = { h: 0, hi: 0, lo: 0 };

/** fnvHalves: fnv1a61's value with its halves. */
function fnvHalves(n: number, unit: (i: number) => number): HashHalves {
  if (n === 0) return ZERO_HASH;
  // The 64-bit state as two 32-bit halves; the FNV prime is 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < n; i++) {
    lo = (lo ^ unit(i)) >>> 0;
    const t = lo * 0x1b3;
    const carry = Math.floor(t / 4294967296);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = t >>> 0;
  }
  // Keep 61 bits, read as signed (bit 60 is the sign), sign-extended to 64; -1 becomes -2.
  hi &= 0x1fffffff;
  if (hi & 0x10000000) hi = (hi | 0xe0000000) >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) lo = 0xfffffffe;
  const signedHi = hi >= 0x80000000 ? hi - TWO32 : hi;
  const v = signedHi * TWO32 + lo;
  const h = Number.isSafeInteger(v) ? v : BigInt(signedHi) * 4294967296n + BigInt(lo);
  return { h, hi, lo };
}
