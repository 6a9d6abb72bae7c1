// Python's list type, held as a JS array, with its methods, slicing, comparisons, sort (sort.ts)
// and list_iterator / list_reverseiterator, as CPython's Objects/listobject.c.

import { PyObject, type PyValue } from './object.js';
import { typeOf, setTypeAttr, type PyType } from './type.js';
import { defineMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { None, NotImplemented } from './singletons.js';
import { raise, newException, TypeError, ValueError, IndexError, OverflowError, MemoryError } from './exception.js';
import { NativeIterator, defineIteratorType } from './iterator.js';
import { eqValues, getIter, getIterOpt, iterNext, toArray, asIndex, call, repr, checkLengthHint } from './protocol.js';
import { PySlice, sliceIndices, sequenceIndex, isIndexable } from './slice.js';
import {
  PyTuple,
  compareSequences,
  repeatCount,
  checkRepeatSize,
  repeatItems,
  userReflected,
  indexBound,
  reprItems,
  reprEnter,
  reprLeave,
  lessThan,
  MAX_SEQUENCE_ITEMS,
  tooManyItems,
} from './tuple.js';
import { PyFloat } from './float.js';
import { timsort, reverseArray } from './sort.js';
import { wrapperArity, descriptorError, lazySpec } from './int.js';
import { checkNewArgs, instanceDictFor } from './type-type.js';
import { activeMeter, charge, SIZE, workItems, workEntries, workBytes, workSort, WORK_BLOCK } from '../vm/meter.js';
import { listType, floatType } from './types.js';
export { listType };

/** PyList: a list. Growth must be charged (SIZE.SLOT per added item). */
export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    cls: PyType = listType,
  ) {
    super(cls);
  }
}

/** newList: a list owning `items`, charged to the heap. */
export function newList(items: PyValue[]): PyList {
  charge(SIZE.OBJECT + SIZE.SLOT * items.length);
  return new PyList(items);
}

/** newListOfType: an empty instance of list subclass cls (list.__new__). */
function newListOfType(cls: PyType): PyList {
  charge(SIZE.OBJECT);
  const l = new PyList([], cls);
  l.dict = instanceDictFor(cls);
  return l;
}

/** listFromIterable: list(iterable). */
export function listFromIterable(v: PyValue): PyList {
  const items = toArray(v);
  return newList(items);
}

// ---------------------------------------------------------------------------------------------
// Operations the VM and other builtins call directly

/** listAppend: list.append(v). */
export function listAppend(l: PyList, v: PyValue): void {
  charge(SIZE.SLOT);
  if (l.items.push(v) > MAX_SEQUENCE_ITEMS) {
    l.items.pop();
    tooManyItems();
  }
}

/** listExtend: list.extend(iterable), as CPython's list_extend (a list extended by itself doubles). */
export function listExtend(l: PyList, v: PyValue): void {
  if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.heapType) {
    const src = v.items;
    if (l.items.length + src.length > MAX_SEQUENCE_ITEMS) tooManyItems();
    charge(SIZE.SLOT * src.length);
    workItems(src.length);
    if (src === l.items) {
      const n = src.length;
      for (let i = 0; i < n; i++) src.push(src[i]!);
    } else for (let i = 0; i < src.length; i++) l.items.push(src[i]!);
    return;
  }
  const it = getIter(v);
  checkLengthHint(v);
  // The list may not be reachable yet (list(iterable) fills it before returning it): it is a
  // root of the heap meanwhile, so the heap limit sees it grow.
  const roots = activeMeter().tempRoots;
  roots.push(l);
  try {
    for (let x = iterNext(it), n = 1; x !== undefined; x = iterNext(it), n++) {
      if ((n & 63) === 0) workItems(WORK_BLOCK);
      charge(SIZE.SLOT);
      if (l.items.push(x) >= MAX_SEQUENCE_ITEMS) tooManyItems();
    }
  } finally {
    roots.pop();
  }
}


