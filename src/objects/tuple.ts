// Python's tuple type: an immutable sequence, held as a JS array that is never mutated, with its
// methods, hash (CPython's xxHash-based tuplehash, hash.ts), comparisons and tuple_iterator
// (Objects/tupleobject.c).

import { PyObject, type PyValue } from './object.js';
import { typeOf, type PyType } from './type.js';
import { defineMethods, defineStaticMethods } from './builtin-function.js';
import { NotImplemented } from './singletons.js';
import { PyBuiltinFunction } from './builtin-function.js';
import { raise, newException, TypeError, ValueError, IndexError, OverflowError, MemoryError } from './exception.js';
import { NativeIterator, defineIteratorType } from './iterator.js';
import { eqValues, compareBool, richCompare, repr, toArray, hashValue, asIndex, truthy } from './protocol.js';
import { PySlice, sliceIndices, sliceIndexValue, sequenceIndex, isIndexable } from './slice.js';
import { wrapperArity, descriptorError, lazySpec } from './int.js';
import { checkNewArgs, instanceDictFor } from './type-type.js';
import { PyFloat } from './float.js';
import { hashInt, hashFloat, hashTupleOf, hashTupleBucket, strHash } from './hash.js';
import { charge, SIZE, workItems, workEntries, WORK_BLOCK, reserve } from '../vm/meter.js';
import { enterRecursion, leaveRecursion } from '../vm/call.js';
import { tupleType, floatType } from './types.js';
import { registerTupleFactory } from '../builtins/args.js';
export { tupleType };

/** PyTuple: a tuple. `items` must not be mutated after construction. */
export class PyTuple extends PyObject {
  constructor(
    readonly items: PyValue[],
    cls: PyType = tupleType,
  ) {
    super(cls);
  }
}

/** EMPTY_TUPLE: the one empty tuple. */
export const EMPTY_TUPLE = new PyTuple([]);

/** newTuple: a tuple owning `items`, charged to the heap. */
export function newTuple(items: PyValue[]): PyTuple {
  if (items.length === 0) return EMPTY_TUPLE;
  charge(SIZE.OBJECT + SIZE.SLOT * items.length);
  return new PyTuple(items);
}

/** newTupleOfType: an instance of tuple subclass cls holding items (an exact tuple for cls tuple). */
export function newTupleOfType(cls: PyType, items: PyValue[]): PyTuple {
  if (cls === tupleType) return newTuple(items);
  charge(SIZE.OBJECT + SIZE.SLOT * items.length);
  const t = new PyTuple(items, cls);
  t.dict = instanceDictFor(cls);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the sequence types

/** fastHash: hash(v) with fast paths for ints, exact floats and exact tuples. */
export function fastHash(v: PyValue): number | bigint {
  switch (typeof v) {
    case 'number':
      return v === -1 ? -2 : v;
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return strHash(v);
  }
  if (v instanceof PyFloat && v.cls === floatType && v.v === v.v) return hashFloat(v.v);
  if (v instanceof PyTuple && v.cls === tupleType) {
    workItems(v.items.length);
    enterRecursion('');
    try {
      return hashTupleOf(v.items, fastHash);
    } finally {
      leaveRecursion();
    }
  }
  return hashValue(v);
}

/**
 * hashBucket: Number(hash(v)), the hash rounded to a double past 2**53 (equal keys have equal
 * hashes, so equal buckets): the dict's bucket key. For an exact tuple it is computed without the
 * bigint hash, with fastHash's charges; for anything else it is fastHash's value, also left in
 * lastExactHash (read it at once: any later hash overwrites it), undefined after a tuple.
 */
export function hashBucket(v: PyValue): number {
  if (v instanceof PyTuple && v.cls === tupleType) {
    lastExactHash = undefined;
    workItems(v.items.length);
    enterRecursion('');
    try {
      return hashTupleBucket(v.items, fastHash);
    } finally {
      leaveRecursion();
    }
  }
  const h = fastHash(v);
  lastExactHash = h;
  return typeof h === 'number' ? h : Number(h);
}

/** lastExactHash: the exact hash behind hashBucket's last result, when it was not a tuple's. */
export let lastExactHash: number | bigint | undefined;

const NON_BMP_ORDER = /[\ud800-\uffff]/;

/** strLess: a < b for strs in code point order (JS compares UTF-16 units, which differs past U+D7FF). */
export function strLess(a: string, b: string): boolean {
  if (!NON_BMP_ORDER.test(a) || !NON_BMP_ORDER.test(b)) return a < b;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y;
    if (x > 0xffff) i++;
  }
  return a.length < b.length;
}

