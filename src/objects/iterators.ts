// The builtin iterator types (Objects/enumobject.c, Python/bltinmodule.c, Objects/iterobject.c):
// enumerate, zip (with 3.10's strict=), map, filter, reversed, the sequence iterator that
// iter() makes from __getitem__ (registered with protocol.ts), and callable_iterator for
// iter(f, sentinel). Each is a type whose __new__ builds it, so isinstance() works.

import type { PyValue } from './object.js';
import { makeBuiltinType, typeOf, isInstance, type PyType } from './type.js';
import { defineMethods, defineStaticMethods } from './builtin-function.js';
import { None } from './singletons.js';
import { PyException, raise, TypeError, ValueError, IndexError, StopIteration } from './exception.js';
import { NativeIterator } from './iterator.js';
import { getIter, iterNext, call, truthy, asIndex, getItem, lenOf, compareBool, callBound } from './protocol.js';
import { newTuple } from './tuple.js';
import { PyDict } from './dict.js';
import { intAdd, type IntValue } from './int.js';
import { checkNewArgs, instanceDictFor } from './type-type.js';
import { setSequenceIteratorFactory } from './protocol.js';
import { boolType } from './type.js';
import { charge, SIZE } from '../vm/meter.js';

/**
 * iteratorType: makes a builtin iterator type with __iter__ and __next__ (as iterator.ts's
 * defineIteratorType, but subclassable: instances of subclasses are the same JS classes).
 */
function iteratorType(name: string): PyType {
  const t = makeBuiltinType(name);
  defineMethods(t, {
    __iter__: (args) => args[0]!,
    __next__: (args) => {
      const it = args[0];
      if (!(it instanceof NativeIterator)) raise(TypeError, `descriptor '__next__' requires a '${name}' object but received a '${typeOf(it!).name}'`);
      const v = it.next();
      if (v === undefined) throw new PyException(StopIteration, []);
      return v;
    },
  });
  return t;
}

