// Python's dict type: insertion-ordered, as a JS Map of entries.
//
// Keys whose equality is JS equality after normalization (int, bool, str, float, and objects that
// keep object's identity __eq__/__hash__) are stored under a primitive "fast key": 1, 1.0 and True
// all become the number 1, as Python requires of equal keys. Every other key (tuples, frozensets,
// instances with their own __eq__/__hash__) is stored under its entry object and indexed in
// `buckets` by its Python hash as a double (hashBucket: exact below 2**53, rounded above, so equal
// keys still share a bucket, and a tuple's bucket needs no bigint), then compared with ==. The Map
// keeps insertion order for both kinds.

import { PyObject, type PyValue } from './object.js';
import { objectType, intType, strType, type PyType } from './type.js';
import { PyFloat } from './float.js';
import { PyInt } from './int.js';
import { activeMeter, charge, SIZE, workItems, workEntries, WORK_BLOCK } from '../vm/meter.js';
import {
  hashValue,
  eqValues,
  callBound,
  callMethod,
  call,
  getItem,
  setItem,
  getIter,
  getIterOpt,
  iterNext,
  toArray,
  getAttrOpt,
  repr,
  lenOf,
  contains as containsValue,
} from './protocol.js';
import { setTypeAttr, makeBuiltinType } from './type.js';
import { defineMethods, defineClassMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { defineGetSets } from './descriptor.js';
import { None, NotImplemented } from './singletons.js';
import { raise, newException, TypeError, ValueError, KeyError, RuntimeError, MemoryError } from './exception.js';
import { NativeIterator, defineIteratorType } from './iterator.js';
import { PyTuple, newTuple, reprItems, reprEnter, reprLeave, fastHash, hashBucket, lastExactHash } from './tuple.js';
import { PyList } from './list.js';
import {
  PySet,
  setType,
  makeNewSet,
  setAdd,
  setUpdate,
  setIntersection,
  setDifferenceUpdate,
  setSymmetricDifferenceUpdate,
} from './set.js';
import { wrapperArity, descriptorError, lazySpec } from './int.js';
import { checkNewArgs, instanceDictFor, PyMappingProxy } from './type-type.js';
import { enterRecursion, leaveRecursion } from '../vm/call.js';
import { registerDictFactory } from '../builtins/args.js';
import { dictType, floatType } from './types.js';
import type { Shape } from './shape.js';
export { dictType };


/** DictEntry: one key/value pair; `value` is mutated in place on update. */
export interface DictEntry {
  readonly key: PyValue;
  value: PyValue;
}

let objectEq: PyValue | undefined;
let objectHash: PyValue | undefined;

/**
 * fastKey: the JS Map key for k when Python equality on k is JS equality of that key, else
 * undefined (use the hashed path).
 */
export function fastKey(k: PyValue): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  if (k instanceof PyInt) return keepsEquality(k.cls, intType) ? fastKey(k.value) : undefined;
  if (k.cls !== strType && k.cls.isSubtypeOf(strType)) {
    // A str subclass instance (str.ts's PyStr, holding `value`) keys like its text.
    const text = (k as unknown as { value?: unknown }).value;
    return typeof text === 'string' && keepsEquality(k.cls, strType) ? text : undefined;
  }
  if (k instanceof PyFloat) {
    if (k.cls !== floatType && !keepsEquality(k.cls, floatType)) return undefined;
    const v = k.v;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
    if (v !== v) return k; // NaN: only the same object is the same key
    return v;
  }
  const t = k.cls;
  if (objectEq === undefined) {
    objectEq = objectType.attrs.get('__eq__');
    objectHash = objectType.attrs.get('__hash__');
  }
  if (t.lookup('__eq__') === objectEq && t.lookup('__hash__') === objectHash) return k;
  return undefined;
}

/** keepsEquality: whether subclass t inherits base's __eq__ and __hash__ (so its instances key like base values). */
function keepsEquality(t: PyType, base: PyType): boolean {
  return t.lookup('__eq__') === base.attrs.get('__eq__') && t.lookup('__hash__') === base.attrs.get('__hash__');
}

/** dictVersions: the last PyDict.keysVersion handed out. */
let dictVersions = 0;

/**
 * MAX_DICT_ENTRIES: the most entries a dict may hold (a sandbox-wide ceiling, MemoryError past it):
 * a dict's entries live in a JavaScript Map, which throws past 2**24 entries.
 */
const MAX_DICT_ENTRIES = 2 ** 24;

