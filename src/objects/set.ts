// Python's set and frozenset: CPython's Objects/setobject.c hash table reproduced slot for slot
// (open addressing, LINEAR_PROBES = 9 then perturbed probing, dummy slots, the same fill/resize
// policy and the same algorithms for merge, intersection, difference ...), so iteration order is
// CPython's for ints, floats and tuples, whose hashes are CPython's (hash.ts). str hashes are our
// own, so only sets of strs may iterate in a different order.

import { dictType } from './types.js';
import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, isInstance, setTypeAttr, type PyType } from './type.js';
import { defineMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { None, NotImplemented } from './singletons.js';
import { PyException, raise, newException, TypeError, KeyError, RuntimeError, MemoryError } from './exception.js';
import { NativeIterator, defineIteratorType } from './iterator.js';
import { eqValues, getIter, iterNext } from './protocol.js';
import { PyDict } from './dict.js';
import { PyTuple, newTuple, fastHash, reprItems, reprEnter, reprLeave } from './tuple.js';
import { PyList, newList } from './list.js';
import { hashFrozenset, splitHash, HALVES } from './hash.js';
import { wrapperArity, descriptorError } from './int.js';
import { checkNewArgs, instanceDictFor } from './type-type.js';
import { charge, SIZE, workEntries, WORK_BLOCK } from '../vm/meter.js';

/** setType, frozensetType: `set` and `frozenset`. */
export const setType = makeBuiltinType('set');
export const frozensetType = makeBuiltinType('frozenset');

const LINEAR_PROBES = 9;
const MINSIZE = 8;

/** DUMMY: the key of a deleted slot (its hash is -1, which no Python hash is). */
const DUMMY = new PyObject(setType);

type Hash = number | bigint;

/** PySet: a set or frozenset (cls tells which); the table is CPython's setentry array. */
export class PySet extends PyObject {
  /** keys: per slot, undefined (never used), DUMMY (deleted) or the element. */
  keys: (PyValue | undefined)[] = new Array(MINSIZE);
  /** hashes: per slot, the element's hash (-1 for DUMMY, 0 for never used). */
  hashes: Hash[] = new Array<Hash>(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** fill: active + dummy slots; used: active slots. */
  fill = 0;
  used = 0;
  /** finger: where pop() starts its search. */
  finger = 0;
  /** hashCache: a frozenset's hash once computed. */
  hashCache: Hash | undefined = undefined;
  constructor(cls: PyType = setType) {
    super(cls);
    charge(SIZE.OBJECT + SIZE.SET_ENTRY * MINSIZE);
  }

  get size(): number {
    return this.used;
  }

  /** values: the elements in table order (a snapshot). */
  values(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let i = 0; i <= this.mask; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }
}

/** isAnySet: PyAnySet_Check (set, frozenset or a subclass). */
export function isAnySet(v: PyValue | undefined): v is PySet {
  return v instanceof PySet;
}

function isFrozen(s: PySet): boolean {
  return s.cls === frozensetType || s.cls.isSubtypeOf(frozensetType);
}

// ---------------------------------------------------------------------------------------------
// The table (set_lookkey, set_add_entry, set_insert_clean, set_table_resize)

/** lookkey: the slot holding key, or -1; restarts if a comparison mutated the table. */
function lookkey(so: PySet, key: PyValue, hash: Hash): number {
  restart: for (;;) {
    let mask = so.mask;
    splitHash(hash);
    let phi = HALVES[0]!;
    let plo = HALVES[1]!;
    let i = plo & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = so.keys[j];
        if (k === undefined) return -1;
        if (so.hashes[j] === hash) {
          if (k === key) return j;
          const table = so.keys;
          const eq = eqValues(k, key);
          if (table !== so.keys || so.keys[j] !== k) continue restart;
          if (eq) return j;
          mask = so.mask;
        }
        j++;
      } while (probes--);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** addEntry: set_add_entry(). */
function addEntry(so: PySet, key: PyValue, hash: Hash): void {
  restart: for (;;) {
    let mask = so.mask;
    splitHash(hash);
    let phi = HALVES[0]!;
    let plo = HALVES[1]!;
    let i = plo & mask;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = so.keys[j];
        if (k === undefined) {
          if (freeslot === -1) {
            so.fill++;
            so.used++;
            so.keys[j] = key;
            so.hashes[j] = hash;
            if (so.fill * 5 < mask * 3) return;
            tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
            return;
          }
          so.used++;
          so.keys[freeslot] = key;
          so.hashes[freeslot] = hash;
          return;
        }
        const h = so.hashes[j];
        if (h === hash) {
          if (k === key) return;
          const table = so.keys;
          const eq = eqValues(k, key);
          if (eq) return;
          if (table !== so.keys || so.keys[j] !== k) continue restart;
          mask = so.mask;
        } else if (h === -1) freeslot = j;
        j++;
      } while (probes--);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** insertClean: set_insert_clean(), for a key known to be absent from a table without dummies. */
function insertClean(keys: (PyValue | undefined)[], hashes: Hash[], mask: number, key: PyValue, hash: Hash): void {
  splitHash(hash);
  let phi = HALVES[0]!;
  let plo = HALVES[1]!;
  let i = plo & mask;
  for (;;) {
    if (keys[i] === undefined) {
      keys[i] = key;
      hashes[i] = hash;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === undefined) {
          keys[i + j] = key;
          hashes[i + j] = hash;
          return;
        }
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** tableResize: set_table_resize(): the smallest power of two above minused, dummies dropped. */
function tableResize(so: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = so.keys;
  const oldHashes = so.hashes;
  const oldmask = so.mask;
  if (newsize === MINSIZE && oldmask === MINSIZE - 1 && so.fill === so.used) return;
  // A sandbox-wide ceiling (about 40 million items): V8 aborts the process when an array passes
  // about 134 million slots.
  if (newsize > 2 ** 26) throw newException(MemoryError);
  if (newsize > oldmask + 1) charge(SIZE.SET_ENTRY * newsize);
  const keys = new Array<PyValue | undefined>(newsize);
  const hashes = new Array<Hash>(newsize).fill(0);
  so.mask = newsize - 1;
  so.keys = keys;
  so.hashes = hashes;
  const noDummies = so.fill === so.used;
  if (!noDummies) so.fill = so.used;
  for (let i = 0; i <= oldmask; i++) {
    const k = oldKeys[i];
    if (k !== undefined && k !== DUMMY) insertClean(keys, hashes, so.mask, k, oldHashes[i]!);
  }
}

/** discardEntry: set_discard_entry(); whether the key was present. */
function discardEntry(so: PySet, key: PyValue, hash: Hash): boolean {
  const j = lookkey(so, key, hash);
  if (j < 0) return false;
  so.keys[j] = DUMMY;
  so.hashes[j] = -1;
  so.used--;
  return true;
}

function clearTable(so: PySet): void {
  so.keys = new Array(MINSIZE);
  so.hashes = new Array<Hash>(MINSIZE).fill(0);
  so.mask = MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
  so.hashCache = undefined;
}

/** hashKey: hash(key) for the table. */
const hashKey = fastHash;

/** setAdd: s.add(key) (also SET_ADD and BUILD_SET). */
export function setAdd(so: PySet, key: PyValue): void {
  addEntry(so, key, hashKey(key));
}

/** setHas: key in s, without the frozenset fallback for set keys. */
export function setHas(so: PySet, key: PyValue): boolean {
  return lookkey(so, key, hashKey(key)) >= 0;
}

/** setDiscardKey: s.discard(key); whether it was present (no set-key fallback). */
export function setDiscardKey(so: PySet, key: PyValue): boolean {
  return discardEntry(so, key, hashKey(key));
}

/** withFrozenFallback: runs op(key), retrying with frozenset(key) when key is an unhashable set (set_contains/remove/discard). */
function withFrozenFallback<T>(key: PyValue, op: (k: PyValue) => T): T {
  try {
    return op(key);
  } catch (e) {
    if (!(e instanceof PyException && isInstance(e, TypeError) && key instanceof PySet && !isFrozen(key))) throw e;
    const tmp = new PySet(frozensetType);
    merge(tmp, key);
    return op(tmp);
  }
}

/** setContains: key in s (set.__contains__). */
export function setContains(so: PySet, key: PyValue): boolean {
  return withFrozenFallback(key, (k) => setHas(so, k));
}

// ---------------------------------------------------------------------------------------------
// Bulk operations

/** merge: set_merge(so, other) for another set. */
function merge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  workEntries(other.used);
  if ((so.fill + other.used) * 5 >= so.mask * 3) tableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== undefined) {
        so.keys[i] = k;
        so.hashes[i] = other.hashes[i]!;
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== undefined && k !== DUMMY) insertClean(so.keys, so.hashes, so.mask, k, other.hashes[i]!);
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== undefined && k !== DUMMY) addEntry(so, k, other.hashes[i]!);
  }
}

/** setUpdate: set_update_internal(so, other) for any iterable. */
export function setUpdate(so: PySet, other: PyValue): void {
  if (other instanceof PySet) return merge(so, other);
  if (other instanceof PyDict && other.cls === dictType) {
    const n = other.size;
    workEntries(n);
    if ((so.fill + n) * 5 >= so.mask * 3) tableResize(so, (so.used + n) * 2);
    for (const e of other.entries()) addEntry(so, e.key, hashKey(e.key));
    return;
  }
  // Of a list or tuple the number is known: charged at once, else block by block.
  const known = (other instanceof PyList || other instanceof PyTuple) && !other.cls.heapType;
  if (known) workEntries(other.items.length);
  const it = getIter(other);
  for (let k = iterNext(it), n = 1; k !== undefined; k = iterNext(it), n++) {
    if ((n & 63) === 0 && !known) workEntries(WORK_BLOCK);
    addEntry(so, k, hashKey(k));
  }
}

/** newSet: set(items) for BUILD_SET: the items added in order. */
export function newSet(items: readonly PyValue[] = []): PySet {
  const s = new PySet(setType);
  for (const x of items) setAdd(s, x);
  return s;
}

/**
 * constantFrozenset: the frozenset constant CPython's compiler makes for a set display of
 * constants ({1, 2, 3} compiles to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE): built from the
 * items, then rebuilt from its own iteration order as compile.c's merge_consts_recursive() does,
 * which decides the table layout the display's set copies.
 */
export function constantFrozenset(items: readonly PyValue[]): PySet {
  const first = new PySet(frozensetType);
  for (const x of items) setAdd(first, x);
  if (first.used === 0) return first;
  const again = new PySet(frozensetType);
  for (const x of first.values()) setAdd(again, x);
  return again;
}

/** makeNewSet: make_new_set(type, iterable). */
export function makeNewSet(cls: PyType, iterable: PyValue | undefined): PySet {
  const s = new PySet(cls);
  if (cls !== setType && cls !== frozensetType) s.dict = instanceDictFor(cls);
  if (iterable !== undefined) setUpdate(s, iterable);
  return s;
}

/** baseType: make_new_set_basetype's choice: set for set subclasses, else frozenset. */
function baseType(so: PySet): PyType {
  if (so.cls === setType || so.cls === frozensetType) return so.cls;
  return so.cls.isSubtypeOf(setType) ? setType : frozensetType;
}

function copySet(so: PySet): PySet {
  return makeNewSet(baseType(so), so);
}

/** entriesOf: [key, hash] of each active slot in table order (set_next). */
function* entriesOf(so: PySet): Generator<[PyValue, Hash]> {
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (k !== undefined && k !== DUMMY) yield [k, so.hashes[i]!];
  }
}

/** setIntersection: set_intersection(so, other). */
export function setIntersection(so: PySet, other: PyValue): PySet {
  if (so === other) return copySet(so);
  const result = makeNewSet(baseType(so), undefined);
  if (other instanceof PySet) {
    let a = so;
    let b = other;
    if (b.used > a.used) [a, b] = [b, a];
    workEntries(b.used);
    for (const [k, h] of entriesOf(b)) if (lookkey(a, k, h) >= 0) addEntry(result, k, h);
    return result;
  }
  const it = getIter(other);
  for (let k = iterNext(it), n = 1; k !== undefined; k = iterNext(it), n++) {
    if ((n & 63) === 0) workEntries(WORK_BLOCK);
    const h = hashKey(k);
    if (lookkey(so, k, h) >= 0) {
      addEntry(result, k, h);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

/** swapBodies: set_swap_bodies(a, b). */
function swapBodies(a: PySet, b: PySet): void {
  [a.keys, b.keys] = [b.keys, a.keys];
  [a.hashes, b.hashes] = [b.hashes, a.hashes];
  [a.mask, b.mask] = [b.mask, a.mask];
  [a.fill, b.fill] = [b.fill, a.fill];
  [a.used, b.used] = [b.used, a.used];
  if (isFrozen(a) && isFrozen(b)) [a.hashCache, b.hashCache] = [b.hashCache, a.hashCache];
  else a.hashCache = b.hashCache = undefined;
}

/** setDifferenceUpdate: set_difference_update_internal(so, other). */
export function setDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) return clearTable(so);
  if (other instanceof PySet) {
    const src = other.used >> 3 > so.used ? setIntersection(so, other) : other;
    workEntries(src.used);
    for (const [k, h] of entriesOf(src)) discardEntry(so, k, h);
  } else {
    const it = getIter(other);
    for (let k = iterNext(it), n = 1; k !== undefined; k = iterNext(it), n++) {
      if ((n & 63) === 0) workEntries(WORK_BLOCK);
      withFrozenFallback(k, (key) => discardEntry(so, key, hashKey(key)));
    }
  }
  if (so.fill - so.used <= so.mask >>> 2) return;
  tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** setDifference: set_difference(so, other). */
export function setDifference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.cls === dictType) otherSize = other.size;
  else {
    const r = copySet(so);
    setDifferenceUpdate(r, other);
    return r;
  }
  if (so.used >> 2 > otherSize) {
    const r = copySet(so);
    setDifferenceUpdate(r, other);
    return r;
  }
  const result = makeNewSet(baseType(so), undefined);
  workEntries(so.used);
  if (other instanceof PyDict) {
    for (const [k, h] of entriesOf(so)) if (other.lookupEntry(k) === undefined) addEntry(result, k, h);
    return result;
  }
  for (const [k, h] of entriesOf(so)) if (lookkey(other as PySet, k, h) < 0) addEntry(result, k, h);
  return result;
}

/** setSymmetricDifferenceUpdate: set_symmetric_difference_update(so, other). */
export function setSymmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) return clearTable(so);
  if (other instanceof PyDict && other.cls === dictType) {
    workEntries(other.size);
    for (const e of [...other.entries()]) {
      const h = hashKey(e.key);
      if (!discardEntry(so, e.key, h)) addEntry(so, e.key, h);
    }
    return;
  }
  const otherset = other instanceof PySet ? other : makeNewSet(baseType(so), other);
  workEntries(otherset.used);
  for (const [k, h] of entriesOf(otherset)) if (!discardEntry(so, k, h)) addEntry(so, k, h);
}