function kwCheck(kwnames: readonly string[] | null, fname: string): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${fname}() takes no keyword arguments`);
}

function withDict<T extends NativeIterator>(it: T, cls: PyType): T {
  charge(SIZE.OBJECT + 4 * SIZE.SLOT);
  it.dict = instanceDictFor(cls);
  return it;
}

// ---------------------------------------------------------------------------------------------
// enumerate

export const enumerateType = iteratorType('enumerate');

/** Enumerate: enumerate(iterable, start). */
export class Enumerate extends NativeIterator {
  constructor(
    private readonly it: PyValue,
    private count: IntValue,
    cls: PyType = enumerateType,
  ) {
    super(cls);
  }
  next(): PyValue | undefined {
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    const i = this.count;
    this.count = typeof i === 'number' && i < 9007199254740991 ? i + 1 : intAdd(i, 1);
    return newTuple([i, v]);
  }
}

defineStaticMethods(enumerateType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(enumerateType, args, kwnames);
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - 1 - nkw;
    let iterable: PyValue | undefined = npos >= 1 ? args[1] : undefined;
    let start: PyValue | undefined = npos >= 2 ? args[2] : undefined;
    if (npos > 2) raise(TypeError, `enumerate() takes at most 2 arguments (${npos + nkw} given)`);
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k]!;
      const v = args[args.length - nkw + k]!;
      if (name === 'iterable' && iterable === undefined) iterable = v;
      else if (name === 'start' && start === undefined) start = v;
      else if (name === 'iterable' || name === 'start') raise(TypeError, `argument for enumerate() given by name ('${name}') and position (${name === 'iterable' ? 1 : 2})`);
      else raise(TypeError, `'${name}' is an invalid keyword argument for enumerate()`);
    }
    if (iterable === undefined) raise(TypeError, "enumerate() missing required argument 'iterable'");
    const it = getIter(iterable);
    const count = start === undefined ? 0 : asIndex(start);
    return withDict(new Enumerate(it, count, cls), cls);
  },
});

// ---------------------------------------------------------------------------------------------
// zip

export const zipType = iteratorType('zip');

/** Zip: zip(*iterables, strict=False). */
export class Zip extends NativeIterator {
  constructor(
    private readonly its: PyValue[],
    private readonly strict: boolean,
    cls: PyType = zipType,
  ) {
    super(cls);
  }
  next(): PyValue | undefined {
    const its = this.its;
    if (its.length === 0) return undefined;
    const items = new Array<PyValue>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i]!);
      if (v === undefined) {
        if (this.strict) this.checkStrict(i);
        return undefined;
      }
      items[i] = v;
    }
    return newTuple(items);
  }
  /** checkStrict: zip_next's `check:` block, after argument i ran out. */
  private checkStrict(i: number): void {
    if (i > 0) {
      const plural = i === 1 ? ' ' : 's 1-';
      raise(ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let k = 1; k < this.its.length; k++) {
      if (iterNext(this.its[k]!) !== undefined) {
        const plural = k === 1 ? ' ' : 's 1-';
        raise(ValueError, `zip() argument ${k + 1} is longer than argument${plural}${k}`);
      }
    }
  }
}

defineStaticMethods(zipType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(zipType, args, kwnames);
    const nkw = kwnames === null ? 0 : kwnames.length;
    let strict = false;
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k]!;
      if (name !== 'strict') raise(TypeError, `'${name}' is an invalid keyword argument for zip()`);
      strict = truthy(args[args.length - nkw + k]!);
    }
    const its = args.slice(1, args.length - nkw).map((x) => getIter(x));
    return withDict(new Zip(its, strict, cls), cls);
  },
});

// ---------------------------------------------------------------------------------------------
// map

export const mapType = iteratorType('map');

/** MapIterator: map(func, *iterables). */
export class MapIterator extends NativeIterator {
  constructor(
    private readonly func: PyValue,
    private readonly its: PyValue[],
    cls: PyType = mapType,
  ) {
    super(cls);
  }
  next(): PyValue | undefined {
    const its = this.its;
    if (its.length === 1) {
      const v = iterNext(its[0]!);
      return v === undefined ? undefined : call(this.func, [v]);
    }
    const items = new Array<PyValue>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i]!);
      if (v === undefined) return undefined;
      items[i] = v;
    }
    return call(this.func, items);
  }
}

defineStaticMethods(mapType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(mapType, args, kwnames);
    if (cls === mapType) kwCheck(kwnames, 'map');
    if (args.length < 3) raise(TypeError, 'map() must have at least two arguments.');
    const its = args.slice(2).map((x) => getIter(x));
    return withDict(new MapIterator(args[1]!, its, cls), cls);
  },
});

// ---------------------------------------------------------------------------------------------
// filter

export const filterType = iteratorType('filter');

/** FilterIterator: filter(function or None, iterable). */
export class FilterIterator extends NativeIterator {
  constructor(
    private readonly func: PyValue,
    private readonly it: PyValue,
    cls: PyType = filterType,
  ) {
    super(cls);
  }
  next(): PyValue | undefined {
    const plain = this.func === None || this.func === boolType;
    for (;;) {
      const v = iterNext(this.it);
      if (v === undefined) return undefined;
      if (plain ? truthy(v) : truthy(call(this.func, [v]))) return v;
    }
  }
}

defineStaticMethods(filterType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(filterType, args, kwnames);
    if (cls === filterType) kwCheck(kwnames, 'filter');
    const n = args.length - 1;
    if (n !== 2) raise(TypeError, `filter expected 2 arguments, got ${n}`);
    return withDict(new FilterIterator(args[1]!, getIter(args[2]!), cls), cls);
  },
});

// ---------------------------------------------------------------------------------------------
// reversed

export const reversedType = iteratorType('reversed');

/** Reversed: reversed(seq) through __len__ and __getitem__. */
export class Reversed extends NativeIterator {
  constructor(
    private seq: PyValue | null,
    private index: number,
    cls: PyType = reversedType,
  ) {
    super(cls);
  }
  next(): PyValue | undefined {
    if (this.seq !== null && this.index >= 0) {
      try {
        const v = getItem(this.seq, this.index);
        this.index--;
        return v;
      } catch (e) {
        if (!(e instanceof PyException && (isInstance(e, IndexError) || isInstance(e, StopIteration)))) throw e;
      }
    }
    this.index = -1;
    this.seq = null;
    return undefined;
  }
  lengthHint(): number {
    return this.seq === null ? 0 : Math.min(this.index + 1, lenOf(this.seq));
  }
}

/** reversedOf: reversed(seq), as CPython's reversed_new_impl(). */
export function reversedOf(seq: PyValue, cls: PyType = reversedType): PyValue {
  const t = typeOf(seq);
  const meth = t.lookup('__reversed__');
  if (meth === None) raise(TypeError, `'${t.name}' object is not reversible`);
  if (meth !== undefined) return callBound(meth, seq, []);
  if (t.lookup('__getitem__') === undefined || seq instanceof PyDict) raise(TypeError, `'${t.name}' object is not reversible`);
  const n = lenOf(seq);
  return withDict(new Reversed(seq, n - 1, cls), cls);
}

defineStaticMethods(reversedType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(reversedType, args, kwnames);
    if (cls === reversedType) kwCheck(kwnames, 'reversed');
    const n = args.length - 1;
    if (n !== 1) raise(TypeError, `reversed expected 1 argument, got ${n}`);
    return reversedOf(args[1]!, cls);
  },
});
defineMethods(reversedType, { __length_hint__: (args) => (args[0] as Reversed).lengthHint() });

// ---------------------------------------------------------------------------------------------
// The sequence iterator (`iterator`) and callable_iterator

export const seqIteratorType = iteratorType('iterator');

/** SeqIterator: iter(obj) for an object with __getitem__ but no __iter__. */
export class SeqIterator extends NativeIterator {
  private index = 0;
  constructor(private seq: PyValue | null) {
    super(seqIteratorType);
  }
  next(): PyValue | undefined {
    if (this.seq === null) return undefined;
    try {
      const v = getItem(this.seq, this.index);
      this.index++;
      return v;
    } catch (e) {
      if (e instanceof PyException && (isInstance(e, IndexError) || isInstance(e, StopIteration))) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
}

setSequenceIteratorFactory((v) => {
  charge(SIZE.OBJECT + 2 * SIZE.SLOT);
  return new SeqIterator(v);
});

export const callableIteratorType = iteratorType('callable_iterator');

/** CallableIterator: iter(f, sentinel): f() until it returns the sentinel (calliter_iternext). */
export class CallableIterator extends NativeIterator {
  constructor(
    private fn: PyValue | null,
    private readonly sentinel: PyValue,
  ) {
    super(callableIteratorType);
  }
  next(): PyValue | undefined {
    if (this.fn === null) return undefined;
    let v: PyValue;
    try {
      v = call(this.fn, []);
    } catch (e) {
      if (e instanceof PyException && isInstance(e, StopIteration)) {
        this.fn = null;
        return undefined;
      }
      throw e;
    }
    if (v === this.sentinel || compareBool(this.sentinel, v, 2)) {
      this.fn = null;
      return undefined;
    }
    return v;
  }
}

/** newCallableIterator: iter(f, sentinel). */
export function newCallableIterator(fn: PyValue, sentinel: PyValue): CallableIterator {
  charge(SIZE.OBJECT + 2 * SIZE.SLOT);
  return new CallableIterator(fn, sentinel);
}