/** PyDict: a dict. Mutate only through its methods (they keep `buckets` and the heap charge right). */
export class PyDict extends PyObject {
  map: Map<unknown, DictEntry> = new Map();
  /** buckets: the entries stored by hash, by bucket key (hashBucket: the hash as a double). */
  buckets: Map<number, DictEntry[]> | null = null;
  /**
   * keysVersion: changes (to a number no dict had before) whenever a key is added or removed;
   * value updates keep it, as they happen in the entry. LOAD_GLOBAL's cache keys on it.
   */
  keysVersion = ++dictVersions;
  /**
   * shape: for an instance dict that has only ever gained str keys, its node in the class's shape
   * tree (src/objects/shape.ts); null otherwise, for good. slots: then, the entries in insertion
   * order, so slots[i] is the entry of the shape's i-th key.
   */
  shape: Shape | null = null;
  slots: DictEntry[] | null = null;
  constructor(cls: PyType = dictType) {
    super(cls);
    charge(SIZE.DICT);
  }

  /** shaped: this dict (new and empty) starts at shape root. */
  shaped(root: Shape): this {
    this.shape = root;
    this.slots = [];
    return this;
  }

  /** addSlot: a shaped dict gained the str key of e: take the transition, or leave the tree. */
  private addSlot(e: DictEntry): void {
    const next = this.shape!.next(e.key as string);
    if (next === null) this.unshape();
    else {
      this.shape = next;
      this.slots!.push(e);
    }
  }

  /** unshape: this dict leaves its shape tree (a key was removed, or a key that is not a str added). */
  private unshape(): void {
    this.shape = null;
    this.slots = null;
  }

  get size(): number {
    return this.map.size;
  }

  /** get: the value for k, or undefined. May run Python code (__hash__, __eq__). */
  get(k: PyValue): PyValue | undefined {
    return this.lookupEntry(k)?.value;
  }

  /** getStr: the value for a str key (globals, attributes). */
  getStr(k: string): PyValue | undefined {
    return this.map.get(k)?.value;
  }

  /** entryStr: the entry of a str key, or undefined. */
  entryStr(k: string): DictEntry | undefined {
    return this.map.get(k);
  }

  /** setStr: sets a str key. */
  setStr(k: string, v: PyValue): void {
    const e = this.map.get(k);
    if (e !== undefined) e.value = v;
    else {
      charge(SIZE.DICT_ENTRY);
      if (this.map.size >= MAX_DICT_ENTRIES) throw newException(MemoryError);
      const entry = { key: k, value: v };
      this.map.set(k, entry);
      this.keysVersion = ++dictVersions;
      if (this.shape !== null) this.addSlot(entry);
    }
  }

  /** deleteStr: deletes a str key; false if it was absent. */
  deleteStr(k: string): boolean {
    if (!this.map.delete(k)) return false;
    this.keysVersion = ++dictVersions;
    if (this.shape !== null) this.unshape();
    return true;
  }

  has(k: PyValue): boolean {
    return this.get(k) !== undefined;
  }

  /** set: d[k] = v. */
  set(k: PyValue, v: PyValue): void {
    const fk = fastKey(k);
    if (fk !== undefined) {
      const e = this.map.get(fk) ?? this.findCrossHashed(k);
      if (e !== undefined) e.value = v;
      else {
        charge(SIZE.DICT_ENTRY);
        if (this.map.size >= MAX_DICT_ENTRIES) throw newException(MemoryError);
        const entry = { key: k, value: v };
        this.map.set(fk, entry);
        this.keysVersion = ++dictVersions;
        if (this.shape !== null) {
          if (typeof k === 'string') this.addSlot(entry);
          else this.unshape();
        }
      }
      return;
    }
    const bk = hashBucket(k);
    const h = lastExactHash;
    const found = this.findHashed(k, bk) ?? this.findCrossFast(k, h);
    if (found !== undefined) {
      found.value = v;
      return;
    }
    charge(SIZE.DICT_ENTRY);
    if (this.map.size >= MAX_DICT_ENTRIES) throw newException(MemoryError);
    const entry: DictEntry = { key: k, value: v };
    this.map.set(entry, entry);
    this.keysVersion = ++dictVersions;
    if (this.shape !== null) this.unshape();
    const buckets = (this.buckets ??= new Map());
    const b = buckets.get(bk);
    if (b === undefined) buckets.set(bk, [entry]);
    else b.push(entry);
  }

