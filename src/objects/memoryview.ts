// Python's memoryview, the basic one: one-dimensional views of bytes and bytearray with format
// 'B' (itemsize 1): len, indexing, slicing (any step), assignment through a writable view,
// tobytes/tolist/hex, toreadonly, release and the context manager, comparison with any
// bytes-like object, and hash of read-only views. cast() to other formats is not built yet (it
// raises NotImplementedError). Unlike CPython, a view does not lock its bytearray's size: without
// reference counting a view could never be known to be gone, and the bytearray would stay locked.

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, typeName } from './type.js';
import { defineMethods, defineStaticMethods } from './builtin-function.js';
import { defineGetSets } from './descriptor.js';
import { None, NotImplemented } from './singletons.js';
import { raise, TypeError, ValueError, IndexError, NotImplementedError } from './exception.js';
import { PyByteArray, bufferOf, newBytes, BUFFER_PROVIDERS } from './bytes.js';
import { hexOf, bytesHash } from './bytes-methods.js';
import { PySlice, sliceIndices, isIndexable } from './slice.js';
import { asIndex } from './protocol.js';
import { newTuple } from './tuple.js';
import { newList } from './list.js';
import { NativeIterator, defineIteratorType } from './iterator.js';
import { checkNewArgs } from './type-type.js';
import { addressOf } from './id.js';
import { ArgSpec } from '../builtins/args.js';
import { charge, SIZE } from '../vm/meter.js';

/** memoryviewType: `memoryview`. */
export const memoryviewType = makeBuiltinType('memoryview');
const memoryIteratorType = defineIteratorType('memory_iterator');

/** PyMemoryView: a view of obj's bytes: items start, start + step, ... (length of them). */
export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    readonly obj: PyValue,
    readonly start: number,
    readonly step: number,
    readonly length: number,
    readonly readonly: boolean,
  ) {
    super(memoryviewType);
  }

  /** base: the underlying bytes now (a bytearray may have been resized since). */
  base(): Uint8Array {
    if (this.released) raise(ValueError, 'operation forbidden on released memoryview object');
    return bufferOf(this.obj)!;
  }

  /** bytes: the viewed items as a new array. */
  bytes(): Uint8Array {
    const b = this.base();
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = b[this.start + i * this.step] ?? 0;
    return out;
  }
}

function mv(v: PyValue): PyMemoryView {
  if (!(v instanceof PyMemoryView)) raise(TypeError, `descriptor requires a 'memoryview' object but received '${typeName(v)}'`);
  return v;
}

