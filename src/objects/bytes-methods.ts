// The methods of Python's bytes and bytearray types
// (https://docs.python.org/3.11/library/stdtypes.html#bytes-and-bytearray-operations), after CPython
// 3.11's Objects/bytesobject.c, bytearrayobject.c and bytes_methods.c. Most methods work on the data
// as Latin-1 text (one character per byte) and reuse JS string searching.

import { bytearrayType, bytesType } from './types.js';
import type { PyValue } from './object.js';
import { typeOf, typeName, isInstance, PyType, setTypeAttr } from './type.js';
import { defineMethods, defineStaticMethods, defineClassMethods, type NativeFn } from './builtin-function.js';
import { None, NotImplemented } from './singletons.js';
import { PyTuple, newTuple, userReflected } from './tuple.js';
import { PyList, newList } from './list.js';
import { NativeIterator, defineIteratorType } from './iterator.js';
import { raise, newException, PyException, TypeError, ValueError, IndexError, OverflowError, MemoryError } from './exception.js';
import { asIndex, call, callBound, getIter, iterNext, toArray } from './protocol.js';
import { ArgSpec } from '../builtins/args.js';
import { charge, reserve, SIZE, workItems, workBytes, workEntries, WORK_BLOCK } from '../vm/meter.js';
import { adjustIndices, MAX_STR_UNITS, asMemoryError } from './str-index.js';
import { strValue, ssizeArg, cIntArg, sliceIndexArg, fnv1a61, repeatArg } from './str.js';
import { PySlice, sliceIndices, indexNumber } from './slice.js';
import { percentFormatBytes } from './percent-format.js';
import { decodeBytes, encodeToBytes } from './codecs.js';
import { instanceDictFor } from './type-type.js';
import { reprBytes, reprByteArrayBody, PyBytes, PyByteArray, bufferOf, latin1, checkBytesLength, newBytes, newByteArray } from './bytes.js';

/** Kind: which of the two types a method belongs to (results of the same kind, messages). */
type Kind = 'bytes' | 'bytearray';

/** newByteArrayOf: a bytearray of type cls (a subclass gets a __dict__ when it needs one). */
function newByteArrayOf(cls: PyType, data: Uint8Array): PyByteArray {
  if (cls === bytearrayType) return newByteArray(data);
  charge(SIZE.BYTES + data.length);
  const b = new PyByteArray(data, cls);
  b.dict = instanceDictFor(cls);
  return b;
}

function make(kind: Kind, data: Uint8Array): PyValue {
  return kind === 'bytes' ? newBytes(data) : newByteArray(data);
}

