// Python's slice type (Objects/sliceobject.c) and the index arithmetic every sequence uses:
// sliceIndices() is PySlice_Unpack + PySlice_AdjustIndices, sliceIndicesLong() is
// _PySlice_GetLongIndices (slice.indices() and ranges, on arbitrary-size ints).

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, typeOf } from './type.js';
import { defineMethods, defineStaticMethods } from './builtin-function.js';
import { defineGetSets } from './descriptor.js';
import { None, NotImplemented } from './singletons.js';
import { raise, TypeError, ValueError, IndexError } from './exception.js';
import { asIndex, repr, richCompare } from './protocol.js';
import { setTypeAttr } from './type.js';
import { newTuple } from './tuple.js';
import { intAdd, intCompare, type IntValue } from './int.js';
import { checkNewArgs } from './type-type.js';
import { charge, SIZE } from '../vm/meter.js';

/** sliceType: `slice`. */
export const sliceType = makeBuiltinType('slice');

/** PySlice: a slice object; start/stop/step are any values (None when omitted). */
export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}

/** newSlice: slice(start, stop, step), charged to the heap (BUILD_SLICE). */
export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  charge(SIZE.OBJECT + 3 * SIZE.SLOT);
  return new PySlice(start, stop, step);
}

/** SSIZE_MAX, SSIZE_MIN: PY_SSIZE_T_MAX/MIN as JS numbers (2**63, the nearest double), for clamping slice indices. */
const SSIZE_MAX = 9223372036854775807;
const SSIZE_MIN = -9223372036854775808;

const SLICE_INDEX_ERROR = 'slice indices must be integers or None or have an __index__ method';

/** sliceIndexValue: _PyEval_SliceIndex: an int or __index__ object, clamped to the Py_ssize_t range. */
export function sliceIndexValue(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'bigint' && typeof v !== 'boolean' && typeOf(v).lookup('__index__') === undefined) raise(TypeError, SLICE_INDEX_ERROR);
  const i = asIndex(v);
  if (typeof i === 'number') return i;
  return i < 0n ? SSIZE_MIN : SSIZE_MAX;
}

/**
 * sliceIndices: a slice applied to a sequence of `length` items, as CPython's PySlice_Unpack()
 * and PySlice_AdjustIndices(): [start, stop, step, slicelength].
 */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndexValue(s.step);
    if (step === 0) raise(ValueError, 'slice step cannot be zero');
  }
  let start = s.start === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndexValue(s.start);
  let stop = s.stop === None ? (step < 0 ? SSIZE_MIN : SSIZE_MAX) : sliceIndexValue(s.stop);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

function evaluateSliceIndex(v: PyValue): IntValue {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v !== 'boolean' && typeOf(v).lookup('__index__') === undefined) raise(TypeError, SLICE_INDEX_ERROR);
  return asIndex(v);
}

/** sliceIndicesLong: _PySlice_GetLongIndices(): [start, stop, step] for any length (slice.indices, range slicing). */
export function sliceIndicesLong(s: PySlice, length: IntValue): [IntValue, IntValue, IntValue] {
  let step: IntValue = 1;
  if (s.step !== None) {
    step = evaluateSliceIndex(s.step);
    if (step === 0) raise(ValueError, 'slice step cannot be zero');
  }
  const negative = step < 0;
  const lower: IntValue = negative ? -1 : 0;
  const upper: IntValue = negative ? intAdd(length, -1) : length;
  const clamp = (v: IntValue): IntValue => {
    if (v < 0) {
      const w = intAdd(v, length);
      return intCompare(w, lower) < 0 ? lower : w;
    }
    return intCompare(v, upper) > 0 ? upper : v;
  };
  const start = s.start === None ? (negative ? upper : lower) : clamp(evaluateSliceIndex(s.start));
  const stop = s.stop === None ? (negative ? lower : upper) : clamp(evaluateSliceIndex(s.stop));
  return [start, stop, step];
}

/**
 * indexNumber: an index as a number, as CPython's Py_ssize_t: IndexError "cannot fit" beyond 64
 * bits; a big int within them (past any length) becomes an inexact number, still out of range.
 */
export function indexNumber(v: IntValue): number {
  if (typeof v === 'number') return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) raise(IndexError, "cannot fit 'int' into an index-sized integer");
  return Number(v);
}

/**
 * sequenceIndex: the position for seq[key] with an int key (or __index__ object): negative
 * indices count from the end; IndexError "<what> index out of range" outside [0, length).
 */
export function sequenceIndex(key: PyValue, length: number, what: string): number {
  let i: number;
  if (typeof key === 'number') i = key;
  else i = indexNumber(asIndex(key));
  if (i < 0) i += length;
  if (i < 0 || i >= length) raise(IndexError, `${what} index out of range`);
  return i;
}

/** isIndexable: whether key can index a sequence (an int, bool or __index__ object). */
export function isIndexable(key: PyValue): boolean {
  const t = typeof key;
  if (t === 'number' || t === 'bigint' || t === 'boolean') return true;
  if (t === 'string') return false;
  return typeOf(key).lookup('__index__') !== undefined;
}

function selfSlice(v: PyValue | undefined): PySlice {
  if (!(v instanceof PySlice)) raise(TypeError, `descriptor requires a 'slice' object but received a '${typeOf(v ?? None).name}'`);
  return v;
}

function compareSlices(op: number) {
  return (args: PyValue[]): PyValue => {
    const a = selfSlice(args[0]);
    const b = args[1];
    if (!(b instanceof PySlice)) return NotImplemented;
    return richCompare(newTuple([a.start, a.stop, a.step]), newTuple([b.start, b.stop, b.step]), op);
  };
}

defineMethods(sliceType, {
  __repr__: (args) => {
    const s = selfSlice(args[0]);
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  indices: (args, kwnames) => {
    const s = selfSlice(args[0]);
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 2) {
      raise(TypeError, `slice.indices() takes exactly one argument (${args.length - 1} given)`);
    }
    const length = asIndex(args[1]!);
    if (length < 0) raise(ValueError, 'length should not be negative');
    return newTuple(sliceIndicesLong(s, length));
  },
  __reduce__: (args) => {
    const s = selfSlice(args[0]);
    return newTuple([sliceType, newTuple([s.start, s.stop, s.step])]);
  },
  __lt__: compareSlices(0),
  __le__: compareSlices(1),
  __eq__: compareSlices(2),
  __ne__: compareSlices(3),
  __gt__: compareSlices(4),
  __ge__: compareSlices(5),
});
setTypeAttr(sliceType, '__hash__', None);

defineStaticMethods(sliceType, {
  __new__: (args, kwnames) => {
    checkNewArgs(sliceType, args, kwnames);
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'slice() takes no keyword arguments');
    const n = args.length - 1;
    if (n < 1) raise(TypeError, `slice expected at least 1 argument, got ${n}`);
    if (n > 3) raise(TypeError, `slice expected at most 3 arguments, got ${n}`);
    if (n === 1) return newSlice(None, args[1]!, None);
    return newSlice(args[1]!, args[2]!, n === 3 ? args[3]! : None);
  },
});

defineGetSets(sliceType, {
  start: { get: (v) => selfSlice(v).start },
  stop: { get: (v) => selfSlice(v).stop },
  step: { get: (v) => selfSlice(v).step },
});
