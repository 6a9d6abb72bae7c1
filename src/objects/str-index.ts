// Code-point indexing of Python strs held as JS strings. A str is a sequence of code points; a JS
// string is a sequence of UTF-16 units in which an astral character is a surrogate pair (two
// units). A lone surrogate is one code point (Python strs may hold them) and one unit.
//
// Most strings have no surrogate pair, and for them a code-point index is a unit index. The others
// get a table of unit offsets, built once and kept in a small cache keyed by the string, so
// `for i in range(len(s)): s[i]` stays linear.

import { newException, MemoryError } from './exception.js';
import { charge, reserve, SIZE } from '../vm/meter.js';

/** hasSurrogatePair: whether s holds an astral character (so unit and code-point indices differ). */
export function hasSurrogatePair(s: string): boolean {
  return offsetsOf(s) !== null;
}

const CACHE_SIZE = 4;
const cacheKeys: string[] = [];
const cacheValues: (Int32Array | null)[] = [];
let cacheNext = 0;

// Strings shorter than this are scanned every time: a scan is cheaper than a cache probe.
const SHORT = 16;

/**
 * offsetsOf: null when s has no surrogate pair; otherwise the UTF-16 offset of each code point,
 * plus s.length at the end (so entry i..i+1 is code point i).
 */
function offsetsOf(s: string): Int32Array | null {
  if (s.length < SHORT) return hasNoPairShort(s) ? null : scanOffsets(s);
  if (s === lastKey) return lastValue;
  for (let i = 0; i < cacheKeys.length; i++) {
    if (cacheKeys[i] === s) {
      lastKey = s;
      return (lastValue = cacheValues[i]!);
    }
  }
  const v = scanOffsets(s);
  cacheKeys[cacheNext] = s;
  cacheValues[cacheNext] = v;
  cacheNext = (cacheNext + 1) % CACHE_SIZE;
  lastKey = s;
  return (lastValue = v);
}

let lastKey = '';
let lastValue: Int32Array | null = null;

const PAIR = /[\ud800-\udbff][\udc00-\udfff]/;

/** hasNoPairShort: for a short s, whether no unit is a surrogate (a loop beats the regex's call there). */
function hasNoPairShort(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return false;
  return true;
}