/** bytesLikeArg: the data of a bytes-like argument, else "a bytes-like object is required". */
function bytesLikeArg(v: PyValue): Uint8Array {
  const b = bufferOf(v);
  if (b === undefined) raise(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

/** subArg: the `sub` of find/count/index/in: a bytes-like object or an int byte. */
function subArg(v: PyValue): string {
  const b = bufferOf(v);
  if (b !== undefined) return latin1.fromBytes(b);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || typeOf(v).lookup('__index__') !== undefined) {
    return String.fromCharCode(byteValue(v));
  }
  raise(TypeError, `argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

/** byteValue: an int in range(256) ("byte must be in range(0, 256)"). */
export function byteValue(v: PyValue, msg = 'byte must be in range(0, 256)'): number {
  const n = asIndex(v);
  if (n < 0 || n > 255) raise(ValueError, msg);
  return Number(n);
}

// ASCII classes of bytes (Python/pyctype.c).
const isSpaceB = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isUpperB = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLowerB = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAlphaB = (c: number): boolean => isUpperB(c) || isLowerB(c);
const isDigitB = (c: number): boolean => c >= 0x30 && c <= 0x39;

function allBytes(d: Uint8Array, pred: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (const c of d) if (!pred(c)) return false;
  return true;
}

function mapBytes(d: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i]!, i);
  return out;
}

const toUpperB = (c: number): number => (isLowerB(c) ? c - 32 : c);
const toLowerB = (c: number): number => (isUpperB(c) ? c + 32 : c);

function parseFind(name: string, args: PyValue[], kwnames: readonly string[] | null): [PyValue, number, number] {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n < 1) raise(TypeError, `${name}() takes at least 1 argument (${n} given)`);
  if (n > 3) raise(TypeError, `${name}() takes at most 3 arguments (${n} given)`);
  return [args[1]!, sliceIndexArg(args[2], 0), sliceIndexArg(args[3], 9223372036854775807)];
}

function find(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  [start, end] = adjustIndices(start, end, s.length);
  if (end - start < sub.length) return -1;
  workBytes(end - start);
  if (sub.length === 0) return reverse ? end : start;
  if (reverse) {
    const i = s.lastIndexOf(sub, end - sub.length);
    return i >= start ? i : -1;
  }
  const i = s.indexOf(sub, start);
  return i >= 0 && i + sub.length <= end ? i : -1;
}

function count(s: string, sub: string, start: number, end: number): number {
  [start, end] = adjustIndices(start, end, s.length);
  if (end - start < sub.length) return 0;
  workBytes(end - start);
  if (sub.length === 0) return end - start + 1;
  let n = 0;
  for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

function tailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean): boolean {
  [start, end] = adjustIndices(start, end, s.length);
  end -= sub.length;
  if (end < start) return false;
  workBytes(sub.length);
  return s.startsWith(sub, atEnd ? end : start);
}

function affix(name: string, s: string, p: PyValue, start: number, end: number, atEnd: boolean): boolean {
  if (p instanceof PyTuple) {
    for (const x of p.items) {
      const b = bufferOf(x);
      if (b === undefined) raise(TypeError, `a bytes-like object is required, not '${typeName(x)}'`);
      if (tailMatch(s, latin1.fromBytes(b), start, end, atEnd)) return true;
    }
    return false;
  }
  const b = bufferOf(p);
  if (b === undefined) raise(TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
  return tailMatch(s, latin1.fromBytes(b), start, end, atEnd);
}

function splitWhitespace(s: string, max: number, reverse: boolean): string[] {
  workItems(s.length);
  const out: string[] = [];
  const ws = (i: number): boolean => isSpaceB(s.charCodeAt(i));
  if (max < 0) max = Infinity;
  if (!reverse) {
    let i = 0;
    const n = s.length;
    while (max-- > 0) {
      while (i < n && ws(i)) i++;
      if (i === n) break;
      const j = i;
      while (i < n && !ws(i)) i++;
      out.push(s.slice(j, i));
    }
    while (i < n && ws(i)) i++;
    if (i < n) out.push(s.slice(i));
    return out;
  }
  let i = s.length - 1;
  while (max-- > 0) {
    while (i >= 0 && ws(i)) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !ws(i)) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && ws(i)) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

function splitSep(s: string, sep: string, max: number, reverse: boolean): string[] {
  if (sep.length === 0) raise(ValueError, 'empty separator');
  if (max < 0) max = Infinity;
  workBytes(s.length);
  const out: string[] = [];
  if (!reverse) {
    let j = 0;
    for (let i = s.indexOf(sep); i >= 0 && max > 0; i = s.indexOf(sep, j), max--) {
      out.push(s.slice(j, i));
      j = i + sep.length;
    }
    out.push(s.slice(j));
    return out;
  }
  let j = s.length;
  for (let i = j - sep.length >= 0 ? s.lastIndexOf(sep, j - sep.length) : -1; i >= 0 && max > 0; max--) {
    out.push(s.slice(i + sep.length, j));
    j = i;
    i = j - sep.length >= 0 ? s.lastIndexOf(sep, j - sep.length) : -1;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function strip(s: string, chars: string | null, which: 0 | 1 | 2): string {
  const keep = (c: string): boolean => (chars === null ? isSpaceB(c.charCodeAt(0)) : chars.includes(c));
  let i = 0;
  let j = s.length;
  if (which !== 2) while (i < j && keep(s[i]!)) i++;
  if (which !== 1) while (j > i && keep(s[j - 1]!)) j--;
  // What was skipped is charged after the fact: the scan is bounded by len(s).
  workItems((i + s.length - j) * (chars === null ? 1 : Math.max(1, chars.length >> 4)));
  return s.slice(i, j);
}

function listOf(kind: Kind, parts: string[]): PyValue {
  workItems(parts.length);
  return newList(parts.map((p) => make(kind, latin1.toArray(p))));
}

/** repeatBytes: data * n, refused before anything is built when too large. */
function repeatBytes(d: Uint8Array, n: number | bigint): Uint8Array {
  if (n <= 0 || d.length === 0) return new Uint8Array(0);
  if (typeof n === 'bigint') {
    if (n > 9223372036854775807n) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
    n = Number(n);
  }
  if (d.length * n > 9223372036854775807) raise(OverflowError, 'repeated bytes are too long');
  checkBytesLength(d.length * n);
  workBytes(d.length * n);
  const out = new Uint8Array(d.length * n);
  for (let i = 0; i < n; i++) out.set(d, i * d.length);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  checkBytesLength(a.length + b.length);
  workBytes(a.length + b.length);
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** bytesEqual: a == b, four bytes at a time where both are aligned. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  let i = 0;
  if (n >= 64 && a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = n >>> 2;
    const wa = new Uint32Array(a.buffer, a.byteOffset, words);
    const wb = new Uint32Array(b.buffer, b.byteOffset, words);
    for (let k = 0; k < words; k++) if (wa[k] !== wb[k]) return false;
    i = words << 2;
  }
  for (; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** bytesHash: hash(b): the FNV-1a hash strHash uses, so hash(b'abc') == hash('abc') as in CPython. */
export function bytesHash(d: Uint8Array): number | bigint {
  if (d.length < 64) return fnv1a61(d.length, (i) => d[i]!);
  // As CPython keeps a bytes object's hash: computed (and charged) once per data.
  let h = BYTES_HASHES.get(d);
  if (h === undefined) {
    workItems(d.length);
    h = fnv1a61(d.length, (i) => d[i]!);
    BYTES_HASHES.set(d, h);
  }
  return h;
}

/** BYTES_HASHES: the hashes of long bytes data (a bytes object's data never changes). */
const BYTES_HASHES = new WeakMap<Uint8Array, number | bigint>();

/** bytesFromObject: PyBytes_FromObject / bytearray's iterable case: a buffer, or an iterable of ints. */
function bytesFromObject(v: PyValue, kind: Kind): Uint8Array {
  const b = bufferOf(v);
  if (b !== undefined) {
    workBytes(b.length);
    return b.slice();
  }
  const msg = kind === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)';
  if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.heapType) {
    workItems(v.items.length);
    return Uint8Array.from(v.items.map((x) => byteValue(x, msg)));
  }
  if (strValue(v) !== undefined) raise(TypeError, 'string argument without an encoding');
  const t = typeOf(v);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    raise(TypeError, `cannot convert '${t.name}' object to ${kind}`);
  }
  const it = getIter(v);
  // The bytes gathered so far live in a buffer that doubles; each new buffer is reserved against
  // the heap limit first (MemoryError past the largest bytes object).
  let out = new Uint8Array(64);
  let n = 0;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if ((n & 63) === 0 && n > 0) workItems(WORK_BLOCK);
    const b = byteValue(x, msg);
    if (n === out.length) {
      if (n * 2 > MAX_STR_UNITS) throw newException(MemoryError);
      reserve(n * 2);
      const bigger = new Uint8Array(n * 2);
      bigger.set(out);
      out = bigger;
    }
    out[n++] = b;
  }
  return out.slice(0, n);
}

const BYTES_NEW = new ArgSpec('bytes', 'source=, encoding=, errors=');
const BYTEARRAY_INIT = new ArgSpec('bytearray', 'source=, encoding=, errors=');

/** bytesContents: the contents of bytes(source, encoding, errors) / bytearray(...), as CPython's bytes_new_impl. */
function bytesContents(kind: Kind, x: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined): Uint8Array {
  const encText = (v: PyValue, what: string): string => {
    const s = strValue(v);
    if (s === undefined) raise(TypeError, `${kind}() argument '${what}' must be str, not ${typeName(v)}`);
    return s;
  };
  if (x === undefined) {
    if (encoding !== undefined) raise(TypeError, 'encoding without a string argument');
    if (errors !== undefined) raise(TypeError, 'errors without a string argument');
    return new Uint8Array(0);
  }
  if (encoding !== undefined) {
    const enc = encText(encoding, 'encoding');
    const err = errors === undefined ? 'strict' : encText(errors, 'errors');
    const s = strValue(x);
    if (s === undefined) raise(TypeError, 'encoding without a string argument');
    return encodeToBytes(s, enc, err);
  }
  if (errors !== undefined) raise(TypeError, strValue(x) !== undefined ? 'string argument without an encoding' : 'errors without a string argument');
  if (kind === 'bytes') {
    const f = typeOf(x).lookup('__bytes__');
    if (f !== undefined) {
      const r = callBound(f, x, []);
      if (!(r instanceof PyBytes)) raise(TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.data;
    }
  }
  if (strValue(x) !== undefined) raise(TypeError, 'string argument without an encoding');
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || (typeOf(x).lookup('__index__') !== undefined && bufferOf(x) === undefined)) {
    const n = asIndex(x);
    if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n)) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n < 0) raise(ValueError, 'negative count');
    checkBytesLength(Number(n));
    workBytes(Number(n));
    return new Uint8Array(Number(n));
  }
  return bytesFromObject(x, kind);
}

// ---------------------------------------------------------------------------------------------
// Methods shared by bytes and bytearray

const SPLIT = new ArgSpec('split', 'sep=, maxsplit=');
const RSPLIT = new ArgSpec('rsplit', 'sep=, maxsplit=');
const SPLITLINES = new ArgSpec('splitlines', 'keepends=');
const STRIP = new ArgSpec('strip', 'bytes=, /');
const LSTRIP = new ArgSpec('lstrip', 'bytes=, /');
const RSTRIP = new ArgSpec('rstrip', 'bytes=, /');
const CENTER = new ArgSpec('center', 'width, fillchar=, /');
const LJUST = new ArgSpec('ljust', 'width, fillchar=, /');
const RJUST = new ArgSpec('rjust', 'width, fillchar=, /');
const REPLACE = new ArgSpec('replace', 'old, new, count=, /');
const EXPANDTABS = new ArgSpec('expandtabs', 'tabsize=');
const DECODE = new ArgSpec('decode', 'encoding=, errors=');
const HEX = new ArgSpec('hex', 'sep=, bytes_per_sep=');
const TRANSLATE = new ArgSpec('translate', 'table, /, delete=');
const ZFILL = new ArgSpec('zfill', 'width, /');
const MAKETRANS = new ArgSpec('maketrans', 'frm, to, /');

function fillByte(v: PyValue | undefined, name: string): string {
  if (v === undefined) return ' ';
  const b = v instanceof PyBytes || v instanceof PyByteArray ? v.data : undefined;
  if (b === undefined || b.length !== 1) raise(TypeError, `${name}() argument 2 must be a byte string of length 1, not ${typeName(v)}`);
  return String.fromCharCode(b[0]!);
}

function padText(s: string, left: number, right: number, fill: string): string {
  left = Math.max(0, left);
  right = Math.max(0, right);
  checkBytesLength(s.length + left + right);
  workBytes(s.length + left + right);
  return fill.repeat(left) + s + fill.repeat(right);
}

export function hexOf(d: Uint8Array, sep: PyValue | undefined, perSep: PyValue | undefined): string {
  workItems(d.length);
  const hexes: string[] = new Array(d.length);
  for (let i = 0; i < d.length; i++) hexes[i] = d[i]!.toString(16).padStart(2, '0');
  if (sep === undefined) return hexes.join('');
  let sepText = strValue(sep);
  if (sepText === undefined) {
    const b = bufferOf(sep);
    if (b === undefined) raise(TypeError, `sep must be str or bytes.`);
    sepText = latin1.fromBytes(b);
  }
  if (sepText.length !== 1) raise(ValueError, 'sep must be length 1.');
  const k = perSep === undefined ? 1 : cIntArg(perSep);
  if (k === 0 || d.length === 0) return hexes.join('');
  const step = Math.abs(k);
  const groups: string[] = [];
  if (k > 0) {
    let end = d.length;
    while (end > 0) {
      const start = Math.max(0, end - step);
      groups.unshift(hexes.slice(start, end).join(''));
      end = start;
    }
  } else {
    for (let start = 0; start < d.length; start += step) groups.push(hexes.slice(start, start + step).join(''));
  }
  return groups.join(sepText);
}

function fromHex(s: string): Uint8Array {
  workItems(s.length);
  const out: number[] = [];
  let i = 0;
  const hexVal = (c: string): number => {
    const v = parseInt(c, 16);
    return c.length === 1 && /[0-9a-fA-F]/.test(c) ? v : -1;
  };
  while (i < s.length) {
    if (/[ \t\n\r\x0b\x0c]/.test(s[i]!)) {
      i++;
      continue;
    }
    const hi = hexVal(s[i]!);
    if (hi < 0) raise(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hexVal(s[i + 1]!) : -1;
    if (lo < 0) raise(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

function expandTabs(s: string, tabsize: number): string {
  workItems(s.length);
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const inc = tabsize - (col % tabsize);
        checkBytesLength(out.length + inc);
        workBytes(inc);
        out += ' '.repeat(inc);
        col += inc;
      }
    } else {
      out += ch;
      col++;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}

function title(d: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(d, (c) => {
    const r = prevCased ? toLowerB(c) : toUpperB(c);
    prevCased = isAlphaB(c);
    return r;
  });
}

function istitle(d: Uint8Array): boolean {
  let cased = false;
  let prev = false;
  for (const c of d) {
    if (isUpperB(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerB(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

function replaceText(s: string, old: string, rep: string, max: number): string {
  if (max < 0) max = Infinity;
  if (max === 0) return s;
  if (old.length === 0) {
    const n = Math.min(max, s.length + 1);
    checkBytesLength(s.length + n * rep.length);
    workItems(s.length);
    workBytes(s.length + n * rep.length);
    let out = '';
    for (let i = 0; i < s.length; i++) out += (i < n ? rep : '') + s[i];
    if (n > s.length) out += rep;
    return out;
  }
  const parts: string[] = [];
  let j = 0;
  let k = 0;
  let total = 0;
  workBytes(s.length);
  for (let i = s.indexOf(old); i >= 0 && k < max; i = s.indexOf(old, j), k++) {
    parts.push(s.slice(j, i));
    total += i - j + rep.length;
    checkBytesLength(total);
    j = i + old.length;
  }
  parts.push(s.slice(j));
  workItems(parts.length);
  workBytes(total + s.length - j);
  return parts.join(rep);
}

function splitLines(s: string, keep: boolean): string[] {
  workItems(s.length);
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const j = i;
    while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
    let eol = i;
    if (i < n) {
      i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
      if (keep) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/**
 * SELF_WORK: the methods that go through all of self's data, charged before they run: 'bytes'
 * for bulk work (searching, comparing, copying: workBytes), 'items' for a JS loop byte by byte
 * (workItems). The other methods charge where their work is (the text of the data, the size
 * of a result, the part of a buffer that moves) or do a fixed amount of it.
 */
const SELF_WORK: Record<string, 'bytes' | 'items'> = {
  capitalize: 'items',
  lower: 'items',
  upper: 'items',
  swapcase: 'items',
  title: 'items',
  isalnum: 'items',
  isalpha: 'items',
  isascii: 'items',
  isdigit: 'items',
  islower: 'items',
  isspace: 'items',
  istitle: 'items',
  isupper: 'items',
  __repr__: 'items',
  __contains__: 'bytes',
  __eq__: 'bytes',
  __ne__: 'bytes',
  __lt__: 'bytes',
  __le__: 'bytes',
  __gt__: 'bytes',
  __ge__: 'bytes',
  __getnewargs__: 'bytes',
  __bytes__: 'bytes',
  partition: 'bytes',
  rpartition: 'bytes',
  copy: 'bytes',
  reverse: 'bytes',
  remove: 'bytes',
};

/** methodsFor: wraps implementations taking self's data; self's type is checked as a method descriptor does. */
function methodsFor(kind: Kind, t: PyType, table: Record<string, (d: Uint8Array, args: PyValue[], kw: readonly string[] | null, self: PyBytes | PyByteArray) => PyValue>): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  for (const [name, fn] of Object.entries(table)) {
    const selfWork = Object.hasOwn(SELF_WORK, name) ? SELF_WORK[name] : undefined;
    out[name] = (args, kw) => {
      const self = args[0];
      const ok = kind === 'bytes' ? self instanceof PyBytes : self instanceof PyByteArray;
      if (!ok) {
        if (self === undefined) raise(TypeError, `unbound method ${t.name}.${name}() needs an argument`);
        if (name.startsWith('__')) raise(TypeError, `descriptor '${name}' requires a '${t.name}' object but received a '${typeName(self)}'`);
        raise(TypeError, `descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeName(self)}' object`);
      }
      const d = (self as PyBytes | PyByteArray).data;
      if (selfWork === 'bytes') workBytes(d.length);
      else if (selfWork === 'items') workItems(d.length);
      try {
        return fn(d, args, kw, self as PyBytes | PyByteArray);
      } catch (e) {
        throw asMemoryError(e);
      }
    };
  }
  return out;
}