/** lessThan: a < b as a JS boolean, with fast paths for ints, strs, exact floats and exact tuples of those. */
export function lessThan(a: PyValue, b: PyValue): boolean {
  const ta = typeof a;
  if (ta === typeof b) {
    if (ta === 'number' || ta === 'bigint') return (a as number) < (b as number);
    if (ta === 'string') return strLess(a as string, b as string);
  }
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) return a.v < b.v;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) return tupleLess(a.items, b.items);
  return compareBool(a, b, 0);
}

/** flatEqual: x == y for ints, strs and exact floats; undefined for anything else. */
function flatEqual(x: PyValue, y: PyValue): boolean | undefined {
  const tx = typeof x;
  if (tx !== 'object' && tx === typeof y) return x === y;
  if (x instanceof PyFloat && y instanceof PyFloat && x.cls === floatType && y.cls === floatType) return x.v === y.v;
  return undefined;
}

/** tupleLess: a < b for two exact tuples (tuplerichcompare: the first unequal items decide). */
function tupleLess(x: readonly PyValue[], y: readonly PyValue[]): boolean {
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (a === b) continue;
    const eq = flatEqual(a, b);
    if (eq === undefined) return truthy(compareSequences(x as PyValue[], y as PyValue[], 0));
    if (!eq) break;
  }
  if (i >= n) return x.length < y.length;
  const a = x[i]!;
  const b = y[i]!;
  const ta = typeof a;
  if (ta === typeof b && (ta === 'number' || ta === 'bigint' || ta === 'string')) return ta === 'string' ? strLess(a as string, b as string) : (a as number) < (b as number);
  if (a instanceof PyFloat && b instanceof PyFloat) return a.v < b.v;
  return compareBool(a, b, 0);
}

/** OPS: the operators of a COMPARE_OP argument, for sequence comparisons. */
const OPS: ((c: number) => boolean)[] = [(c) => c < 0, (c) => c <= 0, (c) => c === 0, (c) => c !== 0, (c) => c > 0, (c) => c >= 0];

/**
 * compareSequences: a <op> b for two item arrays, as CPython's list_richcompare/tuplerichcompare:
 * the first index where items differ (by ==) decides with op on those items, else the lengths.
 */
export function compareSequences(a: PyValue[], b: PyValue[], op: number): PyValue {
  if ((op === 2 || op === 3) && a.length !== b.length) return op === 3;
  let i = 0;
  enterRecursion('in comparison');
  try {
    for (; i < a.length && i < b.length; i++) {
      if ((i & 63) === 0 && i > 0) workItems(WORK_BLOCK);
      if (!eqValues(a[i]!, b[i]!)) break;
    }
    if (i >= a.length || i >= b.length) return OPS[op]!(a.length - b.length);
    if (op === 2) return false;
    if (op === 3) return true;
    return richCompare(a[i]!, b[i]!, op);
  } finally {
    leaveRecursion();
  }
}

/** repeatCount: the count of seq * n: an int or __index__ object; TypeError otherwise. */
export function repeatCount(n: PyValue): number | undefined {
  let v: number | bigint;
  if (typeof n === 'number') v = n;
  else if (typeof n === 'boolean') v = n ? 1 : 0;
  else if (typeof n === 'bigint') v = n;
  else {
    const f = typeOf(n).lookup('__index__');
    if (f === undefined) return undefined;
    v = asIndex(n);
  }
  if (typeof v === 'bigint') {
    if (v < 0n) return 0;
    if (v > 9223372036854775807n) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
    return Number(v);
  }
  return v < 0 ? 0 : v;
}

/** checkRepeatSize: the number of items of a repeat, after charging for it; MemoryError if too large. */
export function checkRepeatSize(len: number, n: number): number {
  if (len === 0 || n === 0) return 0;
  const total = len * n;
  reserve(SIZE.SLOT * total);
  if (total > MAX_SEQUENCE_ITEMS) tooManyItems();
  charge(SIZE.SLOT * total);
  workItems(total);
  return total;
}

/**
 * MAX_SEQUENCE_ITEMS: the most items a list or tuple may hold (a sandbox-wide ceiling, MemoryError
 * past it). V8 aborts the whole process, with no exception to catch, when an array grows past
 * about 112 million items, and slows to a crawl well before; CPython's own ceiling is memory.
 */
export const MAX_SEQUENCE_ITEMS = 2 ** 26;

/** tooManyItems: the MemoryError of a list or tuple that would pass MAX_SEQUENCE_ITEMS. */
export function tooManyItems(): never {
  throw newException(MemoryError);
}