  /** delete: removes k and returns its entry, or undefined if absent. */
  delete(k: PyValue): DictEntry | undefined {
    const fk = fastKey(k);
    if (fk !== undefined) {
      const e = this.map.get(fk);
      if (e !== undefined) {
        this.map.delete(fk);
        this.keysVersion = ++dictVersions;
        if (this.shape !== null) this.unshape();
        return e;
      }
      if (this.buckets === null || this.buckets.size === 0) return undefined;
    }
    const bk = hashBucket(k);
    const h = lastExactHash;
    const b = this.buckets?.get(bk);
    if (b === undefined) {
      const e = fk === undefined ? this.findCrossFast(k, h) : undefined;
      if (e !== undefined) {
        this.map.delete(h);
        this.keysVersion = ++dictVersions;
        if (this.shape !== null) this.unshape();
      }
      return e;
    }
    for (let i = 0; i < b.length; i++) {
      const e = b[i]!;
      if (e.key === k || eqValues(e.key, k)) {
        b.splice(i, 1);
        if (b.length === 0) this.buckets!.delete(bk);
        this.map.delete(e);
        this.keysVersion = ++dictVersions;
        if (this.shape !== null) this.unshape();
        return e;
      }
    }
    return undefined;
  }

  /** lookupEntry: the entry holding key k, or undefined. */
  lookupEntry(k: PyValue): DictEntry | undefined {
    const fk = fastKey(k);
    if (fk !== undefined) return this.map.get(fk) ?? this.findCrossHashed(k);
    const bk = hashBucket(k);
    const h = lastExactHash;
    return this.findHashed(k, bk) ?? this.findCrossFast(k, h);
  }

  /**
   * findCrossHashed: for a key stored by value (fast key) that was not found, an equal key stored
   * by hash (an int subclass with its own __eq__, say): Python finds it by equal hash and ==.
   */
  private findCrossHashed(k: PyValue): DictEntry | undefined {
    if (this.buckets === null || this.buckets.size === 0) return undefined;
    return this.findHashed(k, hashBucket(k));
  }

  /**
   * findCrossFast: for a key stored by hash, an equal int key stored by value under its hash
   * (hash(n) is n). h is the key's exact hash, undefined for an exact tuple (never equal to an int).
   */
  private findCrossFast(k: PyValue, h: number | bigint | undefined): DictEntry | undefined {
    if (h === undefined) return undefined;
    const e = this.map.get(h);
    return e !== undefined && fastKey(e.key) === h && eqValues(e.key, k) ? e : undefined;
  }

  /** holdsEntry: whether entry e (from entries()) is still in the dict. */
  holdsEntry(e: DictEntry): boolean {
    const fk = fastKey(e.key);
    return this.map.get(fk !== undefined ? fk : e) === e;
  }

  /** lastEntry: the most recently inserted entry (popitem's), or undefined. O(n): a Map has no last. */
  lastEntry(): DictEntry | undefined {
    workItems(this.map.size);
    let last: DictEntry | undefined;
    for (const e of this.map.values()) last = e;
    return last;
  }

  /** entries: the live entries in insertion order (do not mutate the dict while iterating). */
  entries(): IterableIterator<DictEntry> {
    return this.map.values();
  }

  clear(): void {
    this.map.clear();
    this.buckets = null;
    this.keysVersion = ++dictVersions;
    if (this.shape !== null) this.unshape();
  }

  /** findHashed: the entry of a key stored by hash in bucket bk (hashBucket's) equal to k. */
  private findHashed(k: PyValue, bk: number): DictEntry | undefined {
    const b = this.buckets?.get(bk);
    if (b === undefined) return undefined;
    for (const e of b) if (e.key === k || eqValues(e.key, k)) return e;
    return undefined;
  }
}

registerDictFactory(() => new PyDict());

/** newDict: an empty dict. */
export function newDict(): PyDict {
  return new PyDict();
}

// ---------------------------------------------------------------------------------------------
// Operations the VM and other builtins call directly (CPython's Objects/dictobject.c)

/** dictGetItem: d[key], with __missing__ for subclasses; KeyError(key) otherwise. */
export function dictGetItem(d: PyDict, key: PyValue): PyValue {
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = d.cls.lookup('__missing__');
    if (missing !== undefined) return callBound(missing, d, [key]);
  }
  throw newException(KeyError, key);
}

/** dictDelItem: del d[key]; KeyError(key) if absent. */
export function dictDelItem(d: PyDict, key: PyValue): void {
  if (d.delete(key) === undefined) throw newException(KeyError, key);
}

/**
 * dictIteratesItself: whether a dict's type keeps dict's own __iter__; CPython copies and merges
 * such a dict's entries directly, any other through its keys() and __getitem__.
 */