function noArgs(kind: Kind, name: string, args: PyValue[], kw: readonly string[] | null): void {
  if (kw !== null && kw.length > 0) raise(TypeError, `${kind}.${name}() takes no keyword arguments`);
  if (args.length !== 1) raise(TypeError, `${kind}.${name}() takes no arguments (${args.length - 1} given)`);
}

function oneArg(kind: Kind, name: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  if (kw !== null && kw.length > 0) raise(TypeError, `${kind}.${name}() takes no keyword arguments`);
  if (args.length !== 2) raise(TypeError, `${kind}.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1]!;
}

function wrapperArgs(name: string, args: PyValue[], kw: readonly string[] | null, n: number): void {
  if (kw !== null && kw.length > 0) raise(TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length - 1 !== n) raise(TypeError, `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
}

function stripArg(v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  return latin1.fromBytes(bytesLikeArg(v));
}

function translate(d: Uint8Array, table: PyValue, del: PyValue | undefined): Uint8Array {
  let map: Uint8Array | null = null;
  if (table !== None) {
    map = bufferOf(table) ?? null;
    if (map === null) raise(TypeError, `a bytes-like object is required, not '${typeName(table)}'`);
    if (map.length !== 256) raise(ValueError, 'translation table must be 256 characters long');
  }
  const delSet = new Set(del === undefined ? [] : bytesLikeArg(del));
  workItems(d.length);
  const out: number[] = [];
  for (const c of d) if (!delSet.has(c)) out.push(map === null ? c : map[c]!);
  return Uint8Array.from(out);
}

/** subscript: self[key] for bytes and bytearray. */
function subscript(kind: Kind, d: Uint8Array, key: PyValue): PyValue {
  if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint' || (typeof key === 'object' && typeOf(key).lookup('__index__') !== undefined)) {
    let i = indexNumber(asIndex(key));
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raise(IndexError, kind === 'bytes' ? 'index out of range' : 'bytearray index out of range');
    return d[i]!;
  }
  if (!(key instanceof PySlice)) raise(TypeError, `${kind === 'bytes' ? 'byte' : 'bytearray'} indices must be integers or slices, not ${typeName(key)}`);
  const [start, , step, n] = sliceIndices(key, d.length);
  let out: Uint8Array;
  if (step === 1) {
    workBytes(n);
    out = d.slice(start, start + n);
  } else {
    workItems(n);
    out = new Uint8Array(n);
    for (let k = 0, i = start; k < n; k++, i += step) out[k] = d[i]!;
  }
  return make(kind, out);
}

