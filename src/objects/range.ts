// Python's range type (Objects/rangeobject.c): start/stop/step of any int size, O(1) len, indexing,
// slicing and membership for ints, and range_iterator (JS numbers) / longrange_iterator (bigints).

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, typeOf } from './type.js';
import { defineMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { defineGetSets } from './descriptor.js';
import { None, NotImplemented } from './singletons.js';
import { raise, TypeError, ValueError, IndexError, OverflowError } from './exception.js';
import { NativeIterator, defineIteratorType } from './iterator.js';
import { asIndex, eqValues, repr, getIter, iterNext } from './protocol.js';
import { PySlice, sliceIndicesLong } from './slice.js';
import { newTuple, fastHash } from './tuple.js';
import { hashTupleOf } from './hash.js';
import {
  intAdd,
  intSub,
  intMul,
  intFloorDiv,
  intMod,
  intNeg,
  intCompare,
  wrapperArity,
  descriptorError,
  type IntValue,
} from './int.js';
import { charge, SIZE } from '../vm/meter.js';

/** rangeType: `range`. */
export const rangeType = makeBuiltinType('range');

/** PyRange: range(start, stop, step); `length` is computed once. */
export class PyRange extends PyObject {
  readonly length: IntValue;
  constructor(
    readonly start: IntValue,
    readonly stop: IntValue,
    readonly step: IntValue,
  ) {
    super(rangeType);
    this.length = rangeLength(start, stop, step);
  }
}

/** rangeLength: compute_range_length(). */
export function rangeLength(lo: IntValue, hi: IntValue, step: IntValue): IntValue {
  if (step > 0) {
    if (!(lo < hi)) return 0;
    return intAdd(intFloorDiv(intSub(intSub(hi, lo), 1), step), 1);
  }
  if (!(lo > hi)) return 0;
  return intAdd(intFloorDiv(intSub(intSub(lo, hi), 1), intNeg(step)), 1);
}

/** newRange: range(start, stop, step) (step non-zero), charged to the heap. */
export function newRange(start: IntValue, stop: IntValue, step: IntValue): PyRange {
  charge(SIZE.OBJECT + 4 * SIZE.SLOT);
  return new PyRange(start, stop, step);
}

/** rangeItem: compute_item(): start + i * step (i already in range). */
function rangeItem(r: PyRange, i: IntValue): IntValue {
  return intAdd(r.start, intMul(i, r.step));
}

/** rangeGetItem: r[key] for an int, __index__ object or slice. */
export function rangeGetItem(r: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndicesLong(key, r.length);
    return newRange(rangeItem(r, start), rangeItem(r, stop), intMul(r.step, step));
  }
  if (typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' || typeOf(key).lookup('__index__') !== undefined) {
    let i = asIndex(key);
    if (i < 0) i = intAdd(i, r.length);
    if (i < 0 || intCompare(i, r.length) >= 0) raise(IndexError, 'range object index out of range');
    return rangeItem(r, i);
  }
  raise(TypeError, `range indices must be integers or slices, not ${typeOf(key).name}`);
}

function exactIntValue(v: PyValue): IntValue | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** rangeContainsInt: range_contains_long(). */
function rangeContainsInt(r: PyRange, x: IntValue): boolean {
  if (r.step > 0) {
    if (!(r.start <= x && x < r.stop)) return false;
  } else if (!(x <= r.start && r.stop < x)) return false;
  return intMod(intSub(x, r.start), r.step) === 0;
}

/** rangeContains: x in r: O(1) for ints and bools, else a linear search by ==. */
export function rangeContains(r: PyRange, x: PyValue): boolean {
  const v = exactIntValue(x);
  if (v !== undefined) return rangeContainsInt(r, v);
  const it = rangeIter(r);
  for (let y = it.next(); y !== undefined; y = it.next()) if (eqValues(y, x)) return true;
  return false;
}

/** rangeEquals: range_equals(). */
export function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1) return true;
  return a.step === b.step;
}

/** rangeRepr: range(0, 5) or range(0, 5, 2). */
export function rangeRepr(r: PyRange): string {
  if (r.step === 1) return `range(${repr(r.start)}, ${repr(r.stop)})`;
  return `range(${repr(r.start)}, ${repr(r.stop)}, ${repr(r.step)})`;
}

// ---------------------------------------------------------------------------------------------
// Iterators

/** rangeIteratorType / longRangeIteratorType: `range_iterator`, `longrange_iterator`. */
export const rangeIteratorType = defineIteratorType('range_iterator');
export const longRangeIteratorType = defineIteratorType('longrange_iterator');

/** RangeIterator: iteration over a range whose items are all safe JS numbers. */
export class RangeIterator extends NativeIterator {
  // Public: the VM's FOR_ITER steps a range iterator inline.
  constructor(
    public cur: number,
    readonly step: number,
    public remaining: number,
  ) {
    super(rangeIteratorType);
  }
  next(): PyValue | undefined {
    if (this.remaining <= 0) return undefined;
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }
  lengthHint(): number {
    return Math.max(0, this.remaining);
  }
}

/** LongRangeIterator: iteration over a range with items beyond the safe integers. */
export class LongRangeIterator extends NativeIterator {
  constructor(
    private cur: IntValue,
    private readonly step: IntValue,
    private remaining: IntValue,
  ) {
    super(longRangeIteratorType);
  }
  next(): PyValue | undefined {
    if (!(this.remaining > 0)) return undefined;
    this.remaining = intSub(this.remaining, 1);
    const v = this.cur;
    this.cur = intAdd(this.cur, this.step);
    return v;
  }
  lengthHint(): IntValue {
    return this.remaining;
  }
}