function scanOffsets(s: string): Int32Array | null {
  // The regular expression finds the first pair natively, several times faster than a JS loop.
  const m = PAIR.exec(s);
  if (m === null) return null;
  const n = s.length;
  let i = m.index;
  const out: number[] = [];
  for (let k = 0; k < i; k++) out.push(k);
  for (; i < n; i++) {
    out.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  out.push(n);
  return Int32Array.from(out);
}

/** cpLength: len(s) in code points. */
export function cpLength(s: string): number {
  const o = offsetsOf(s);
  return o === null ? s.length : o.length - 1;
}

/** cpToUnit: the UTF-16 offset of code point i (0 <= i <= cpLength(s)). */
export function cpToUnit(s: string, i: number): number {
  const o = offsetsOf(s);
  return o === null ? i : o[i]!;
}

/** unitToCp: the code-point index of the UTF-16 offset u (which must start a code point, or be s.length). */
export function unitToCp(s: string, u: number): number {
  const o = offsetsOf(s);
  if (o === null) return u;
  let lo = 0;
  let hi = o.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (o[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** cpAt: code point i of s as a one-character string (0 <= i < cpLength(s)). */
export function cpAt(s: string, i: number): string {
  const o = offsetsOf(s);
  if (o === null) return s[i]!;
  return s.slice(o[i]!, o[i + 1]!);
}

/** cpSlice: s[start:stop] by code points, for 0 <= start <= stop <= cpLength(s). */
export function cpSlice(s: string, start: number, stop: number): string {
  const o = offsetsOf(s);
  if (o === null) return s.slice(start, stop);
  return s.slice(o[start]!, o[stop]!);
}

/** codePoints: the code points of s. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** chars: the code points of s as one-character strings. */
export function chars(s: string): string[] {
  // The string iterator yields lone surrogates as themselves and pairs as one character.
  return Array.from(s);
}

/** fromCodePoints: the string of the given code points (lone surrogates allowed). */
export function fromCodePoints(cps: readonly number[]): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < cps.length; i += CHUNK) out += String.fromCodePoint(...cps.slice(i, i + CHUNK));
  return out;
}

/** charFromCodePoint: chr(cp) (lone surrogates allowed). */
export function charFromCodePoint(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/**
 * adjustIndices: CPython's ADJUST_INDICES: the optional start/end arguments of find(), count() ...
 * clamped to [0, length] with negative values counted from the end.
 */
export function adjustIndices(start: number, end: number, length: number): [number, number] {
  if (end > length) end = length;
  else if (end < 0) {
    end += length;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/**
 * sliceIndices: CPython's PySlice_AdjustIndices: a slice's (start, stop, step) already converted
 * by PySlice_Unpack (null for None) applied to a sequence of the given length; returns
 * [start, stop, step, slicelength].
 */
export function sliceIndices(
  start: number | null,
  stop: number | null,
  step: number | null,
  length: number,
): [number, number, number, number] {
  const st = step ?? 1;
  let a: number;
  let b: number;
  if (start === null) a = st < 0 ? length - 1 : 0;
  else {
    a = start;
    if (a < 0) {
      a += length;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= length) a = st < 0 ? length - 1 : length;
  }
  if (stop === null) b = st < 0 ? -1 : length;
  else {
    b = stop;
    if (b < 0) {
      b += length;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= length) b = st < 0 ? length - 1 : length;
  }
  let n = 0;
  if (st < 0) {
    if (b < a) n = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, n];
}

/** cpSliceStep: s[start:stop:step] by code points, with indices from sliceIndices(). */
export function cpSliceStep(s: string, start: number, step: number, count: number): string {
  if (count <= 0) return '';
  if (step === 1) return cpSlice(s, start, start + count);
  const o = offsetsOf(s);
  const parts: string[] = new Array(count);
  if (o === null) {
    for (let k = 0, i = start; k < count; k++, i += step) parts[k] = s[i]!;
  } else {
    for (let k = 0, i = start; k < count; k++, i += step) parts[k] = s.slice(o[i]!, o[i + 1]!);
  }
  return parts.join('');
}

/**
 * compareCodePoints: -1, 0 or 1 as a is below, equal to or above b in code-point order. JS `<`
 * compares UTF-16 units, which puts astral characters (surrogates 0xD800..) below U+E000..U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Below the surrogates, unit order is code-point order.
    if (x < 0xd800 || y < 0xd800) return x < y ? -1 : 1;
    const p = i > 0 ? a.charCodeAt(i - 1) : 0;
    if (p >= 0xd800 && p < 0xdc00) {
      // Both strings have the same leading surrogate before i: a trailing one after it makes an
      // astral character, which is above the lone leading surrogate the other string has.
      const xt = x >= 0xdc00 && x < 0xe000;
      const yt = y >= 0xdc00 && y < 0xe000;
      if (xt && yt) return x < y ? -1 : 1;
      if (xt) return 1;
      if (yt) return -1;
    }
    return codePointAtUnit(a, i) < codePointAtUnit(b, i) ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** codePointAtUnit: the code point starting at unit i. */
function codePointAtUnit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** MAX_STR_UNITS: the longest string the runtime builds (V8's limit is 2^29 - 24 UTF-16 units). */
export const MAX_STR_UNITS = (1 << 29) - 24;

/**
 * checkStrLength: raises MemoryError (before anything is built) when a string of `units` UTF-16
 * units could not be made; NaN and Infinity count as too long.
 */
export function checkStrLength(units: number): void {
  // Under a heap limit, a string that does not fit stops the run before it is built.
  reserve(SIZE.STR + units);
  if (!(units <= MAX_STR_UNITS)) throw newException(MemoryError);
}

/** reserveStr: checkStrLength, then charges a new str of `units` units to the heap. */
export function reserveStr(units: number): void {
  reserve(SIZE.STR + units);
  if (!(units <= MAX_STR_UNITS)) throw newException(MemoryError);
  charge(SIZE.STR + units);
}

/** chargeStr: charges the new str s to the heap and returns it. */
export function chargeStr(s: string): string {
  charge(SIZE.STR + s.length);
  return s;
}

/**
 * asMemoryError: the Python exception for a JS error raised when a string or buffer outgrew the
 * host's limits (which checkStrLength did not foresee), else the error itself, to rethrow.
 */
export function asMemoryError(e: unknown): unknown {
  if (e instanceof RangeError && /Invalid string length|Invalid typed array length|Array buffer allocation failed|Invalid array length/.test(e.message)) {
    return newException(MemoryError);
  }
  return e;
}