/** setSymmetricDifference: set_symmetric_difference(so, other). */
export function setSymmetricDifference(so: PySet, other: PyValue): PySet {
  const otherset = makeNewSet(baseType(so), other);
  setSymmetricDifferenceUpdate(otherset, so);
  return otherset;
}

/** setIsSubset: set_issubset(so, other). */
export function setIsSubset(so: PySet, other: PyValue): boolean {
  if (!(other instanceof PySet)) return setIntersection(so, other).used === so.used;
  if (so.used > other.used) return false;
  let n = 0;
  for (const [k, h] of entriesOf(so)) {
    if ((++n & 63) === 0) workEntries(WORK_BLOCK);
    if (lookkey(other, k, h) < 0) return false;
  }
  return true;
}

/** setIsSuperset: set_issuperset(so, other). */
export function setIsSuperset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return setIsSubset(other, so);
  const it = getIter(other);
  for (let k = iterNext(it), n = 1; k !== undefined; k = iterNext(it), n++) {
    if ((n & 63) === 0) workEntries(WORK_BLOCK);
    if (!setContains(so, k)) return false;
  }
  return true;
}

/** setIsDisjoint: set_isdisjoint(so, other). */
export function setIsDisjoint(so: PySet, other: PyValue): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet && (other.cls === setType || other.cls === frozensetType)) {
    let a = so;
    let b = other;
    if (b.used > a.used) [a, b] = [b, a];
    let n = 0;
    for (const [k, h] of entriesOf(b)) {
      if ((++n & 63) === 0) workEntries(WORK_BLOCK);
      if (lookkey(a, k, h) >= 0) return false;
    }
    return true;
  }
  const it = getIter(other);
  for (let k = iterNext(it), n = 1; k !== undefined; k = iterNext(it), n++) {
    if ((n & 63) === 0) workEntries(WORK_BLOCK);
    if (setContains(so, k)) return false;
  }
  return true;
}