/** listGetItem: l[key] for an int, __index__ object or slice. */
export function listGetItem(l: PyList, key: PyValue): PyValue {
  const items = l.items;
  if (typeof key === 'number') {
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i]!;
    raise(IndexError, 'list index out of range');
  }
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, items.length);
    workItems(n);
    if (step === 1) return newList(items.slice(start, start + n));
    const out = new Array<PyValue>(n);
    for (let k = 0, i = start; k < n; k++, i += step) out[k] = items[i]!;
    return newList(out);
  }
  if (isIndexable(key)) return items[sequenceIndex(key, items.length, 'list')]!;
  raise(TypeError, `list indices must be integers or slices, not ${typeOf(key).name}`);
}

/** listSetItem: l[key] = v, including slice assignment. */
export function listSetItem(l: PyList, key: PyValue, v: PyValue): void {
  const items = l.items;
  if (typeof key === 'number') {
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) {
      items[i] = v;
      return;
    }
    raise(IndexError, 'list assignment index out of range');
  }
  if (key instanceof PySlice) return assignSlice(l, key, v);
  if (isIndexable(key)) {
    items[sequenceIndex(key, items.length, 'list assignment')] = v;
    return;
  }
  raise(TypeError, `list indices must be integers or slices, not ${typeOf(key).name}`);
}