export function dictIteratesItself(d: PyDict): boolean {
  return d.cls === dictType || d.cls.lookup('__iter__') === dictType.attrs.get('__iter__');
}

/** dictCopy: a plain dict with d's items (PyDict_Copy: dict.copy, also for subclasses). */
export function dictCopy(d: PyDict): PyDict {
  const r = new PyDict();
  if (!dictIteratesItself(d)) {
    dictMerge(r, d);
    return r;
  }
  workEntries(d.size);
  for (const e of d.entries()) r.set(e.key, e.value);
  return r;
}

/** dictMerge: PyDict_Merge(a, b, override) for a dict or a mapping with keys() and __getitem__. */
export function dictMerge(a: PyDict, b: PyValue, override = true): void {
  if (b instanceof PyDict && dictIteratesItself(b)) {
    if (a === b) return;
    workEntries(b.size);
    for (const e of [...b.entries()]) {
      if (override || a.lookupEntry(e.key) === undefined) a.set(e.key, e.value);
    }
    return;
  }
  const keys = toArray(callMethod(b, 'keys'));
  workEntries(keys.length);
  for (const k of keys) {
    if (!override && a.lookupEntry(k) !== undefined) continue;
    a.set(k, getItem(b, k));
  }
}

/** dictMergeFromSeq2: PyDict_MergeFromSeq2: an iterable of key/value pairs. */
export function dictMergeFromSeq2(d: PyDict, seq: PyValue): void {
  const it = getIter(seq);
  // The dict may not be reachable yet (dict(iterable) fills it before returning it): it is a
  // root of the heap meanwhile, so that the heap limit sees it grow.
  const roots = activeMeter().tempRoots;
  roots.push(d);
  try {
    for (let i = 0; ; i++) {
      if ((i & 63) === 0 && i > 0) workEntries(WORK_BLOCK);
      const item = iterNext(it);
      if (item === undefined) return;
      let pair: PyValue[];
      if (item instanceof PyList || item instanceof PyTuple) pair = item.items;
      else {
        if (getIterOpt(item) === undefined) raise(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
        pair = toArray(item);
      }
      if (pair.length !== 2) raise(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
      d.set(pair[0]!, pair[1]!);
    }
  } finally {
    roots.pop();
  }
}

/** dictUpdateArg: dict_update_arg: a dict, a mapping (has keys()), or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && arg.cls === dictType) return dictMerge(d, arg);
  if (getAttrOpt(arg, 'keys') !== undefined) return dictMerge(d, arg);
  dictMergeFromSeq2(d, arg);
}

/** dictUpdateCommon: dict.update()/dict.__init__: at most one positional argument, then keywords. */
function dictUpdateCommon(d: PyDict, args: readonly PyValue[], kwnames: readonly string[] | null, fname: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos > 1) raise(TypeError, `${fname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(d, args[1]!);
  for (let k = 0; k < nkw; k++) d.set(kwnames![k]!, args[args.length - nkw + k]!);
}

/** dictEquals: a == b for two dicts (dict_equal). */
export function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  workEntries(a.size);
  enterRecursion('in comparison');
  try {
    for (const e of [...a.entries()]) {
      if (!a.holdsEntry(e)) continue;
      const other = b.lookupEntry(e.key);
      if (other === undefined) return false;
      if (!eqValues(e.value, other.value)) return false;
    }
    return true;
  } finally {
    leaveRecursion();
  }
}

/** dictRepr: {k: v, ...}; {...} for a dict inside its own repr. */
export function dictRepr(d: PyDict): string {
  if (!reprEnter(d)) return '{...}';
  try {
    if (d.size === 0) return '{}';
    workEntries(d.size);
    const parts: string[] = [];
    for (const e of d.entries()) {
      enterRecursion('while getting the repr of an object');
      try {
        const k = repr(e.key);
        parts.push(k + ': ' + repr(e.value));
      } finally {
        leaveRecursion();
      }
    }
    return '{' + parts.join(', ') + '}';
  } finally {
    reprLeave(d);
  }
}

/** dictPopItem: d.popitem(), the last item (LIFO). */
export function dictPopItem(d: PyDict): PyTuple {
  const e = d.lastEntry();
  if (e === undefined) throw newException(KeyError, 'popitem(): dictionary is empty');
  d.delete(e.key);
  return newTuple([e.key, e.value]);
}

// ---------------------------------------------------------------------------------------------
// Iterators (dict_keyiterator ... dict_reverseitemiterator)

type IterKind = 'keys' | 'values' | 'items';

function produce(kind: IterKind, e: DictEntry): PyValue {
  if (kind === 'keys') return e.key;
  if (kind === 'values') return e.value;
  return newTuple([e.key, e.value]);
}

/** DictIterator: iteration in insertion order; RuntimeError if the dict changes size meanwhile. */
export class DictIterator extends NativeIterator {
  private it: Iterator<DictEntry> | null;
  private sizeAtStart: number;
  private remaining: number;
  constructor(
    private owner: PyDict,
    private kind: IterKind,
    cls: PyType,
  ) {
    super(cls);
    this.it = owner.map.values();
    this.sizeAtStart = owner.size;
    this.remaining = owner.size;
  }
  next(): PyValue | undefined {
    if (this.it === null) return undefined;
    if (this.sizeAtStart !== this.owner.size) {
      this.sizeAtStart = -1;
      raise(RuntimeError, 'dictionary changed size during iteration');
    }
    const r = this.it.next();
    if (r.done) {
      this.it = null;
      return undefined;
    }
    if (this.remaining === 0) {
      this.it = null;
      raise(RuntimeError, 'dictionary keys changed during iteration');
    }
    this.remaining--;
    return produce(this.kind, r.value);
  }
  lengthHint(): number {
    return this.it !== null && this.sizeAtStart === this.owner.size ? this.remaining : 0;
  }
}

/** DictReverseIterator: reversed(d), reversed(d.keys()) ... */
export class DictReverseIterator extends NativeIterator {
  private entries: DictEntry[] | null;
  private pos: number;
  private sizeAtStart: number;
  constructor(
    private owner: PyDict,
    private kind: IterKind,
    cls: PyType,
  ) {
    super(cls);
    workItems(owner.size);
    this.entries = [...owner.entries()];
    this.pos = this.entries.length - 1;
    this.sizeAtStart = owner.size;
  }
  next(): PyValue | undefined {
    if (this.entries === null) return undefined;
    if (this.sizeAtStart !== this.owner.size) {
      this.sizeAtStart = -1;
      raise(RuntimeError, 'dictionary changed size during iteration');
    }
    while (this.pos >= 0) {
      const e = this.entries[this.pos--]!;
      if (this.owner.holdsEntry(e)) return produce(this.kind, e);
    }
    this.entries = null;
    return undefined;
  }
  lengthHint(): number {
    return this.entries === null ? 0 : this.pos + 1;
  }
}

export const dictKeyIteratorType = defineIteratorType('dict_keyiterator');
export const dictValueIteratorType = defineIteratorType('dict_valueiterator');
export const dictItemIteratorType = defineIteratorType('dict_itemiterator');
export const dictReverseKeyIteratorType = defineIteratorType('dict_reversekeyiterator');
export const dictReverseValueIteratorType = defineIteratorType('dict_reversevalueiterator');
export const dictReverseItemIteratorType = defineIteratorType('dict_reverseitemiterator');
for (const t of [dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType]) {
  defineMethods(t, { __length_hint__: (args) => (args[0] as DictIterator).lengthHint() });
}
for (const t of [dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType]) {
  defineMethods(t, { __length_hint__: (args) => (args[0] as DictReverseIterator).lengthHint() });
}

const FORWARD: Record<IterKind, PyType> = { keys: dictKeyIteratorType, values: dictValueIteratorType, items: dictItemIteratorType };
const BACKWARD: Record<IterKind, PyType> = {
  keys: dictReverseKeyIteratorType,
  values: dictReverseValueIteratorType,
  items: dictReverseItemIteratorType,
};

/** dictIter: iter(d) (kind 'keys'), or iter of a view. */
export function dictIter(d: PyDict, kind: IterKind = 'keys'): DictIterator {
  charge(SIZE.OBJECT + SIZE.SLOT * 4);
  return new DictIterator(d, kind, FORWARD[kind]);
}

function dictReversed(d: PyDict, kind: IterKind): DictReverseIterator {
  charge(SIZE.OBJECT + SIZE.SLOT * (4 + d.size));
  return new DictReverseIterator(d, kind, BACKWARD[kind]);
}

// ---------------------------------------------------------------------------------------------
// Views (dict_keys, dict_values, dict_items)

export const dictKeysType = makeBuiltinType('dict_keys');
export const dictValuesType = makeBuiltinType('dict_values');
export const dictItemsType = makeBuiltinType('dict_items');

/** PyDictView: d.keys(), d.values() or d.items(). */
export class PyDictView extends PyObject {
  constructor(
    readonly owner: PyDict,
    readonly kind: IterKind,
  ) {
    super(kind === 'keys' ? dictKeysType : kind === 'values' ? dictValuesType : dictItemsType);
    charge(SIZE.OBJECT + SIZE.SLOT);
  }
}

function isSetView(v: PyValue | undefined): v is PyDictView {
  return v instanceof PyDictView && v.kind !== 'values';
}

/** viewContains: x in view (keys: a key lookup; items: the key's value compared). */
function viewContains(v: PyDictView, x: PyValue): boolean {
  if (v.kind === 'keys') return v.owner.lookupEntry(x) !== undefined;
  if (v.kind === 'items') {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const e = v.owner.lookupEntry(x.items[0]!);
    return e !== undefined && eqValues(e.value, x.items[1]!);
  }
  workItems(v.owner.size);
  for (const e of [...v.owner.entries()]) if (eqValues(e.value, x)) return true;
  return false;
}

/** viewToSet: dictviews_to_set: a set of the view's elements (for a keys view, from the dict itself). */
function viewToSet(v: PyValue): PySet {
  if (v instanceof PyDictView && v.kind === 'keys') return makeNewSet(setType, v.owner);
  return makeNewSet(setType, v);
}

function viewSub(a: PyValue, b: PyValue): PyValue {
  const r = viewToSet(a);
  setDifferenceUpdate(r, b);
  return r;
}

function viewOr(a: PyValue, b: PyValue): PyValue {
  const r = viewToSet(a);
  setUpdate(r, b);
  return r;
}

function viewXor(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyDictView && b instanceof PyDictView && a.kind === 'items' && b.kind === 'items') return itemsXor(a.owner, b.owner);
  const r = viewToSet(a);
  setSymmetricDifferenceUpdate(r, b);
  return r;
}

/** itemsXor: dictitems_xor(). */
function itemsXor(d1: PyDict, d2: PyDict): PyValue {
  const temp = dictCopy(d1);
  workEntries(d2.size);
  const result = makeNewSet(setType, undefined);
  for (const e of [...d2.entries()]) {
    const e1 = temp.lookupEntry(e.key);
    const toDelete = e1 !== undefined && eqValues(e1.value, e.value);
    if (toDelete) temp.delete(e.key);
    else setAdd(result, newTuple([e.key, e.value]));
  }
  setUpdate(result, new PyDictView(temp, 'items'));
  return result;
}

/** viewAnd: _PyDictView_Intersect(). */
function viewAnd(self: PyValue, other: PyValue): PyValue {
  if (!isSetView(self)) [self, other] = [other, self];
  let view = self as PyDictView;
  const lenSelf = view.owner.size;
  if (other instanceof PySet && other.cls === setType && lenSelf <= other.size) return setIntersection(other, view);
  if (isSetView(other) && other.owner.size > lenSelf) [view, other] = [other, view];
  const result = makeNewSet(setType, undefined);
  const it = getIter(other);
  for (let k = iterNext(it), n = 1; k !== undefined; k = iterNext(it), n++) {
    if ((n & 63) === 0) workEntries(WORK_BLOCK);
    if (viewContains(view, k)) setAdd(result, k);
  }
  return result;
}

function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = getIter(a);
  for (let k = iterNext(it), n = 1; k !== undefined; k = iterNext(it), n++) {
    if ((n & 63) === 0) workEntries(WORK_BLOCK);
    if (!containsValue(b, k)) return false;
  }
  return true;
}

function viewCompare(op: number) {
  return (args: PyValue[]): PyValue => {
    const a = args[0]!;
    const b = args[1]!;
    if (!(b instanceof PySet) && !isSetView(b)) return NotImplemented;
    const la = lenOf(a);
    const lb = lenOf(b);
    switch (op) {
      case 2:
        return la === lb && allContainedIn(a, b);
      case 3:
        return !(la === lb && allContainedIn(a, b));
      case 0:
        return la < lb && allContainedIn(a, b);
      case 1:
        return la <= lb && allContainedIn(a, b);
      case 4:
        return la > lb && allContainedIn(b, a);
      default:
        return la >= lb && allContainedIn(b, a);
    }
  };
}

function selfView(args: readonly PyValue[], name: string): PyDictView {
  const v = args[0];
  if (!(v instanceof PyDictView)) descriptorError(name, 'dict_keys', v);
  return v;
}

function viewMethods(kind: IterKind): Record<string, NativeFn> {
  const typeName = `dict_${kind}`;
  const methods: Record<string, NativeFn> = {
    __len__: (args) => selfView(args, '__len__').owner.size,
    __iter__: (args) => dictIter(selfView(args, '__iter__').owner, kind),
    __reversed__: (args) => dictReversed(selfView(args, '__reversed__').owner, kind),
    __repr__: (args) => {
      const v = selfView(args, '__repr__');
      if (!reprEnter(v)) return '...';
      try {
        const items: PyValue[] = [];
        workItems(v.owner.size);
        for (const e of v.owner.entries()) items.push(produce(kind, e));
        return `${typeName}([${reprItems(items)}])`;
      } finally {
        reprLeave(v);
      }
    },
  };
  if (kind === 'values') return methods;
  const bin = (f: (a: PyValue, b: PyValue) => PyValue, swap: boolean): NativeFn => (args) => (swap ? f(args[1]!, args[0]!) : f(args[0]!, args[1]!));
  return {
    ...methods,
    __contains__: (args) => viewContains(selfView(args, '__contains__'), args[1]!),
    __sub__: bin(viewSub, false),
    __rsub__: bin(viewSub, true),
    __or__: bin(viewOr, false),
    __ror__: bin(viewOr, true),
    __xor__: bin(viewXor, false),
    __rxor__: bin(viewXor, true),
    __and__: bin(viewAnd, false),
    __rand__: bin(viewAnd, true),
    __lt__: viewCompare(0),
    __le__: viewCompare(1),
    __eq__: viewCompare(2),
    __ne__: viewCompare(3),
    __gt__: viewCompare(4),
    __ge__: viewCompare(5),
    isdisjoint: (args) => {
      let self: PyValue = selfView(args, 'isdisjoint');
      let other = args[1]!;
      if (self === other) return (self as PyDictView).owner.size === 0;
      if (other instanceof PySet || isSetView(other)) {
        if (lenOf(other) > lenOf(self)) [self, other] = [other, self];
      }
      const it = getIter(other);
      for (let k = iterNext(it), n = 1; k !== undefined; k = iterNext(it), n++) {
        if ((n & 63) === 0) workEntries(WORK_BLOCK);
        if (containsValue(self, k)) return false;
      }
      return true;
    },
  };
}

defineMethods(dictKeysType, viewMethods('keys'));
defineMethods(dictValuesType, viewMethods('values'));
defineMethods(dictItemsType, viewMethods('items'));
setTypeAttr(dictKeysType, '__hash__', None);
setTypeAttr(dictItemsType, '__hash__', None);
for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defineGetSets(t, { mapping: { get: (v) => new PyMappingProxy((v as PyDictView).owner) } });
}

// ---------------------------------------------------------------------------------------------
// dict's methods

function selfDict(args: readonly PyValue[], name: string): PyDict {
  const d = args[0];
  if (!(d instanceof PyDict)) descriptorError(name, 'dict', d);
  return d;
}

function noArgs(args: readonly PyValue[], kwnames: readonly string[] | null, qual: string): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${qual}() takes no keyword arguments`);
  if (args.length !== 1) raise(TypeError, `${qual}() takes no arguments (${args.length - 1} given)`);
}

const GET = lazySpec('get', 'key, default=, /');
const SETDEFAULT = lazySpec('setdefault', 'key, default=, /');
const POP = lazySpec('pop', 'key, default=, /');
const FROMKEYS = lazySpec('fromkeys', 'iterable, value=, /');

defineMethods(dictType, {
  __len__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__len__'), selfDict(args, '__len__').size),
  __getitem__: (args) => {
    const d = selfDict(args, '__getitem__');
    if (args.length !== 2) raise(TypeError, `dict.__getitem__() takes exactly one argument (${args.length - 1} given)`);
    return dictGetItem(d, args[1]!);
  },
  __setitem__: (args, kwnames) => {
    wrapperArity(args, kwnames, 2, '__setitem__');
    selfDict(args, '__setitem__').set(args[1]!, args[2]!);
    return None;
  },
  __delitem__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__delitem__');
    dictDelItem(selfDict(args, '__delitem__'), args[1]!);
    return None;
  },
  __contains__: (args) => {
    const d = selfDict(args, '__contains__');
    if (args.length !== 2) raise(TypeError, `dict.__contains__() takes exactly one argument (${args.length - 1} given)`);
    return d.lookupEntry(args[1]!) !== undefined;
  },
  __iter__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__iter__'), dictIter(selfDict(args, '__iter__'))),
  __reversed__: (args) => dictReversed(selfDict(args, '__reversed__'), 'keys'),
  __repr__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__repr__'), dictRepr(selfDict(args, '__repr__'))),
  __eq__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__eq__');
    const a = selfDict(args, '__eq__');
    const b = args[1];
    return b instanceof PyDict ? dictEquals(a, b) : NotImplemented;
  },
  __ne__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__ne__');
    const a = selfDict(args, '__ne__');
    const b = args[1];
    return b instanceof PyDict ? !dictEquals(a, b) : NotImplemented;
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __or__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__or__');
    const a = selfDict(args, '__or__');
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    const r = dictCopy(a);
    dictUpdateArg(r, b);
    return r;
  },
  __ror__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__ror__');
    const a = selfDict(args, '__ror__');
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    const r = dictCopy(b);
    dictUpdateArg(r, a);
    return r;
  },
  __ior__: (args, kwnames) => {
    wrapperArity(args, kwnames, 1, '__ior__');
    const d = selfDict(args, '__ior__');
    dictUpdateArg(d, args[1]!);
    return d;
  },
  __sizeof__: (args) => 48 + 24 * selfDict(args, '__sizeof__').size,
  __init__: (args, kwnames) => {
    dictUpdateCommon(selfDict(args, '__init__'), args, kwnames, 'dict');
    return None;
  },
  get: (args, kwnames) => {
    const d = selfDict(args, 'get');
    const [k, dflt] = GET(args, kwnames);
    const v = d.get(k!);
    return v !== undefined ? v : (dflt ?? None);
  },
  setdefault: (args, kwnames) => {
    const d = selfDict(args, 'setdefault');
    const [k, dflt] = SETDEFAULT(args, kwnames);
    const e = d.lookupEntry(k!);
    if (e !== undefined) return e.value;
    const v = dflt ?? None;
    d.set(k!, v);
    return v;
  },
  pop: (args, kwnames) => {
    const d = selfDict(args, 'pop');
    const [k, dflt] = POP(args, kwnames);
    // CPython answers an empty dict without hashing the key: {}.pop([], 0) is 0, {}.pop([]) KeyError.
    const e = d.size === 0 ? undefined : d.delete(k!);
    if (e !== undefined) return e.value;
    if (dflt !== undefined) return dflt;
    throw newException(KeyError, k!);
  },
  popitem: (args, kwnames) => {
    noArgs(args, kwnames, 'dict.popitem');
    return dictPopItem(selfDict(args, 'popitem'));
  },
  keys: (args, kwnames) => (noArgs(args, kwnames, 'dict.keys'), new PyDictView(selfDict(args, 'keys'), 'keys')),
  values: (args, kwnames) => (noArgs(args, kwnames, 'dict.values'), new PyDictView(selfDict(args, 'values'), 'values')),
  items: (args, kwnames) => (noArgs(args, kwnames, 'dict.items'), new PyDictView(selfDict(args, 'items'), 'items')),
  update: (args, kwnames) => {
    dictUpdateCommon(selfDict(args, 'update'), args, kwnames, 'update');
    return None;
  },
  clear: (args, kwnames) => {
    noArgs(args, kwnames, 'dict.clear');
    selfDict(args, 'clear').clear();
    return None;
  },
  copy: (args, kwnames) => {
    noArgs(args, kwnames, 'dict.copy');
    return dictCopy(selfDict(args, 'copy'));
  },
});
setTypeAttr(dictType, '__hash__', None);