/** setEquals: set == other for two sets (set_richcompare's Py_EQ). */
export function setEquals(a: PySet, b: PySet): boolean {
  if (a.used !== b.used) return false;
  if (a.hashCache !== undefined && b.hashCache !== undefined && a.hashCache !== b.hashCache) return false;
  return setIsSubset(a, b);
}

/** setPop: s.pop(), as set_pop() (a rotating finger). */
export function setPop(so: PySet): PyValue {
  if (so.used === 0) throw newException(KeyError, 'pop from an empty set');
  let i = so.finger & so.mask;
  while (so.keys[i] === undefined || so.keys[i] === DUMMY) {
    i++;
    if (i > so.mask) i = 0;
  }
  const key = so.keys[i]!;
  so.keys[i] = DUMMY;
  so.hashes[i] = -1;
  so.used--;
  so.finger = i + 1;
  return key;
}

/** frozensetHash: hash(frozenset), cached. */
export function frozensetHash(so: PySet): Hash {
  if (so.hashCache !== undefined) return so.hashCache;
  workEntries(so.used);
  const hashes: Hash[] = [];
  for (const [, h] of entriesOf(so)) hashes.push(h);
  so.hashCache = hashFrozenset(hashes, so.used);
  return so.hashCache;
}

/** setRepr: {1, 2}, set(), frozenset({1}), Sub({1}); `set(...)` inside its own repr. */
export function setRepr(so: PySet): string {
  const name = so.cls.name;
  if (!reprEnter(so)) return `${name}(...)`;
  try {
    if (so.used === 0) return `${name}()`;
    const body = '{' + reprItems(so.values()) + '}';
    return so.cls === setType ? body : `${name}(${body})`;
  } finally {
    reprLeave(so);
  }
}

