// The native half of the random module, `_random`: the Mersenne Twister (MT19937) exactly as
// CPython's Modules/_randommodule.c drives it (init_genrand, init_by_array, genrand_uint32, the
// 53-bit random(), getrandbits, seeding from an int's 32-bit words or from a hash, state as 625
// ints), and SHA-512 for random.seed() of str and bytes. stdlib/random.py builds the Random class
// and every distribution on top, so that a seed gives exactly CPython's sequences.
//
// An unseeded generator seeds itself from the interpreter's entropy (the OS interface's urandom), which is a
// deterministic generator unless the embedder supplies one.

import { PyObject, type PyValue } from '../objects/object.js';
import { makeBuiltinType, typeName } from '../objects/type.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { builtinFunction, type NativeFn } from '../objects/builtin-function.js';
import { None } from '../objects/singletons.js';
import { newFloat } from '../objects/float.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { bufferOf, newBytes } from '../objects/bytes.js';
import { asIndex } from '../objects/protocol.js';
import { normBig, bigBitLength } from '../objects/int.js';
import { raise, TypeError, ValueError, OverflowError } from '../objects/exception.js';
import { currentVM } from '../vm/current.js';
import { charge, SIZE } from '../vm/meter.js';
import { osCall } from './os-errors.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** mtStateType: `_random.MTState`, the opaque generator state random.Random keeps. */
const mtStateType = makeBuiltinType('MTState', undefined, { module: '_random' });

/** MTState: one Mersenne Twister. */
export class MTState extends PyObject {
  readonly mt = new Uint32Array(N);
  index = N + 1;
  constructor() {
    super(mtStateType);
    charge(SIZE.OBJECT + N * 4);
  }

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      // 1812433253 * prev + i, modulo 2**32
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: Uint32Array): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const keyLength = key.length;
    for (let k = Math.max(N, keyLength); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = N;
  }

  /** next32: genrand_uint32(). */
  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): a double in [0, 1) from 53 bits (genrand_res53). */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
}

function stateArg(v: PyValue | undefined, name: string): MTState {
  if (!(v instanceof MTState)) raise(TypeError, `${name}() argument 1 must be _random.MTState, not ${typeName(v ?? None)}`);
  return v;
}

/** wordsOf: the 32-bit words of a non-negative int, least significant first (at least one). */
function wordsOf(n: bigint): Uint32Array {
  const count = Math.max(1, Math.ceil(bigBitLength(n) / 32));
  const key = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    key[i] = Number(n & 0xffffffffn);
    n >>= 32n;
  }
  return key;
}

/** seed(state, n): seeds from the 32-bit words of the int n (random_seed for an int, or a hash as size_t). */
const seedInt: NativeFn = (args) => {
  const st = stateArg(args[0], 'seed_int');
  let n = BigInt(asIndex(args[1]!));
  if (n < 0n) n = -n;
  st.initByArray(wordsOf(n));
  return None;
};

/** seed_hash(state, h): seeds from hash(h) read as an unsigned 64-bit value, as CPython's size_t cast. */
const seedHash: NativeFn = (args) => {
  const st = stateArg(args[0], 'seed_hash');
  const h = BigInt(asIndex(args[1]!));
  st.initByArray(wordsOf(BigInt.asUintN(64, h)));
  return None;
};

/** seed_urandom(state): seeds from 624 words of the interpreter's entropy (random_seed_urandom). */
const seedUrandom: NativeFn = (args) => {
  const st = stateArg(args[0], 'seed_urandom');
  const bytes = osCall(() => currentVM().os.urandom(N * 4));
  const key = new Uint32Array(N);
  for (let i = 0; i < N; i++) key[i] = (bytes[4 * i]! | (bytes[4 * i + 1]! << 8) | (bytes[4 * i + 2]! << 16) | (bytes[4 * i + 3]! << 24)) >>> 0;
  st.initByArray(key);
  return None;
};

/** getrandbits(state, k): a k-bit int from 32-bit draws, least significant word first. */
const getrandbits: NativeFn = (args) => {
  const st = stateArg(args[0], 'getrandbits');
  const kv = asIndex(args[1]!);
  if (kv < 0) raise(ValueError, 'number of bits must be non-negative');
  if (typeof kv === 'bigint' || kv > 2 ** 31 - 1) raise(OverflowError, 'Python int too large to convert to C int');
  let k = kv;
  if (k === 0) return 0;
  if (k <= 32) return st.next32() >>> (32 - k);
  const words = ((k - 1) >> 5) + 1;
  charge(SIZE.BIGINT + words * 4);
  let result = 0n;
  for (let i = 0; i < words; i++, k -= 32) {
    let r = st.next32();
    if (k < 32) r >>>= 32 - k;
    result |= BigInt(r) << BigInt(32 * i);
  }
  return normBig(result);
};

const getstate: NativeFn = (args) => {
  const st = stateArg(args[0], 'getstate');
  const items: PyValue[] = Array.from(st.mt);
  items.push(st.index);
  return newTuple(items);
};

