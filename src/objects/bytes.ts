// Python's bytes and bytearray types: their representation, repr() (CPython's PyBytes_Repr) and the
// helpers other files need. The methods are in bytes-methods.ts, so that this file stays a leaf
// that numeric types can import without pulling in the text machinery (import cycles).

/** reprBytes is Python's repr() of a bytes object: b'...', non-ASCII and control bytes as \xhh. */
export function reprBytes(b: Uint8Array): string {
  // Single quotes unless the bytes have ' and no ", as for str.
  const quote = b.includes(0x27) && !b.includes(0x22) ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/**
 * reprByteArrayBody is the b'...' part of repr(bytearray), as CPython's bytearray_repr(): the same
 * as a bytes repr except that a single quote is always escaped, and double quotes are chosen when a
 * single quote comes before any double quote.
 */
export function reprByteArrayBody(b: Uint8Array): string {
  let quote = 0x27;
  for (const c of b) {
    if (c === 0x22) {
      quote = 0x27;
      break;
    } else if (c === 0x27) quote = 0x22;
  }
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === 0x27 || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

import { PyObject, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { raise, newException, MemoryError, EXCEPTION_TYPES } from './exception.js';
import { charge, reserve, SIZE } from '../vm/meter.js';
import { MAX_STR_UNITS } from './str-index.js';
import { bytesType, bytearrayType } from './types.js';
export { bytesType, bytearrayType };

const BufferError = EXCEPTION_TYPES.get('BufferError')!;

/** PyBytes: an immutable bytes value. */
export class PyBytes extends PyObject {
  constructor(
    readonly data: Uint8Array,
    cls: PyType = bytesType,
  ) {
    super(cls);
  }
}

/**
 * PyByteArray: a mutable bytearray. `data` is its current contents (a view); the buffer behind it
 * has spare capacity so that append and extend are amortized O(1).
 */
export class PyByteArray extends PyObject {
  buf: Uint8Array;
  len: number;
  /** exports: live memoryview exports; resizing is refused while any exist (BufferError). */
  exports = 0;
  constructor(data: Uint8Array, cls: PyType = bytearrayType) {
    super(cls);
    this.buf = data;
    this.len = data.length;
  }
  get data(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
  set data(d: Uint8Array) {
    this.buf = d;
    this.len = d.length;
  }
  /** checkResizable: BufferError while a memoryview exports the buffer, as CPython refuses a resize then. */
  checkResizable(): void {
    if (this.exports > 0) raise(BufferError, 'Existing exports of data: object cannot be re-sized');
  }
  /** reserve: room for n more bytes (a resize), charged when the buffer grows. */
  reserve(n: number): void {
    this.checkResizable();
    const need = this.len + n;
    if (need <= this.buf.length) return;
    checkBytesLength(need);
    const cap = Math.max(need, Math.min(MAX_STR_UNITS, this.buf.length + (this.buf.length >> 1) + 16));
    charge(cap - this.buf.length);
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  /** replace: sets the contents to d (owned), charging growth. */
  replace(d: Uint8Array): void {
    if (d.length !== this.len) this.checkResizable();
    if (d.length > this.buf.length) charge(d.length - this.buf.length);
    this.buf = d;
    this.len = d.length;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** BUFFER_PROVIDERS: extra bytes-like types (memoryview, array) add a function here. */
export const BUFFER_PROVIDERS: ((v: PyValue) => Uint8Array | undefined)[] = [];

/** bufferOf: the bytes of a bytes-like object (bytes, bytearray, registered buffers), or undefined. */
export function bufferOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data;
  if (typeof v !== 'object') return undefined;
  for (const p of BUFFER_PROVIDERS) {
    const b = p(v);
    if (b !== undefined) return b;
  }
  return undefined;
}

/** latin1: bytes as Latin-1 text and back. */
export const latin1 = {
  fromBytes(b: Uint8Array): string {
    if (b.length < 4096) return String.fromCharCode(...b);
    const parts: string[] = [];
    for (let i = 0; i < b.length; i += 4096) parts.push(String.fromCharCode(...b.subarray(i, i + 4096)));
    return parts.join('');
  },
  toArray(s: string): Uint8Array {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  },
  toBytes(s: string): PyBytes {
    return newBytes(latin1.toArray(s));
  },
};

/** checkBytesLength: MemoryError before making a bytes object of n bytes that could not exist. */
export function checkBytesLength(n: number): void {
  reserve(SIZE.BYTES + n);
  if (!(n <= MAX_STR_UNITS)) throw newException(MemoryError);
}

/** newBytes: a bytes object owning data, charged to the heap. */
export function newBytes(data: Uint8Array): PyBytes {
  charge(SIZE.BYTES + data.length);
  return new PyBytes(data);
}

/** newByteArray: a bytearray owning data, charged to the heap. */
export function newByteArray(data: Uint8Array): PyByteArray {
  charge(SIZE.BYTES + data.length);
  return new PyByteArray(data);
}