// ---------------------------------------------------------------------------------------------
// set_iterator

/** setIteratorType: `set_iterator`. */
export const setIteratorType = defineIteratorType('set_iterator');

/** SetIterator: iter(set); RuntimeError if the set changes size meanwhile. */
export class SetIterator extends NativeIterator {
  private pos = 0;
  private usedAtStart: number;
  private remaining: number;
  constructor(private set: PySet | null) {
    super(setIteratorType);
    this.usedAtStart = set === null ? 0 : set.used;
    this.remaining = this.usedAtStart;
  }
  next(): PyValue | undefined {
    const so = this.set;
    if (so === null) return undefined;
    if (this.usedAtStart !== so.used) {
      this.usedAtStart = -1;
      raise(RuntimeError, 'Set changed size during iteration');
    }
    let i = this.pos;
    while (i <= so.mask && (so.keys[i] === undefined || so.keys[i] === DUMMY)) i++;
    this.pos = i + 1;
    if (i > so.mask) {
      this.set = null;
      return undefined;
    }
    this.remaining--;
    return so.keys[i];
  }
  lengthHint(): number {
    return this.set !== null && this.usedAtStart === this.set.used ? this.remaining : 0;
  }
}

/** setIter: iter(s). */
export function setIter(so: PySet): SetIterator {
  charge(SIZE.OBJECT + SIZE.SLOT * 4);
  return new SetIterator(so);
}