function assignSlice(l: PyList, key: PySlice, v: PyValue): void {
  const [start, stop, step, n] = sliceIndices(key, l.items.length);
  if (step === 1) {
    // list_ass_slice: any iterable ("can only assign an iterable"); a copy first if it is l itself.
    let src: PyValue[];
    if (v === l) {
      workItems(l.items.length);
      src = l.items.slice();
    } else if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.heapType) {
      workItems(v.items.length);
      src = v.items.slice();
    } else {
      if (getIterOpt(v) === undefined) raise(TypeError, 'can only assign an iterable');
      src = toArray(v);
    }
    const hi = stop < start ? start : stop;
    // The new items go in and the items after the slice move.
    workItems(src.length + l.items.length - hi);
    if (src.length > hi - start) charge(SIZE.SLOT * (src.length - (hi - start)));
    spliceInto(l.items, start, hi - start, src);
    return;
  }
  let src: PyValue[];
  workItems(n);
  if (v === l) src = l.items.slice();
  else if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.heapType) src = v.items;
  else {
    if (getIterOpt(v) === undefined) raise(TypeError, 'must assign iterable to extended slice');
    src = toArray(v);
  }
  if (src.length !== n) raise(ValueError, `attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
  const items = l.items;
  for (let k = 0, i = start; k < n; k++, i += step) items[i] = src[k]!;
}

/** spliceInto: items.splice(start, count, ...src) without spreading src into arguments (long slices). */
function spliceInto(items: PyValue[], start: number, count: number, src: readonly PyValue[]): void {
  if (src.length < 1000) {
    items.splice(start, count, ...src);
    return;
  }
  const tail = items.slice(start + count);
  items.length = start;
  for (let i = 0; i < src.length; i++) items.push(src[i]!);
  for (let i = 0; i < tail.length; i++) items.push(tail[i]!);
}

/** listDelItem: del l[key]. */
export function listDelItem(l: PyList, key: PyValue): void {
  const items = l.items;
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, items.length);
    if (n === 0) return;
    if (step === 1) {
      workItems(items.length - start);
      items.splice(start, n);
      return;
    }
    // Keep the items not selected by the slice, in order.
    workEntries(n);
    workItems(items.length);
    const drop = new Set<number>();
    for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
    let w = 0;
    for (let r = 0; r < items.length; r++) if (!drop.has(r)) items[w++] = items[r]!;
    items.length = w;
    return;
  }
  if (isIndexable(key)) {
    const i = sequenceIndex(key, items.length, 'list assignment');
    workItems(items.length - i);
    items.splice(i, 1);
    return;
  }
  raise(TypeError, `list indices must be integers or slices, not ${typeOf(key).name}`);
}

/** listContains: x in l. */
export function listContains(l: PyList, x: PyValue): boolean {
  const items = l.items;
  for (let i = 0; i < items.length; i++) {
    if ((i & 63) === 0 && i > 0) workItems(WORK_BLOCK);
    if (eqValues(items[i]!, x)) return true;
  }
  return false;
}

/** listRepr: repr(l), `[...]` for a list inside its own repr. */
export function listRepr(l: PyList): string {
  if (l.items.length === 0) return '[]';
  if (!reprEnter(l)) return '[...]';
  try {
    return '[' + reprItems(l.items) + ']';
  } finally {
    reprLeave(l);
  }
}

/** listConcat: a + b for two lists. */
export function listConcat(a: PyList, b: PyList): PyList {
  if (a.items.length + b.items.length > MAX_SEQUENCE_ITEMS) tooManyItems();
  workItems(a.items.length + b.items.length);
  return newList(a.items.concat(b.items));
}

/** listRepeat: l * n. */
export function listRepeat(l: PyList, n: number): PyList {
  const total = checkRepeatSize(l.items.length, n);
  charge(SIZE.OBJECT);
  return new PyList(total === 0 ? [] : repeatItems(l.items, n));
}

/** ssizeArg: an index argument as a Py_ssize_t (OverflowError beyond 64 bits; a big int within them becomes an inexact number, past any length). */
function ssizeArg(v: PyValue): number {
  const i = asIndex(v);
  if (typeof i === 'bigint' && (i > 9223372036854775807n || i < -9223372036854775808n)) raise(OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(i);
}

/** listPop: l.pop(index). */
export function listPop(l: PyList, index = -1): PyValue {
  const items = l.items;
  if (items.length === 0) raise(IndexError, 'pop from empty list');
  let i = index;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raise(IndexError, 'pop index out of range');
  if (i === items.length - 1) return items.pop()!;
  workItems(items.length - i);
  return items.splice(i, 1)[0]!;
}

/** listInsert: l.insert(index, v). */
export function listInsert(l: PyList, index: number, v: PyValue): void {
  const items = l.items;
  const n = items.length;
  if (n >= MAX_SEQUENCE_ITEMS) tooManyItems();
  let i = index;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  charge(SIZE.SLOT);
  if (i === n) items.push(v);
  else {
    workItems(n - i);
    items.splice(i, 0, v);
  }
}

// ---------------------------------------------------------------------------------------------
// sort

function strLessCodePoints(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y;
    if (x > 0xffff) i++;
  }
  return a.length < b.length;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * chooseLessThan: the comparison for a sort, as CPython's pre-sort check: when every key is an
 * exact int, float or str, compare natively instead of dispatching each comparison.
 */
function chooseLessThan(keys: readonly PyValue[]): (a: PyValue, b: PyValue) => boolean {
  let numbers = true;
  let strings = true;
  let floats = true;
  let surrogates = false;
  for (const k of keys) {
    const t = typeof k;
    if (t !== 'number' && t !== 'bigint') numbers = false;
    if (t !== 'string') strings = false;
    else if (!surrogates) {
      workBytes((k as string).length);
      if (SURROGATE.test(k as string)) surrogates = true;
    }
    if (!(k instanceof PyFloat && k.cls === floatType) && t !== 'number' && t !== 'bigint') floats = false;
    if (!numbers && !strings && !floats) break;
  }
  if (numbers) return (a, b) => (a as number) < (b as number);
  if (strings) return surrogates ? (a, b) => strLessCodePoints(a as string, b as string) : (a, b) => (a as string) < (b as string);
  if (floats) return (a, b) => numericValue(a) < numericValue(b);
  return lessThan;
}

function numericValue(v: PyValue): number | bigint {
  return v instanceof PyFloat ? v.v : (v as number | bigint);
}

/**
 * listSort: l.sort(key=key, reverse=reverse), as CPython's list.sort: keys computed first, the
 * list empty while it is sorted (ValueError "list modified during sort" if it changed), reverse
 * by reversing before and after a stable sort.
 */
export function listSort(l: PyList, key: PyValue, reverse: boolean): void {
  const saved = l.items;
  const empty: PyValue[] = [];
  l.items = empty;
  let keys: PyValue[];
  try {
    if (key !== None) {
      charge(SIZE.SLOT * saved.length);
      workItems(saved.length);
    }
    keys = key === None ? saved : saved.map((x) => call(key, [x]));
  } catch (e) {
    l.items = saved;
    throw e;
  }
  const values = key === None ? null : saved;
  let failed = true;
  try {
    if (reverse) {
      if (values !== null) reverseArray(keys);
      reverseArray(saved);
    }
    workSort(keys.length);
    timsort(keys, values, chooseLessThan(keys));
    failed = false;
  } finally {
    if (reverse && saved.length > 1) reverseArray(saved);
    const modified = l.items !== empty || empty.length !== 0;
    l.items = saved;
    if (modified && !failed) raise(ValueError, 'list modified during sort');
  }
}

// ---------------------------------------------------------------------------------------------
// Iterators

/** listIteratorType: `list_iterator`. */
export const listIteratorType = defineIteratorType('list_iterator');
/** listReverseIteratorType: `list_reverseiterator`. */
export const listReverseIteratorType = defineIteratorType('list_reverseiterator');

/** ListIterator: iter(list); sees appends made while iterating, as CPython's. */
export class ListIterator extends NativeIterator {
  // Public: the VM's FOR_ITER steps a list iterator inline.
  i = 0;
  constructor(public list: PyList | null) {
    super(listIteratorType);
  }
  next(): PyValue | undefined {
    const l = this.list;
    if (l === null) return undefined;
    if (this.i < l.items.length) return l.items[this.i++];
    this.list = null;
    return undefined;
  }
  lengthHint(): number {
    return this.list === null ? 0 : Math.max(0, this.list.items.length - this.i);
  }
}

/** ListReverseIterator: reversed(list). */
export class ListReverseIterator extends NativeIterator {
  private i: number;
  constructor(private list: PyList | null) {
    super(listReverseIteratorType);
    this.i = list === null ? -1 : list.items.length - 1;
  }
  next(): PyValue | undefined {
    const l = this.list;
    if (l === null) return undefined;
    if (this.i >= 0 && this.i < l.items.length) return l.items[this.i--];
    this.i = -1;
    this.list = null;
    return undefined;
  }
  lengthHint(): number {
    return this.list === null ? 0 : Math.max(0, Math.min(this.i + 1, this.list.items.length));
  }
}

/** listIter: iter(l). */
export function listIter(l: PyList): ListIterator {
  charge(SIZE.OBJECT + SIZE.SLOT * 2);
  return new ListIterator(l);
}

defineMethods(listIteratorType, {
  __length_hint__: (args) => (args[0] as ListIterator).lengthHint(),
});
defineMethods(listReverseIteratorType, {
  __length_hint__: (args) => (args[0] as ListReverseIterator).lengthHint(),
});

// ---------------------------------------------------------------------------------------------
// list's methods

function selfList(args: readonly PyValue[], name: string): PyList {
  const s = args[0];
  if (!(s instanceof PyList)) descriptorError(name, 'list', s);
  return s;
}

const OP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

function compare(op: number): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, OP_NAMES[op]!);
    const a = selfList(args, OP_NAMES[op]!);
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return compareSequences(a.items, b.items, op);
  };
}

function repeat(args: PyValue[], kwnames: readonly string[] | null, name: string): PyValue {
  wrapperArity(args, kwnames, 1, name);
  const l = selfList(args, name);
  const n = repeatCount(args[1]!);
  if (n === undefined) {
    if (userReflected(args[1]!, name === '__mul__' ? '__rmul__' : '__mul__')) return NotImplemented;
    raise(TypeError, `can't multiply sequence by non-int of type '${typeOf(args[1]!).name}'`);
  }
  return listRepeat(l, n);
}