defineClassMethods(dictType, {
  fromkeys: (args, kwnames) => {
    const cls = args[0]!;
    const [iterable, value] = FROMKEYS(args, kwnames);
    const v = value ?? None;
    const d = call(cls, []);
    if (d instanceof PyDict && d.cls === dictType) {
      if (iterable instanceof PyDict && iterable.cls === dictType) {
        workEntries(iterable.size);
        for (const e of [...iterable.entries()]) d.set(e.key, v);
        return d;
      }
      if (iterable instanceof PySet) {
        workEntries(iterable.size);
        for (const k of iterable.values()) d.set(k, v);
        return d;
      }
    }
    const it = getIter(iterable!);
    // The new mapping is reachable only from here until it is returned: a root meanwhile.
    const roots = activeMeter().tempRoots;
    roots.push(d);
    try {
      for (let k = iterNext(it), n = 1; k !== undefined; k = iterNext(it), n++) {
        if ((n & 63) === 0) workEntries(WORK_BLOCK);
        if (d instanceof PyDict && d.cls === dictType) d.set(k, v);
        else setItem(d, k, v);
      }
    } finally {
      roots.pop();
    }
    return d;
  },
});

defineStaticMethods(dictType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(dictType, args, kwnames);
    const d = new PyDict(cls);
    d.dict = instanceDictFor(cls);
    return d;
  },
});