defineMethods(setIteratorType, {
  __length_hint__: (args) => (args[0] as SetIterator).lengthHint(),
});

// ---------------------------------------------------------------------------------------------
// Methods of set and frozenset

function selfSet(args: readonly PyValue[], name: string, owner = 'set'): PySet {
  const s = args[0];
  if (!(s instanceof PySet)) descriptorError(name, owner, s);
  return s;
}

function oneArg(args: readonly PyValue[], kwnames: readonly string[] | null, qual: string): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${qual}() takes no keyword arguments`);
  if (args.length !== 2) raise(TypeError, `${qual}() takes exactly one argument (${args.length - 1} given)`);
  return args[1]!;
}

function noArgs(args: readonly PyValue[], kwnames: readonly string[] | null, qual: string): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${qual}() takes no keyword arguments`);
  if (args.length !== 1) raise(TypeError, `${qual}() takes no arguments (${args.length - 1} given)`);
}

function varArgs(args: readonly PyValue[], kwnames: readonly string[] | null, qual: string): readonly PyValue[] {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${qual}() takes no keyword arguments`);
  return args.slice(1);
}

/** binary: a set operator (both operands sets, else NotImplemented); `reflected` swaps them. */
function binary(name: string, f: (a: PySet, b: PySet) => PyValue, reflected: boolean): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfSet(args, name);
    const b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return reflected ? f(b, a) : f(a, b);
  };
}

function inplace(name: string, f: (a: PySet, b: PySet) => void): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfSet(args, name);
    const b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    f(a, b);
    return a;
  };
}

function compare(name: string, op: (a: PySet, b: PySet) => boolean): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfSet(args, name);
    const b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return op(a, b);
  };
}

const orOp = (a: PySet, b: PySet): PyValue => {
  const r = copySet(a);
  if (a !== b) setUpdate(r, b);
  return r;
};

/** commonMethods: the methods shared by set and frozenset. */
function commonMethods(owner: string): Record<string, NativeFn> {
  return {
    __len__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__len__'), selfSet(args, '__len__', owner).used),
    __contains__: (args, kwnames) => setContains(selfSet(args, '__contains__', owner), oneArg(args, kwnames, `${owner}.__contains__`)),
    __iter__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__iter__'), setIter(selfSet(args, '__iter__', owner))),
    __repr__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__repr__'), setRepr(selfSet(args, '__repr__', owner))),
    __or__: binary('__or__', orOp, false),
    __ror__: binary('__ror__', orOp, true),
    __and__: binary('__and__', setIntersection, false),
    __rand__: binary('__rand__', setIntersection, true),
    __sub__: binary('__sub__', setDifference, false),
    __rsub__: binary('__rsub__', setDifference, true),
    __xor__: binary('__xor__', setSymmetricDifference, false),
    __rxor__: binary('__rxor__', setSymmetricDifference, true),
    __eq__: compare('__eq__', setEquals),
    __ne__: compare('__ne__', (a, b) => !setEquals(a, b)),
    __le__: compare('__le__', setIsSubset),
    __ge__: compare('__ge__', setIsSuperset),
    __lt__: compare('__lt__', (a, b) => a.used < b.used && setIsSubset(a, b)),
    __gt__: compare('__gt__', (a, b) => a.used > b.used && setIsSuperset(a, b)),
    __sizeof__: (args) => {
      const s = selfSet(args, '__sizeof__', owner);
      return 200 + (s.mask + 1 > MINSIZE ? (s.mask + 1) * 16 : 0);
    },
    __reduce__: (args) => {
      const s = selfSet(args, '__reduce__', owner);
      return newTuple([s.cls, newTuple([newList(s.values())]), s.dict ?? None]);
    },
    union: (args, kwnames) => {
      const so = selfSet(args, 'union', owner);
      const r = copySet(so);
      for (const o of varArgs(args, kwnames, `${owner}.union`)) if (o !== so) setUpdate(r, o);
      return r;
    },
    intersection: (args, kwnames) => {
      const so = selfSet(args, 'intersection', owner);
      const others = varArgs(args, kwnames, `${owner}.intersection`);
      if (others.length === 0) return copySet(so);
      let r: PySet = so;
      for (const o of others) r = setIntersection(r, o);
      return r;
    },
    difference: (args, kwnames) => {
      const so = selfSet(args, 'difference', owner);
      const others = varArgs(args, kwnames, `${owner}.difference`);
      if (others.length === 0) return copySet(so);
      const r = setDifference(so, others[0]!);
      for (let i = 1; i < others.length; i++) setDifferenceUpdate(r, others[i]!);
      return r;
    },
    symmetric_difference: (args, kwnames) =>
      setSymmetricDifference(selfSet(args, 'symmetric_difference', owner), oneArg(args, kwnames, `${owner}.symmetric_difference`)),
    issubset: (args, kwnames) => setIsSubset(selfSet(args, 'issubset', owner), oneArg(args, kwnames, `${owner}.issubset`)),
    issuperset: (args, kwnames) => setIsSuperset(selfSet(args, 'issuperset', owner), oneArg(args, kwnames, `${owner}.issuperset`)),
    isdisjoint: (args, kwnames) => setIsDisjoint(selfSet(args, 'isdisjoint', owner), oneArg(args, kwnames, `${owner}.isdisjoint`)),
  };
}

defineMethods(setType, {
  ...commonMethods('set'),
  __ior__: inplace('__ior__', (a, b) => setUpdate(a, b)),
  __iand__: inplace('__iand__', (a, b) => swapBodies(a, setIntersection(a, b))),
  __isub__: inplace('__isub__', setDifferenceUpdate),
  __ixor__: inplace('__ixor__', setSymmetricDifferenceUpdate),
  __init__: (args, kwnames) => {
    const so = selfSet(args, '__init__');
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'set() takes no keyword arguments');
    if (args.length > 2) raise(TypeError, `set expected at most 1 argument, got ${args.length - 1}`);
    if (so.fill) clearTable(so);
    so.hashCache = undefined;
    if (args.length === 2) setUpdate(so, args[1]!);
    return None;
  },
  add: (args, kwnames) => {
    setAdd(selfSet(args, 'add'), oneArg(args, kwnames, 'set.add'));
    return None;
  },
  discard: (args, kwnames) => {
    const so = selfSet(args, 'discard');
    withFrozenFallback(oneArg(args, kwnames, 'set.discard'), (k) => setDiscardKey(so, k));
    return None;
  },
  remove: (args, kwnames) => {
    const so = selfSet(args, 'remove');
    const key = oneArg(args, kwnames, 'set.remove');
    if (!withFrozenFallback(key, (k) => setDiscardKey(so, k))) throw newException(KeyError, key);
    return None;
  },
  pop: (args, kwnames) => {
    noArgs(args, kwnames, 'set.pop');
    return setPop(selfSet(args, 'pop'));
  },
  clear: (args, kwnames) => {
    noArgs(args, kwnames, 'set.clear');
    clearTable(selfSet(args, 'clear'));
    return None;
  },
  copy: (args, kwnames) => {
    noArgs(args, kwnames, 'set.copy');
    return copySet(selfSet(args, 'copy'));
  },
  update: (args, kwnames) => {
    const so = selfSet(args, 'update');
    for (const o of varArgs(args, kwnames, 'set.update')) setUpdate(so, o);
    return None;
  },
  intersection_update: (args, kwnames) => {
    const so = selfSet(args, 'intersection_update');
    const others = varArgs(args, kwnames, 'set.intersection_update');
    let r: PySet = so;
    if (others.length === 0) r = copySet(so);
    for (const o of others) r = setIntersection(r, o);
    swapBodies(so, r);
    return None;
  },
  difference_update: (args, kwnames) => {
    const so = selfSet(args, 'difference_update');
    for (const o of varArgs(args, kwnames, 'set.difference_update')) setDifferenceUpdate(so, o);
    return None;
  },
  symmetric_difference_update: (args, kwnames) => {
    setSymmetricDifferenceUpdate(selfSet(args, 'symmetric_difference_update'), oneArg(args, kwnames, 'set.symmetric_difference_update'));
    return None;
  },
});
setTypeAttr(setType, '__hash__', None);

defineMethods(frozensetType, {
  ...commonMethods('frozenset'),
  __hash__: (args, kwnames) => (wrapperArity(args, kwnames, 0, '__hash__'), frozensetHash(selfSet(args, '__hash__', 'frozenset'))),
  copy: (args, kwnames) => {
    noArgs(args, kwnames, 'frozenset.copy');
    const so = selfSet(args, 'copy', 'frozenset');
    return so.cls === frozensetType ? so : copySet(so);
  },
});

defineStaticMethods(setType, {
  __new__: (args, kwnames) => makeNewSet(checkNewArgs(setType, args, kwnames), undefined),
});

defineStaticMethods(frozensetType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(frozensetType, args, kwnames);
    if (cls === frozensetType && kwnames !== null && kwnames.length > 0) raise(TypeError, 'frozenset() takes no keyword arguments');
    const n = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
    if (n > 1) raise(TypeError, `${cls.name} expected at most 1 argument, got ${n}`);
    const iterable = n === 1 ? args[1] : undefined;
    if (cls === frozensetType && iterable instanceof PySet && iterable.cls === frozensetType) return iterable;
    return makeNewSet(cls, iterable);
  },
});