const setstate: NativeFn = (args) => {
  const st = stateArg(args[0], 'setstate');
  const state = args[1];
  if (!(state instanceof PyTuple)) raise(TypeError, 'state vector must be a tuple');
  if (state.items.length !== N + 1) raise(ValueError, 'state vector is the wrong size');
  const words = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const v = asIndex(state.items[i]!);
    if (v < 0 || v > 0xffffffff) raise(OverflowError, 'Python int too large to convert to C unsigned long');
    words[i] = Number(v);
  }
  const index = asIndex(state.items[N]!);
  if (index < 0 || index > N) raise(ValueError, 'invalid state');
  st.mt.set(words);
  st.index = Number(index);
  return None;
};

// ---------------------------------------------------------------------------------------------
// SHA-512 (FIPS 180-4), for random.seed(str | bytes): inputs are short, so BigInt arithmetic.

const K512 = [
  '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538', '59f111f1b605d019', '923f82a4af194f9b', 'ab1c5ed5da6d8118',
  'd807aa98a3030242', '12835b0145706fbe', '243185be4ee4b28c', '550c7dc3d5ffb4e2', '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235', 'c19bf174cf692694',
  'e49b69c19ef14ad2', 'efbe4786384f25e3', '0fc19dc68b8cd5b5', '240ca1cc77ac9c65', '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5',
  '983e5152ee66dfab', 'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725', '06ca6351e003826f', '142929670a0e6e70',
  '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed', '53380d139d95b3df', '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b',
  'a2bfe8a14cf10364', 'a81a664bbc423001', 'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218', 'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8',
  '19a4c116b8d2d0c8', '1e376c085141ab53', '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb', '5b9cca4f7763e373', '682e6ff3d6b2b8a3',
  '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec', '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b',
  'ca273eceea26619c', 'd186b8c721c0c207', 'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6', '113f9804bef90dae', '1b710b35131c471b',
  '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc', '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a', '5fcb6fab3ad6faec', '6c44198c4a475817',
].map((h) => BigInt('0x' + h));
const H512 = ['6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b', 'a54ff53a5f1d36f1', '510e527fade682d1', '9b05688c2b3e6c1f', '1f83d9abfb41bd6b', '5be0cd19137e2179'].map((h) =>
  BigInt('0x' + h),
);
const MASK64 = (1n << 64n) - 1n;
const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK64;

/** sha512: the SHA-512 digest of data. */
export function sha512(data: Uint8Array): Uint8Array {
  const bitLen = BigInt(data.length) * 8n;
  const padded = new Uint8Array(Math.ceil((data.length + 17) / 128) * 128);
  padded.set(data);
  padded[data.length] = 0x80;
  for (let i = 0; i < 16; i++) padded[padded.length - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  const h = H512.slice();
  const w: bigint[] = new Array(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(padded[off + 8 * t + b]!);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15]!, 1n) ^ rotr(w[t - 15]!, 8n) ^ (w[t - 15]! >> 7n);
      const s1 = rotr(w[t - 2]!, 19n) ^ rotr(w[t - 2]!, 61n) ^ (w[t - 2]! >> 6n);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) & MASK64;
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK64 & g);
      const t1 = (hh + S1 + ch + K512[t]! + w[t]!) & MASK64;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    const out = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i]! + out[i]!) & MASK64;
  }
  const digest = new Uint8Array(64);
  for (let i = 0; i < 8; i++) for (let b = 0; b < 8; b++) digest[8 * i + b] = Number((h[i]! >> BigInt(56 - 8 * b)) & 0xffn);
  return digest;
}

const sha512Fn: NativeFn = (args) => {
  const data = bufferOf(args[0]!);
  if (data === undefined) raise(TypeError, `object supporting the buffer API required`);
  return newBytes(sha512(data));
};

/** makeRandomModule: the `_random` module. */
export function makeRandomModule(): PyModule {
  const d = new PyDict();
  d.setStr('__name__', '_random');
  d.setStr('MTState', mtStateType);
  const fns: Record<string, NativeFn> = {
    new_state: () => new MTState(),
    seed_int: seedInt,
    seed_hash: seedHash,
    seed_urandom: seedUrandom,
    random: (args) => newFloat(stateArg(args[0], 'random').random()),
    getrandbits,
    getstate,
    setstate,
    sha512: sha512Fn,
    urandom: (args) => {
      if (args.length !== 1) raise(TypeError, `urandom() takes exactly one argument (${args.length} given)`);
      const n = asIndex(args[0]!);
      if (n < 0) raise(ValueError, 'negative argument not allowed');
      if (typeof n === 'bigint' || n > 1 << 30) raise(OverflowError, 'cannot fit \'int\' into an index-sized integer');
      charge(SIZE.BYTES + n);
      return newBytes(osCall(() => currentVM().os.urandom(n)));
    },
  };
  for (const [name, fn] of Object.entries(fns)) d.setStr(name, builtinFunction(name, fn));
  return new PyModule('_random', d);
}