const TEXTS = new WeakMap<Uint8Array, string>();

/** byteArrayText: the latin-1 text of a bytearray's data (made every time: it may change). */
function byteArrayText(d: Uint8Array): string {
  workBytes(d.length);
  return latin1.fromBytes(d);
}

/** bytesText: the latin-1 text of an immutable bytes object's data, cached. */
function bytesText(d: Uint8Array): string {
  if (d.length < 64) return latin1.fromBytes(d);
  let t = TEXTS.get(d);
  if (t === undefined) {
    workBytes(d.length);
    t = latin1.fromBytes(d);
    TEXTS.set(d, t);
  }
  return t;
}

/** sharedMethods: the methods bytes and bytearray have in common, made for one of them. */
function sharedMethods(kind: Kind, t: PyType): Record<string, NativeFn> {
  const res = (d: Uint8Array): PyValue => make(kind, d);
  const resText = (s: string): PyValue => (workBytes(s.length), make(kind, latin1.toArray(s)));
  // bytes never change, so their text form (one char per byte) is made once per object.
  const text = kind === 'bytes' ? bytesText : byteArrayText;
  return methodsFor(kind, t, {
    capitalize: (d, a, k) => (noArgs(kind, 'capitalize', a, k), res(mapBytes(d, (c, i) => (i === 0 ? toUpperB(c) : toLowerB(c))))),
    center: (d, a, k) => {
      const [w, f] = CENTER.unpack(a, k, 1);
      const width = ssizeArg(w!);
      const fill = fillByte(f, 'center');
      const s = text(d);
      if (s.length >= width) return resText(s);
      const marg = width - s.length;
      const left = Math.floor(marg / 2) + (marg & width & 1);
      return resText(padText(s, left, marg - left, fill));
    },
    count: (d, a, k) => {
      const [sub, start, end] = parseFind('count', a, k);
      return count(text(d), subArg(sub), start, end);
    },
    decode: (d, a, k) => {
      const [enc, err] = DECODE.unpack(a, k, 1);
      const e = enc === undefined ? 'utf-8' : strValue(enc);
      if (e === undefined) raise(TypeError, `decode() argument 'encoding' must be str, not ${typeName(enc!)}`);
      const r = err === undefined ? 'strict' : strValue(err);
      if (r === undefined) raise(TypeError, `decode() argument 'errors' must be str, not ${typeName(err!)}`);
      return decodeBytes(d, e, r);
    },
    endswith: (d, a, k) => {
      const [p, start, end] = parseFind('endswith', a, k);
      return affix('endswith', text(d), p, start, end, true);
    },
    expandtabs: (d, a, k) => {
      const [ts] = EXPANDTABS.unpack(a, k, 1);
      return resText(expandTabs(text(d), ts === undefined ? 8 : cIntArg(ts)));
    },
    find: (d, a, k) => {
      const [sub, start, end] = parseFind('find', a, k);
      return find(text(d), subArg(sub), start, end, false);
    },
    hex: (d, a, k) => {
      const [sep, per] = HEX.unpack(a, k, 1);
      const s = hexOf(d, sep, per);
      charge(SIZE.STR + s.length);
      return s;
    },
    index: (d, a, k) => {
      const [sub, start, end] = parseFind('index', a, k);
      const r = find(text(d), subArg(sub), start, end, false);
      if (r < 0) raise(ValueError, 'subsection not found');
      return r;
    },
    isalnum: (d, a, k) => (noArgs(kind, 'isalnum', a, k), allBytes(d, (c) => isAlphaB(c) || isDigitB(c))),
    isalpha: (d, a, k) => (noArgs(kind, 'isalpha', a, k), allBytes(d, isAlphaB)),
    isascii: (d, a, k) => (noArgs(kind, 'isascii', a, k), d.every((c) => c < 0x80)),
    isdigit: (d, a, k) => (noArgs(kind, 'isdigit', a, k), allBytes(d, isDigitB)),
    islower: (d, a, k) => (noArgs(kind, 'islower', a, k), d.some(isLowerB) && !d.some(isUpperB)),
    isspace: (d, a, k) => (noArgs(kind, 'isspace', a, k), allBytes(d, isSpaceB)),
    istitle: (d, a, k) => (noArgs(kind, 'istitle', a, k), istitle(d)),
    isupper: (d, a, k) => (noArgs(kind, 'isupper', a, k), d.some(isUpperB) && !d.some(isLowerB)),
    join: (d, a, k) => {
      const iterable = oneArg(kind, 'join', a, k);
      let items: PyValue[];
      try {
        items = toArray(iterable);
      } catch (e) {
        if (e instanceof PyException && isInstance(e, TypeError)) raise(TypeError, 'can only join an iterable');
        throw e;
      }
      const parts: Uint8Array[] = [];
      let total = d.length * Math.max(0, items.length - 1);
      items.forEach((v, i) => {
        const b = bufferOf(v);
        if (b === undefined) raise(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(v)} found`);
        parts.push(b);
        total += b.length;
      });
      checkBytesLength(total);
      workItems(items.length);
      workBytes(total);
      const out = new Uint8Array(total);
      let pos = 0;
      parts.forEach((p, i) => {
        if (i > 0) {
          out.set(d, pos);
          pos += d.length;
        }
        out.set(p, pos);
        pos += p.length;
      });
      return res(out);
    },
    ljust: (d, a, k) => {
      const [w, f] = LJUST.unpack(a, k, 1);
      const s = text(d);
      return resText(padText(s, 0, ssizeArg(w!) - s.length, fillByte(f, 'ljust')));
    },
    lower: (d, a, k) => (noArgs(kind, 'lower', a, k), res(mapBytes(d, toLowerB))),
    lstrip: (d, a, k) => resText(strip(text(d), stripArg(LSTRIP.unpack(a, k, 1)[0]), 1)),
    partition: (d, a, k) => {
      const sep = latin1.fromBytes(bytesLikeArg(oneArg(kind, 'partition', a, k)));
      if (sep.length === 0) raise(ValueError, 'empty separator');
      const s = text(d);
      const i = s.indexOf(sep);
      if (i < 0) return newTuple([resText(s), resText(''), resText('')]);
      return newTuple([resText(s.slice(0, i)), resText(sep), resText(s.slice(i + sep.length))]);
    },
    removeprefix: (d, a, k) => {
      const p = bytesLikeArg(oneArg(kind, 'removeprefix', a, k));
      const s = text(d);
      const ps = latin1.fromBytes(p);
      return resText(ps.length > 0 && s.startsWith(ps) ? s.slice(ps.length) : s);
    },
    removesuffix: (d, a, k) => {
      const p = bytesLikeArg(oneArg(kind, 'removesuffix', a, k));
      const s = text(d);
      const ps = latin1.fromBytes(p);
      return resText(ps.length > 0 && s.endsWith(ps) ? s.slice(0, s.length - ps.length) : s);
    },
    replace: (d, a, k) => {
      const [o, n, c] = REPLACE.unpack(a, k, 1);
      const old = latin1.fromBytes(bytesLikeArg(o!));
      const rep = latin1.fromBytes(bytesLikeArg(n!));
      return resText(replaceText(text(d), old, rep, c === undefined ? -1 : ssizeArg(c)));
    },
    rfind: (d, a, k) => {
      const [sub, start, end] = parseFind('rfind', a, k);
      return find(text(d), subArg(sub), start, end, true);
    },
    rindex: (d, a, k) => {
      const [sub, start, end] = parseFind('rindex', a, k);
      const r = find(text(d), subArg(sub), start, end, true);
      if (r < 0) raise(ValueError, 'subsection not found');
      return r;
    },
    rjust: (d, a, k) => {
      const [w, f] = RJUST.unpack(a, k, 1);
      const s = text(d);
      return resText(padText(s, ssizeArg(w!) - s.length, 0, fillByte(f, 'rjust')));
    },
    rpartition: (d, a, k) => {
      const sep = latin1.fromBytes(bytesLikeArg(oneArg(kind, 'rpartition', a, k)));
      if (sep.length === 0) raise(ValueError, 'empty separator');
      const s = text(d);
      const i = s.lastIndexOf(sep);
      if (i < 0) return newTuple([resText(''), resText(''), resText(s)]);
      return newTuple([resText(s.slice(0, i)), resText(sep), resText(s.slice(i + sep.length))]);
    },
    rsplit: (d, a, k) => {
      const [sep, max] = RSPLIT.unpack(a, k, 1);
      const m = max === undefined ? -1 : ssizeArg(max);
      const s = text(d);
      return listOf(kind, sep === undefined || sep === None ? splitWhitespace(s, m, true) : splitSep(s, latin1.fromBytes(bytesLikeArg(sep)), m, true));
    },
    rstrip: (d, a, k) => resText(strip(text(d), stripArg(RSTRIP.unpack(a, k, 1)[0]), 2)),
    split: (d, a, k) => {
      const [sep, max] = SPLIT.unpack(a, k, 1);
      const m = max === undefined ? -1 : ssizeArg(max);
      const s = text(d);
      return listOf(kind, sep === undefined || sep === None ? splitWhitespace(s, m, false) : splitSep(s, latin1.fromBytes(bytesLikeArg(sep)), m, false));
    },
    splitlines: (d, a, k) => {
      const [keep] = SPLITLINES.unpack(a, k, 1);
      return listOf(kind, splitLines(text(d), keep !== undefined && cIntArg(keep) !== 0));
    },
    startswith: (d, a, k) => {
      const [p, start, end] = parseFind('startswith', a, k);
      return affix('startswith', text(d), p, start, end, false);
    },
    strip: (d, a, k) => resText(strip(text(d), stripArg(STRIP.unpack(a, k, 1)[0]), 0)),
    swapcase: (d, a, k) => (noArgs(kind, 'swapcase', a, k), res(mapBytes(d, (c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c)))),
    title: (d, a, k) => (noArgs(kind, 'title', a, k), res(title(d))),
    translate: (d, a, k) => {
      const [table, del] = TRANSLATE.unpack(a, k, 1);
      return res(translate(d, table!, del));
    },
    upper: (d, a, k) => (noArgs(kind, 'upper', a, k), res(mapBytes(d, toUpperB))),
    zfill: (d, a, k) => {
      const width = ssizeArg(ZFILL.unpack(a, k, 1)[0]!);
      const s = text(d);
      if (s.length >= width) return resText(s);
      const fill = width - s.length;
      checkBytesLength(width);
      const c = s[0];
      return resText(c === '+' || c === '-' ? c + '0'.repeat(fill) + s.slice(1) : '0'.repeat(fill) + s);
    },

    __add__: (d, a, k) => {
      wrapperArgs('__add__', a, k, 1);
      const b = bufferOf(a[1]!);
      if (b === undefined) {
        if (userReflected(a[1]!, '__radd__')) return NotImplemented;
        raise(TypeError, `can't concat ${typeName(a[1]!)} to ${kind}`);
      }
      return res(concat(d, b));
    },
    __contains__: (d, a, k) => {
      wrapperArgs('__contains__', a, k, 1);
      const v = a[1]!;
      const b = bufferOf(v);
      if (b !== undefined) return text(d).includes(latin1.fromBytes(b));
      if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || typeOf(v).lookup('__index__') !== undefined) return d.includes(byteValue(v));
      raise(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
    },
    __eq__: compare(2),
    __ne__: compare(3),
    __lt__: compare(0),
    __le__: compare(1),
    __gt__: compare(4),
    __ge__: compare(5),
    __getitem__: (d, a, k) => (wrapperArgs('__getitem__', a, k, 1), subscript(kind, d, a[1]!)),
    __iter__: (_d, a, k, self) => {
      wrapperArgs('__iter__', a, k, 0);
      charge(SIZE.OBJECT + SIZE.SLOT * 2);
      return new BytesIterator(self, kind === 'bytes' ? bytesIteratorType : bytearrayIteratorType);
    },
    __len__: (d, a, k) => (wrapperArgs('__len__', a, k, 0), d.length),
    __mod__: (d, a, k) => (wrapperArgs('__mod__', a, k, 1), resText(percentFormatBytes(text(d), a[1]!))),
    __rmod__: (_d, a, k) => {
      wrapperArgs('__rmod__', a, k, 1);
      const b = a[1] instanceof PyBytes || a[1] instanceof PyByteArray ? a[1].data : undefined;
      if (b === undefined) return NotImplemented;
      return make(a[1] instanceof PyBytes ? 'bytes' : 'bytearray', latin1.toArray(percentFormatBytes(latin1.fromBytes(b), a[0]!)));
    },
    __mul__: (d, a, k) => (wrapperArgs('__mul__', a, k, 1), repeatArg(a[1]!, '__rmul__') ?? res(repeatBytes(d, asIndex(a[1]!)))),
    __rmul__: (d, a, k) => (wrapperArgs('__rmul__', a, k, 1), repeatArg(a[1]!, '__mul__') ?? res(repeatBytes(d, asIndex(a[1]!)))),
  });

  function compare(op: number): (d: Uint8Array, a: PyValue[], k: readonly string[] | null) => PyValue {
    return (d, a, k) => {
      wrapperArgs(['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'][op]!, a, k, 1);
      const other = a[1]!;
      const b = kind === 'bytes' ? (other instanceof PyBytes ? other.data : undefined) : bufferOf(other);
      if (b === undefined) return NotImplemented;
      if (op === 2 || op === 3) {
        const eq = bytesEqual(d, b);
        return op === 2 ? eq : !eq;
      }
      const c = compareBytes(d, b);
      return op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 4 ? c > 0 : c >= 0;
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Iterators

/** bytesIteratorType: `bytes_iterator`. */
export const bytesIteratorType = defineIteratorType('bytes_iterator');
/** bytearrayIteratorType: `bytearray_iterator`. */
export const bytearrayIteratorType = defineIteratorType('bytearray_iterator');

/** BytesIterator: iter(b), yielding ints; a bytearray is read live, as CPython does. */
export class BytesIterator extends NativeIterator {
  pos = 0;
  constructor(
    readonly src: PyBytes | PyByteArray,
    t: PyType,
  ) {
    super(t);
  }
  next(): PyValue | undefined {
    const d = this.src.data;
    if (this.pos >= d.length) return undefined;
    return d[this.pos++]!;
  }
}

for (const it of [bytesIteratorType, bytearrayIteratorType]) {
  defineMethods(it, {
    __length_hint__: (args) => {
      const self = args[0] as BytesIterator;
      return Math.max(0, self.src.data.length - self.pos);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// bytes

defineMethods(bytesType, {
  ...sharedMethods('bytes', bytesType),
  ...methodsFor('bytes', bytesType, {
    __hash__: (d, a, k) => (wrapperArgs('__hash__', a, k, 0), bytesHash(d)),
    __repr__: (d, a, k) => {
      wrapperArgs('__repr__', a, k, 0);
      const s = reprBytes(d);
      charge(SIZE.STR + s.length);
      return s;
    },
    __getnewargs__: (d, a, k) => (noArgs('bytes', '__getnewargs__', a, k), newTuple([newBytes(d.slice())])),
    __bytes__: (d, a, k, self) => (noArgs('bytes', '__bytes__', a, k), self.cls === bytesType ? self : newBytes(d.slice())),
  }),
});

defineStaticMethods(bytesType, {
  __new__: (args, kwnames) => {
    if (args.length === 0) raise(TypeError, 'bytes.__new__(): not enough arguments');
    const cls = args[0];
    if (!(cls instanceof PyType)) raise(TypeError, `bytes.__new__(X): X is not a type object (${typeName(cls!)})`);
    if (!cls.isSubtypeOf(bytesType)) raise(TypeError, `bytes.__new__(${cls.name}): ${cls.name} is not a subtype of bytes`);
    const [src, enc, err] = BYTES_NEW.unpack(args, kwnames, 1);
    const data = bytesContents('bytes', src, enc, err);
    if (cls === bytesType) {
      if (src instanceof PyBytes && src.cls === bytesType) return src;
      if (data !== (src as PyBytes | undefined)?.data) return newBytes(data);
      workBytes(data.length);
      return newBytes(data.slice());
    }
    charge(SIZE.BYTES + data.length);
    const o = new PyBytes(data, cls);
    o.dict = instanceDictFor(cls);
    return o;
  },
  maketrans: (args, kw) => makeTrans(args, kw),
});

function makeTrans(args: PyValue[], kw: readonly string[] | null): PyValue {
  const [frm, to] = MAKETRANS.unpack(args, kw);
  const a = bytesLikeArg(frm!);
  const b = bytesLikeArg(to!);
  if (a.length !== b.length) raise(ValueError, 'maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < a.length; i++) table[a[i]!] = b[i]!;
  return newBytes(table);
}

function fromhexArg(args: PyValue[], kw: readonly string[] | null): Uint8Array {
  if (kw !== null && kw.length > 0) raise(TypeError, 'fromhex() takes no keyword arguments');
  if (args.length !== 2) raise(TypeError, `fromhex() takes exactly one argument (${args.length - 1} given)`);
  const s = strValue(args[1]!);
  if (s === undefined) raise(TypeError, `fromhex() argument must be str, not ${typeName(args[1]!)}`);
  return fromHex(s);
}

defineClassMethods(bytesType, {
  fromhex: (args, kw) => {
    const data = fromhexArg(args, kw);
    const cls = args[0] as PyType;
    const b = newBytes(data);
    return cls === bytesType ? b : call(cls, [b]);
  },
});

// ---------------------------------------------------------------------------------------------
// bytearray

const POP = new ArgSpec('pop', 'index=, /');
const INSERT = new ArgSpec('insert', 'index, item, /');

/** byteArrayExtend: ba.extend(iterable) / ba += buffer. */
export function byteArrayExtend(ba: PyByteArray, v: PyValue): void {
  const b = bufferOf(v);
  let data: Uint8Array;
  if (b !== undefined) {
    workBytes(b.length);
    data = b.slice();
  } else {
    if (strValue(v) !== undefined) raise(TypeError, "expected iterable of integers; got: 'str'");
    const t = typeOf(v);
    if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) raise(TypeError, `can't extend bytearray with ${t.name}`);
    data = bytesFromObject(v, 'bytearray');
  }
  ba.reserve(data.length);
  ba.buf.set(data, ba.len);
  ba.len += data.length;
}

/** setSlice: ba[slice] = value (value undefined: del ba[slice]). */
function setSlice(ba: PyByteArray, key: PySlice, value: PyValue | undefined): void {
  const d = ba.data;
  const [start, stop, step, n] = sliceIndices(key, d.length);
  let src: Uint8Array = new Uint8Array(0);
  if (value !== undefined) {
    if (value === ba) src = d.slice();
    else {
      const buf = bufferOf(value);
      if (buf !== undefined) {
        workBytes(buf.length);
        src = buf.slice();
      }
      else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
        raise(TypeError, `can assign only bytes, buffers, or iterables of ints in range(0, 256)`);
      } else if (strValue(value) !== undefined) raise(TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      else src = bytesFromObject(value, 'bytearray');
    }
  }
  if (step === 1) {
    const hi = Math.max(start, stop);
    workBytes(d.length + src.length);
    const out = new Uint8Array(d.length - (hi - start) + src.length);
    out.set(d.subarray(0, start));
    out.set(src, start);
    out.set(d.subarray(hi), start + src.length);
    ba.replace(out);
    return;
  }
  if (value === undefined) {
    workEntries(n);
    workItems(d.length);
    const drop = new Set<number>();
    for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
    ba.replace(d.filter((_, i) => !drop.has(i)));
    return;
  }
  if (src.length !== n) raise(ValueError, `attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
  workItems(n);
  for (let k = 0, i = start; k < n; k++, i += step) ba.buf[i] = src[k]!;
}

defineMethods(bytearrayType, {
  ...sharedMethods('bytearray', bytearrayType),
  ...methodsFor('bytearray', bytearrayType, {
    __repr__: (d, a, k, self) => {
      wrapperArgs('__repr__', a, k, 0);
      const s = `${self.cls === bytearrayType ? 'bytearray' : self.cls.name}(${reprByteArrayBody(d)})`;
      charge(SIZE.STR + s.length);
      return s;
    },
    __alloc__: (_d, a, k, self) => (noArgs('bytearray', '__alloc__', a, k), (self as PyByteArray).buf.length + 1),
    append: (_d, a, k, self) => {
      const ba = self as PyByteArray;
      const v = byteValue(oneArg('bytearray', 'append', a, k));
      ba.reserve(1);
      ba.buf[ba.len++] = v;
      return None;
    },
    clear: (_d, a, k, self) => {
      noArgs('bytearray', 'clear', a, k);
      (self as PyByteArray).replace(new Uint8Array(0));
      return None;
    },
    copy: (d, a, k) => (noArgs('bytearray', 'copy', a, k), newByteArray(d.slice())),
    extend: (_d, a, k, self) => {
      byteArrayExtend(self as PyByteArray, oneArg('bytearray', 'extend', a, k));
      return None;
    },
    insert: (d, a, k, self) => {
      const [idx, item] = INSERT.unpack(a, k, 1);
      let i = ssizeArg(idx!);
      const v = byteValue(item!);
      const n = d.length;
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      const ba = self as PyByteArray;
      ba.reserve(1);
      workBytes(ba.len - i);
      ba.buf.copyWithin(i + 1, i, ba.len);
      ba.buf[i] = v;
      ba.len++;
      return None;
    },
    pop: (d, a, k, self) => {
      const [idx] = POP.unpack(a, k, 1);
      if (d.length === 0) raise(IndexError, 'pop from empty bytearray');
      let i = idx === undefined ? -1 : ssizeArg(idx);
      if (i < 0) i += d.length;
      if (i < 0 || i >= d.length) raise(IndexError, 'pop index out of range');
      const v = d[i]!;
      const ba = self as PyByteArray;
      ba.checkResizable();
      workBytes(ba.len - i);
      ba.buf.copyWithin(i, i + 1, ba.len);
      ba.len--;
      return v;
    },
    remove: (d, a, k, self) => {
      const v = byteValue(oneArg('bytearray', 'remove', a, k));
      const i = d.indexOf(v);
      if (i < 0) raise(ValueError, 'value not found in bytearray');
      const ba = self as PyByteArray;
      ba.checkResizable();
      ba.buf.copyWithin(i, i + 1, ba.len);
      ba.len--;
      return None;
    },
    reverse: (d, a, k) => {
      noArgs('bytearray', 'reverse', a, k);
      d.reverse();
      return None;
    },
    __setitem__: (d, a, k, self) => {
      wrapperArgs('__setitem__', a, k, 2);
      const key = a[1]!;
      if (key instanceof PySlice) {
        setSlice(self as PyByteArray, key, a[2]!);
        return None;
      }
      if (!(typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint' || typeOf(key).lookup('__index__') !== undefined)) {
        raise(TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
      }
      let i = indexNumber(asIndex(key));
      if (i < 0) i += d.length;
      if (i < 0 || i >= d.length) raise(IndexError, 'bytearray index out of range');
      d[i] = byteValue(a[2]!);
      return None;
    },
    __delitem__: (d, a, k, self) => {
      wrapperArgs('__delitem__', a, k, 1);
      const key = a[1]!;
      if (key instanceof PySlice) {
        setSlice(self as PyByteArray, key, undefined);
        return None;
      }
      if (!(typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint' || typeOf(key).lookup('__index__') !== undefined)) {
        raise(TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
      }
      let i = indexNumber(asIndex(key));
      if (i < 0) i += d.length;
      if (i < 0 || i >= d.length) raise(IndexError, 'bytearray index out of range');
      const ba = self as PyByteArray;
      ba.checkResizable();
      workBytes(ba.len - i);
      ba.buf.copyWithin(i, i + 1, ba.len);
      ba.len--;
      return None;
    },
    __iadd__: (_d, a, k, self) => {
      wrapperArgs('__iadd__', a, k, 1);
      const b = bufferOf(a[1]!);
      if (b === undefined) raise(TypeError, `can't concat ${typeName(a[1]!)} to bytearray`);
      byteArrayExtend(self as PyByteArray, a[1]!);
      return self;
    },
    __imul__: (d, a, k, self) => {
      wrapperArgs('__imul__', a, k, 1);
      const no = repeatArg(a[1]!, '__rmul__');
      if (no !== undefined) return no;
      (self as PyByteArray).replace(repeatBytes(d, asIndex(a[1]!)));
      return self;
    },
    __init__: (_d, a, k, self) => {
      const [src, enc, err] = BYTEARRAY_INIT.unpack(a, k, 1);
      const data = bytesContents('bytearray', src, enc, err);
      workBytes(data.length);
      (self as PyByteArray).replace(data.slice());
      return None;
    },
  }),
});

// bytearray is unhashable: __hash__ is None in its namespace, as CPython sets it.
setTypeAttr(bytearrayType, '__hash__', None);

defineStaticMethods(bytearrayType, {
  __new__: (args) => {
    if (args.length === 0) raise(TypeError, 'bytearray.__new__(): not enough arguments');
    const cls = args[0];
    if (!(cls instanceof PyType)) raise(TypeError, `bytearray.__new__(X): X is not a type object (${typeName(cls!)})`);
    if (!cls.isSubtypeOf(bytearrayType)) raise(TypeError, `bytearray.__new__(${cls.name}): ${cls.name} is not a subtype of bytearray`);
    return newByteArrayOf(cls, new Uint8Array(0));
  },
  maketrans: (args, kw) => makeTrans(args, kw),
});

defineClassMethods(bytearrayType, {
  fromhex: (args, kw) => {
    const data = fromhexArg(args, kw);
    const cls = args[0] as PyType;
    const b = newByteArray(data);
    return cls === bytearrayType ? b : call(cls, [b]);
  },
});