/** repeatItems: items repeated n times (n already checked). */
export function repeatItems(items: readonly PyValue[], n: number): PyValue[] {
  const len = items.length;
  const out = new Array<PyValue>(len * n);
  if (len === 1) out.fill(items[0]!);
  else for (let k = 0, o = 0; k < n; k++) for (let i = 0; i < len; i++) out[o++] = items[i]!;
  return out;
}

/** userReflected: whether b's type defines the reflected method `name` in Python (not a builtin). */
export function userReflected(b: PyValue, name: string): boolean {
  const f = typeOf(b).lookup(name);
  return f !== undefined && !(f instanceof PyBuiltinFunction);
}

/** indexBound: a start/stop argument of index(): _PyEval_SliceIndexNotNone, clamped, negatives from the end. */
export function indexBound(v: PyValue | undefined, dflt: number, length: number): number {
  if (v === undefined) return dflt;
  let i = sliceIndexValue(v);
  if (i < 0) {
    i += length;
    if (i < 0) i = 0;
  }
  return i;
}

/** reprItems: the reprs of items joined by ', ' (each counted against the recursion limit). */
export function reprItems(items: readonly PyValue[]): string {
  workEntries(items.length);
  let out = '';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ', ';
    enterRecursion('while getting the repr of an object');
    try {
      out += repr(items[i]!);
    } finally {
      leaveRecursion();
    }
  }
  return out;
}

const reprActive = new Set<PyObject>();

/** reprEnter: CPython's Py_ReprEnter: false if obj's repr is already being computed (print `...`). */
export function reprEnter(obj: PyObject): boolean {
  if (reprActive.has(obj)) return false;
  reprActive.add(obj);
  return true;
}

/** reprLeave: Py_ReprLeave. */
export function reprLeave(obj: PyObject): void {
  reprActive.delete(obj);
}

// ---------------------------------------------------------------------------------------------
// tuple_iterator

/** tupleIteratorType: `tuple_iterator`. */
export const tupleIteratorType = defineIteratorType('tuple_iterator');

/** TupleIterator: iter(tuple). */
export class TupleIterator extends NativeIterator {
  private i = 0;
  constructor(private items: readonly PyValue[] | null) {
    super(tupleIteratorType);
  }
  next(): PyValue | undefined {
    const items = this.items;
    if (items === null) return undefined;
    if (this.i < items.length) return items[this.i++];
    this.items = null;
    return undefined;
  }
  lengthHint(): number {
    return this.items === null ? 0 : this.items.length - this.i;
  }
}

defineMethods(tupleIteratorType, {
  __length_hint__: (args) => (args[0] as TupleIterator).lengthHint(),
});

// ---------------------------------------------------------------------------------------------
// tuple's methods

function selfTuple(args: readonly PyValue[], name: string): PyTuple {
  const s = args[0];
  if (!(s instanceof PyTuple)) descriptorError(name, 'tuple', s);
  return s;
}

/** tupleGetItem: t[key] for an int, __index__ object or slice. */
export function tupleGetItem(t: PyTuple, key: PyValue): PyValue {
  const items = t.items;
  if (typeof key === 'number') {
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i]!;
    raise(IndexError, 'tuple index out of range');
  }
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, items.length);
    if (n === items.length && step === 1 && t.cls === tupleType) return t;
    charge(SIZE.SLOT * n);
    workItems(n);
    if (step === 1) return newTuple(items.slice(start, start + n));
    const out = new Array<PyValue>(n);
    for (let k = 0, i = start; k < n; k++, i += step) out[k] = items[i]!;
    return newTuple(out);
  }
  if (isIndexable(key)) return items[sequenceIndex(key, items.length, 'tuple')]!;
  raise(TypeError, `tuple indices must be integers or slices, not ${typeOf(key).name}`);
}

/** tupleRepr: repr(t): (), (1,), (1, 2); (...) for a tuple inside its own repr. */
export function tupleRepr(t: PyTuple): string {
  const items = t.items;
  if (items.length === 0) return '()';
  if (!reprEnter(t)) return '(...)';
  try {
    if (items.length === 1) return '(' + reprItems(items) + ',)';
    return '(' + reprItems(items) + ')';
  } finally {
    reprLeave(t);
  }
}

/** tupleContains: x in t. */
export function tupleContains(items: readonly PyValue[], x: PyValue): boolean {
  for (let i = 0; i < items.length; i++) {
    if ((i & 63) === 0 && i > 0) workItems(WORK_BLOCK);
    if (eqValues(items[i]!, x)) return true;
  }
  return false;
}

function compare(op: number) {
  return (args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    wrapperArity(args, kwnames, 1, OP_NAMES[op]!);
    const a = selfTuple(args, OP_NAMES[op]!);
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return compareSequences(a.items, b.items, op);
  };
}
const OP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