/** memoryviewOf: memoryview(obj). */
export function memoryviewOf(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    const b = obj.base();
    void b;
    charge(SIZE.OBJECT * 3);
    return new PyMemoryView(obj.obj, obj.start, obj.step, obj.length, obj.readonly);
  }
  const data = bufferOf(obj);
  if (data === undefined) raise(TypeError, `memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
  charge(SIZE.OBJECT * 3);
  return new PyMemoryView(obj, 0, 1, data.length, !(obj instanceof PyByteArray));
}

BUFFER_PROVIDERS.push((v) => (v instanceof PyMemoryView ? v.bytes() : undefined));

const MEMORYVIEW = new ArgSpec('memoryview', 'object');
const HEX = new ArgSpec('hex', 'sep=, bytes_per_sep=');

function itemIndex(m: PyMemoryView, key: PyValue): number {
  const v = asIndex(key);
  let i = typeof v === 'bigint' ? Number.MAX_SAFE_INTEGER : v;
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) raise(IndexError, 'index out of bounds on dimension 1');
  return m.start + i * m.step;
}

function byteItem(v: PyValue): number {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') raise(TypeError, "memoryview: invalid type for format 'B'");
  const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (typeof n === 'bigint' || n < 0 || n > 255) raise(ValueError, "memoryview: invalid value for format 'B'");
  return n;
}

/** viewEquals: memoryview == other: the same items as any bytes-like other (a released view equals only itself). */
function viewEquals(m: PyMemoryView, other: PyValue): PyValue {
  if (m === other) return true;
  const o = bufferOf(other);
  if (o === undefined) return NotImplemented;
  if (m.released || (other instanceof PyMemoryView && other.released)) return false;
  const a = m.bytes();
  if (a.length !== o.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== o[i]) return false;
  return true;
}

class MemoryIterator extends NativeIterator {
  private i = 0;
  constructor(private readonly view: PyMemoryView) {
    super(memoryIteratorType);
  }
  next(): PyValue | undefined {
    const m = this.view;
    if (this.i >= m.length) return undefined;
    return m.base()[m.start + this.i++ * m.step]!;
  }
}

defineStaticMethods(memoryviewType, {
  __new__: (args, kwnames) => {
    checkNewArgs(memoryviewType, args, kwnames);
    const [obj] = MEMORYVIEW.unpack(args, kwnames, 1);
    return memoryviewOf(obj!);
  },
});

defineMethods(memoryviewType, {
  __len__: (args) => {
    const m = mv(args[0]!);
    m.base();
    return m.length;
  },
  __getitem__: (args) => {
    const m = mv(args[0]!);
    const key = args[1]!;
    const b = m.base();
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, m.length);
      charge(SIZE.OBJECT * 3);
      return new PyMemoryView(m.obj, m.start + start * m.step, step * m.step, n, m.readonly);
    }
    if (!isIndexable(key)) raise(TypeError, 'memoryview: invalid slice key');
    return b[itemIndex(m, key)]!;
  },
  __setitem__: (args) => {
    const m = mv(args[0]!);
    const key = args[1]!;
    const value = args[2]!;
    const b = m.base();
    if (m.readonly) raise(TypeError, 'cannot modify read-only memory');
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, m.length);
      const src = bufferOf(value);
      if (src === undefined) raise(TypeError, `a bytes-like object is required, not '${typeName(value)}'`);
      if (src.length !== n) raise(ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
      const copy = src.slice();
      for (let i = 0; i < n; i++) b[m.start + (start + i * step) * m.step] = copy[i]!;
      return None;
    }
    if (!isIndexable(key)) raise(TypeError, 'memoryview: invalid slice key');
    b[itemIndex(m, key)] = byteItem(value);
    return None;
  },
  __delitem__: () => raise(TypeError, 'cannot delete memory'),
  __iter__: (args) => {
    const m = mv(args[0]!);
    m.base();
    return new MemoryIterator(m);
  },
  __eq__: (args) => viewEquals(mv(args[0]!), args[1]!),
  __ne__: (args) => {
    const r = viewEquals(mv(args[0]!), args[1]!);
    return r === NotImplemented ? r : !r;
  },
  __hash__: (args) => {
    const m = mv(args[0]!);
    if (!m.readonly) raise(ValueError, 'cannot hash writable memoryview object');
    return bytesHash(m.bytes());
  },
  __repr__: (args) => {
    const m = mv(args[0]!);
    return m.released ? `<released memory at ${addressOf(m)}>` : `<memory at ${addressOf(m)}>`;
  },
  __enter__: (args) => {
    mv(args[0]!).base();
    return args[0]!;
  },
  __exit__: (args) => {
    mv(args[0]!).released = true;
    return None;
  },
  release: (args) => {
    mv(args[0]!).released = true;
    return None;
  },
  tobytes: (args) => newBytes(mv(args[0]!).bytes()),
  tolist: (args) => newList(Array.from(mv(args[0]!).bytes())),
  toreadonly: (args) => {
    const m = mv(args[0]!);
    m.base();
    return new PyMemoryView(m.obj, m.start, m.step, m.length, true);
  },
  hex: (args, kwnames) => {
    const m = mv(args[0]!);
    const [sep, per] = HEX.unpack(args, kwnames, 1);
    return hexOf(m.bytes(), sep, per);
  },
  cast: () => raise(NotImplementedError, 'memoryview.cast() is not supported yet'),
});

const viewGetter = (f: (m: PyMemoryView) => PyValue) => ({
  get: (o: PyValue) => {
    const m = mv(o);
    m.base();
    return f(m);
  },
});

defineGetSets(memoryviewType, {
  obj: viewGetter((m) => m.obj),
  nbytes: viewGetter((m) => m.length),
  readonly: viewGetter((m) => m.readonly),
  itemsize: viewGetter(() => 1),
  format: viewGetter(() => 'B'),
  ndim: viewGetter(() => 1),
  shape: viewGetter((m) => newTuple([m.length])),
  strides: viewGetter((m) => newTuple([m.step])),
  suboffsets: viewGetter(() => newTuple([])),
  c_contiguous: viewGetter((m) => m.step === 1 || m.length <= 1),
  f_contiguous: viewGetter((m) => m.step === 1 || m.length <= 1),
  contiguous: viewGetter((m) => m.step === 1 || m.length <= 1),
});