function oneArg(args: readonly PyValue[], kwnames: readonly string[] | null, name: string): PyValue {
  if ((kwnames !== null && kwnames.length > 0) || args.length !== 2) {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `list.${name}() takes no keyword arguments`);
    raise(TypeError, `list.${name}() takes exactly one argument (${args.length - 1} given)`);
  }
  return args[1]!;
}

function noArgs(args: readonly PyValue[], kwnames: readonly string[] | null, name: string): void {
  if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `list.${name}() takes no keyword arguments`);
    raise(TypeError, `list.${name}() takes no arguments (${args.length - 1} given)`);
  }
}

const INDEX = lazySpec('index', 'value, start=, stop=, /');
const INSERT = lazySpec('insert', 'index, object, /');
const POP = lazySpec('pop', 'index=, /');
const INIT = lazySpec('list', 'iterable=, /');

defineMethods(listType, {
  __len__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__len__'), selfList(args, '__len__').items.length),
  __getitem__: (args) => {
    const l = selfList(args, '__getitem__');
    if (args.length !== 2) raise(TypeError, `list.__getitem__() takes exactly one argument (${args.length - 1} given)`);
    return listGetItem(l, args[1]!);
  },
  __setitem__: (args, kwnames) => {
    wrapperArity(args, kwnames, 2, '__setitem__');
    listSetItem(selfList(args, '__setitem__'), args[1]!, args[2]!);
    return None;
  },
  __delitem__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__delitem__');
    listDelItem(selfList(args, '__delitem__'), args[1]!);
    return None;
  },
  __contains__: (args, kwnames) => (wrapperArity(args, kwnames, 1, '__contains__'), listContains(selfList(args, '__contains__'), args[1]!)),
  __iter__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__iter__'), listIter(selfList(args, '__iter__'))),
  __reversed__: (args) => {
    const l = selfList(args, '__reversed__');
    charge(SIZE.OBJECT + SIZE.SLOT * 2);
    return new ListReverseIterator(l);
  },
  __add__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__add__');
    const a = selfList(args, '__add__');
    const b = args[1]!;
    if (!(b instanceof PyList)) {
      if (userReflected(b, '__radd__')) return NotImplemented;
      raise(TypeError, `can only concatenate list (not "${typeOf(b).name}") to list`);
    }
    return listConcat(a, b);
  },
  __iadd__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__iadd__');
    const l = selfList(args, '__iadd__');
    const b = args[1]!;
    if (!(b instanceof PyList) && getIterOpt(b) === undefined && userReflected(b, '__radd__')) return NotImplemented;
    listExtend(l, b);
    return l;
  },
  __mul__: (args, kwnames) => repeat(args, kwnames, '__mul__'),
  __rmul__: (args, kwnames) => repeat(args, kwnames, '__rmul__'),
  __imul__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__imul__');
    const l = selfList(args, '__imul__');
    const n = repeatCount(args[1]!);
    if (n === undefined) {
      if (userReflected(args[1]!, '__rmul__')) return NotImplemented;
      raise(TypeError, `can't multiply sequence by non-int of type '${typeOf(args[1]!).name}'`);
    }
    const len = l.items.length;
    checkRepeatSize(len, n);
    if (n === 0 || len === 0) l.items.length = 0;
    else if (n > 1) {
      const src = l.items.slice();
      for (let k = 1; k < n; k++) for (let i = 0; i < len; i++) l.items.push(src[i]!);
    }
    return l;
  },
  __lt__: compare(0),
  __le__: compare(1),
  __eq__: compare(2),
  __ne__: compare(3),
  __gt__: compare(4),
  __ge__: compare(5),
  __repr__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__repr__'), listRepr(selfList(args, '__repr__'))),
  __sizeof__: (args) => 40 + 8 * selfList(args, '__sizeof__').items.length,
  __init__: (args, kwnames) => {
    const l = selfList(args, '__init__');
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'list() takes no keyword arguments');
    const [it] = INIT(args, kwnames);
    l.items.length = 0;
    if (it !== undefined) listExtend(l, it);
    return None;
  },
  append: (args, kwnames) => {
    const l = selfList(args, 'append');
    listAppend(l, oneArg(args, kwnames, 'append'));
    return None;
  },
  extend: (args, kwnames) => {
    const l = selfList(args, 'extend');
    listExtend(l, oneArg(args, kwnames, 'extend'));
    return None;
  },
  insert: (args, kwnames) => {
    const l = selfList(args, 'insert');
    const [i, v] = INSERT(args, kwnames);
    listInsert(l, ssizeArg(i!), v!);
    return None;
  },
  remove: (args, kwnames) => {
    const l = selfList(args, 'remove');
    const x = oneArg(args, kwnames, 'remove');
    for (let i = 0; i < l.items.length; i++) {
      if ((i & 63) === 0 && i > 0) workItems(WORK_BLOCK);
      if (eqValues(l.items[i]!, x)) {
        workItems(l.items.length - i);
        l.items.splice(i, 1);
        return None;
      }
    }
    raise(ValueError, 'list.remove(x): x not in list');
  },
  pop: (args, kwnames) => {
    const l = selfList(args, 'pop');
    const [i] = POP(args, kwnames);
    return listPop(l, i === undefined ? -1 : ssizeArg(i));
  },
  index: (args, kwnames) => {
    const l = selfList(args, 'index');
    const [x, start, stop] = INDEX(args, kwnames);
    const lo = indexBound(start, 0, l.items.length);
    const hi = indexBound(stop, l.items.length, l.items.length);
    for (let i = lo; i < hi && i < l.items.length; i++) {
      if (((i - lo) & 63) === 0 && i > lo) workItems(WORK_BLOCK);
      if (eqValues(l.items[i]!, x!)) return i;
    }
    raise(ValueError, `${repr(x!)} is not in list`);
  },
  count: (args, kwnames) => {
    const l = selfList(args, 'count');
    const x = oneArg(args, kwnames, 'count');
    let n = 0;
    workItems(l.items.length);
    for (let i = 0; i < l.items.length; i++) if (eqValues(l.items[i]!, x)) n++;
    return n;
  },
  clear: (args, kwnames) => {
    noArgs(args, kwnames, 'clear');
    selfList(args, 'clear').items.length = 0;
    return None;
  },
  copy: (args, kwnames) => {
    noArgs(args, kwnames, 'copy');
    const items = selfList(args, 'copy').items;
    workItems(items.length);
    return newList(items.slice());
  },
  reverse: (args, kwnames) => {
    noArgs(args, kwnames, 'reverse');
    const items = selfList(args, 'reverse').items;
    workItems(items.length);
    items.reverse();
    return None;
  },
  sort: (args, kwnames) => {
    const l = selfList(args, 'sort');
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw > 1) raise(TypeError, 'sort() takes no positional arguments');
    let key: PyValue = None;
    let reverse = false;
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k]!;
      const v = args[args.length - nkw + k]!;
      if (name === 'key') key = v;
      else if (name === 'reverse') reverse = sortReverseArg(v);
      else raise(TypeError, `'${name}' is an invalid keyword argument for sort()`);
    }
    listSort(l, key, reverse);
    return None;
  },
});

/** sortReverseArg: reverse= of sort() and sorted(): an int (bool(accept={int}) in Argument Clinic). */
export function sortReverseArg(v: PyValue): boolean {
  if (typeof v === 'boolean') return v;
  if (v instanceof PyFloat) raise(TypeError, "'float' object cannot be interpreted as an integer");
  return asIndex(v) !== 0;
}

defineStaticMethods(listType, {
  __new__: (args, kwnames) => newListOfType(checkNewArgs(listType, args, kwnames)),
});

setTypeAttr(listType, '__hash__', None);