const TUPLE_NEW = lazySpec('tuple', 'iterable=, /');
const INDEX = lazySpec('index', 'value, start=, stop=, /');

function repeat(args: PyValue[], kwnames: readonly string[] | null, name: string): PyValue {
  wrapperArity(args, kwnames, 1, name);
  const t = selfTuple(args, name);
  const n = repeatCount(args[1]!);
  if (n === undefined) {
    if (userReflected(args[1]!, name === '__mul__' ? '__rmul__' : '__mul__')) return NotImplemented;
    raise(TypeError, `can't multiply sequence by non-int of type '${typeOf(args[1]!).name}'`);
  }
  if (n === 1 && t.cls === tupleType) return t;
  const total = checkRepeatSize(t.items.length, n);
  if (total === 0) return EMPTY_TUPLE;
  return new PyTuple(repeatItems(t.items, n));
}

defineMethods(tupleType, {
  __len__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__len__'), selfTuple(args, '__len__').items.length),
  __getitem__: (args, kwnames) => (wrapperArity(args, kwnames, 1, '__getitem__'), tupleGetItem(selfTuple(args, '__getitem__'), args[1]!)),
  __contains__: (args, kwnames) => (wrapperArity(args, kwnames, 1, '__contains__'), tupleContains(selfTuple(args, '__contains__').items, args[1]!)),
  __iter__: (args, kwnames) => {
    wrapperArity(args, kwnames, 0, '__iter__');
    charge(SIZE.OBJECT + SIZE.SLOT * 2);
    return new TupleIterator(selfTuple(args, '__iter__').items);
  },
  __add__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__add__');
    const a = selfTuple(args, '__add__');
    const b = args[1]!;
    if (!(b instanceof PyTuple)) {
      if (userReflected(b, '__radd__')) return NotImplemented;
      raise(TypeError, `can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
    }
    if (b.items.length === 0 && a.cls === tupleType) return a;
    if (a.items.length === 0 && b.cls === tupleType) return b;
    if (a.items.length + b.items.length > MAX_SEQUENCE_ITEMS) tooManyItems();
    workItems(a.items.length + b.items.length);
    return newTuple(a.items.concat(b.items));
  },
  __mul__: (args, kwnames) => repeat(args, kwnames, '__mul__'),
  __rmul__: (args, kwnames) => repeat(args, kwnames, '__rmul__'),
  __lt__: compare(0),
  __le__: compare(1),
  __eq__: compare(2),
  __ne__: compare(3),
  __gt__: compare(4),
  __ge__: compare(5),
  __hash__: (args, kwnames) => {
    wrapperArity(args, kwnames, 0, '__hash__');
    const t = selfTuple(args, '__hash__');
    workItems(t.items.length);
    enterRecursion('');
    try {
      return hashTupleOf(t.items, fastHash);
    } finally {
      leaveRecursion();
    }
  },
  __repr__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__repr__'), tupleRepr(selfTuple(args, '__repr__'))),
  __getnewargs__: (args) => newTuple([newTuple(selfTuple(args, '__getnewargs__').items)]),
  count: (args, kwnames) => {
    const t = selfTuple(args, 'count');
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 2) {
      raise(TypeError, `tuple.count() takes exactly one argument (${args.length - 1} given)`);
    }
    let n = 0;
    workItems(t.items.length);
    for (const x of t.items) if (eqValues(x, args[1]!)) n++;
    return n;
  },
  index: (args, kwnames) => {
    const t = selfTuple(args, 'index');
    const [x, start, stop] = INDEX(args, kwnames);
    const items = t.items;
    const lo = indexBound(start, 0, items.length);
    const hi = indexBound(stop, items.length, items.length);
    for (let i = lo; i < hi && i < items.length; i++) {
      if (((i - lo) & 63) === 0 && i > lo) workItems(WORK_BLOCK);
      if (eqValues(items[i]!, x!)) return i;
    }
    raise(ValueError, 'tuple.index(x): x not in tuple');
  },
});

defineStaticMethods(tupleType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(tupleType, args, kwnames);
    const [it] = TUPLE_NEW(args, kwnames);
    if (it === undefined) return cls === tupleType ? EMPTY_TUPLE : newTupleOfType(cls, []);
    if (cls === tupleType && it instanceof PyTuple && it.cls === tupleType) return it;
    return newTupleOfType(cls, toArray(it));
  },
});

/** tupleFromIterable: tuple(iterable). */
export function tupleFromIterable(v: PyValue): PyTuple {
  if (v instanceof PyTuple && v.cls === tupleType) return v;
  return newTuple(toArray(v));
}

registerTupleFactory(newTuple);