function makeIterator(start: IntValue, step: IntValue, length: IntValue): NativeIterator {
  charge(SIZE.OBJECT + 3 * SIZE.SLOT);
  if (typeof start === 'number' && typeof step === 'number' && typeof length === 'number') {
    const last = start + step * (length - 1);
    const beyond = last + step; // the iterator's next value after the end must stay exact too
    if (Number.isSafeInteger(last) && Number.isSafeInteger(beyond)) return new RangeIterator(start, step, length);
  }
  return new LongRangeIterator(start, step, length);
}

/** rangeIter: iter(r). */
export function rangeIter(r: PyRange): NativeIterator {
  return makeIterator(r.start, r.step, r.length);
}

/** rangeReversed: reversed(r). */
export function rangeReversed(r: PyRange): NativeIterator {
  if (r.length === 0) return makeIterator(0, 1, 0);
  return makeIterator(rangeItem(r, intSub(r.length, 1)), intNeg(r.step), r.length);
}

defineMethods(rangeIteratorType, { __length_hint__: (args) => (args[0] as RangeIterator).lengthHint() });
defineMethods(longRangeIteratorType, { __length_hint__: (args) => (args[0] as LongRangeIterator).lengthHint() });

// ---------------------------------------------------------------------------------------------
// range's methods

function selfRange(args: readonly PyValue[], name: string): PyRange {
  const r = args[0];
  if (!(r instanceof PyRange)) descriptorError(name, 'range', r);
  return r;
}

function equality(name: string, negate: boolean): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfRange(args, name);
    const b = args[1];
    if (!(b instanceof PyRange)) return NotImplemented;
    return rangeEquals(a, b) !== negate;
  };
}

function oneArg(args: readonly PyValue[], kwnames: readonly string[] | null, qual: string): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${qual}() takes no keyword arguments`);
  if (args.length !== 2) raise(TypeError, `${qual}() takes exactly one argument (${args.length - 1} given)`);
  return args[1]!;
}

defineMethods(rangeType, {
  __len__: (args, kwnames) => {
    wrapperArity(args, kwnames, 0, '__len__');
    const n = selfRange(args, '__len__').length;
    if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
    return n;
  },
  __bool__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__bool__'), selfRange(args, '__bool__').length !== 0),
  __getitem__: (args, kwnames) => (wrapperArity(args, kwnames, 1, '__getitem__'), rangeGetItem(selfRange(args, '__getitem__'), args[1]!)),
  __contains__: (args, kwnames) => (wrapperArity(args, kwnames, 1, '__contains__'), rangeContains(selfRange(args, '__contains__'), args[1]!)),
  __iter__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__iter__'), rangeIter(selfRange(args, '__iter__'))),
  __reversed__: (args) => rangeReversed(selfRange(args, '__reversed__')),
  __repr__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__repr__'), rangeRepr(selfRange(args, '__repr__'))),
  __eq__: equality('__eq__', false),
  __ne__: equality('__ne__', true),
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __hash__: (args, kwnames) => {
    wrapperArity(args, kwnames, 0, '__hash__');
    const r = selfRange(args, '__hash__');
    const items: PyValue[] = [r.length, None, None];
    if (r.length !== 0) {
      items[1] = r.start;
      if (r.length !== 1) items[2] = r.step;
    }
    return hashTupleOf(items, fastHash);
  },
  __reduce__: (args) => {
    const r = selfRange(args, '__reduce__');
    return newTuple([rangeType, newTuple([r.start, r.stop, r.step])]);
  },
  count: (args, kwnames) => {
    const r = selfRange(args, 'count');
    const x = oneArg(args, kwnames, 'range.count');
    const v = exactIntValue(x);
    if (v !== undefined) return rangeContainsInt(r, v) ? 1 : 0;
    let n = 0;
    const it = getIter(r);
    for (let y = iterNext(it); y !== undefined; y = iterNext(it)) if (eqValues(y, x)) n++;
    return n;
  },
  index: (args, kwnames) => {
    const r = selfRange(args, 'index');
    const x = oneArg(args, kwnames, 'range.index');
    const v = exactIntValue(x);
    if (v === undefined) {
      let i = 0;
      const it = getIter(r);
      for (let y = iterNext(it); y !== undefined; y = iterNext(it), i++) if (eqValues(y, x)) return i;
      raise(ValueError, 'sequence.index(x): x not in sequence');
    }
    if (rangeContainsInt(r, v)) return intFloorDiv(intSub(v, r.start), r.step);
    raise(ValueError, `${repr(x)} is not in range`);
  },
});

defineStaticMethods(rangeType, {
  __new__: (args, kwnames) => {
    if (args.length === 0) raise(TypeError, 'range.__new__(): not enough arguments');
    const cls = args[0];
    if (cls !== rangeType) raise(TypeError, `range.__new__(${typeOf(cls!).name}): not a subtype of range`);
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'range() takes no keyword arguments');
    const n = args.length - 1;
    if (n === 0) raise(TypeError, 'range expected at least 1 argument, got 0');
    if (n > 3) raise(TypeError, `range expected at most 3 arguments, got ${n}`);
    if (n === 1) return newRange(0, asIndex(args[1]!), 1);
    const start = asIndex(args[1]!);
    const stop = asIndex(args[2]!);
    const step = n === 3 ? asIndex(args[3]!) : 1;
    if (step === 0) raise(ValueError, 'range() arg 3 must not be zero');
    return newRange(start, stop, step);
  },
});

defineGetSets(rangeType, {
  start: { get: (v) => selfRange([v], 'start').start },
  stop: { get: (v) => selfRange([v], 'stop').stop },
  step: { get: (v) => selfRange([v], 'step').step },
});
