// This file defines the inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR: one AttrCache per
// instruction (PyCode.caches, indexed by instruction), filled on the first execution, consulted
// while the receiver's type has the version it had then (PyType.version changes with the type's
// namespace and its bases'; typeEpoch with builtin types and __bases__ assignments). A hit replaces
// the MRO walk and the __getattribute__/__getattr__/__setattr__ checks with two comparisons.
//
// Only descriptors whose behaviour cannot change without a type version change are cached:
// functions, builtin methods, properties, getsets, class/static methods, and values of builtin
// types. An instance of a user class found on the type is looked up the slow way each time, as its
// own class may gain or lose __get__/__set__ at any time.

import type { PyValue } from '../objects/object.js';
import { PyType, objectType, typeType, currentTypeEpoch } from '../objects/type.js';
import { PyFunction } from '../objects/function.js';
import { PyBuiltinFunction } from '../objects/builtin-function.js';
import { PyGetSet, PyProperty, PyClassMethod, PyStaticMethod } from '../objects/descriptor.js';
import { moduleType } from '../objects/types.js';
import type { PyDict, DictEntry } from '../objects/dict.js';
import type { Shape } from '../objects/shape.js';

/** The instance dict alone decides (the type has no attribute of that name). */
export const ATTR_DICT = 1;
/** A data descriptor on the type decides: descrGet(descr, o, type). */
export const ATTR_DATA = 2;
/** The instance dict first, then descrGet(descr, o, type). */
export const ATTR_NONDATA = 3;
/** LOAD_METHOD: descr is a plain function or builtin method; push it unbound unless the dict shadows it. */
export const ATTR_METHOD = 4;
/** STORE_ATTR: no __setattr__ override and no data descriptor: store in the instance dict. */
export const ATTR_STORE_DICT = 5;

/**
 * AttrCache: one entry of an instruction's cache, for one receiver type; kind 0 means the generic path. An
 * instruction keeps up to MAX_ENTRIES entries in a chain (`next`), so a method that sees several
 * classes (the subclasses of its own class, typically) stays cached.
 */
export class AttrCache {
  version = -1;
  epoch = -1;
  kind = 0;
  descr: PyValue | undefined = undefined;
  type: PyType | null = null;
  next: AttrCache | undefined = undefined;
  /**
   * shape, index: the instruction's name sits at slots[index] of instance dicts with this shape
   * (index -1: such dicts lack it). Filled by slotLookup; a name and a shape fix the index, so
   * these stay true whatever happens to the type.
   */
  shape: Shape | undefined = undefined;
  index = -1;
}

/**
 * slotLookup: the value of str key `name` in instance dict d, for an instruction whose cache
 * entry c did not know d's shape; c learns it, so the next dict of that shape is read by index.
 */
export function slotLookup(c: AttrCache, d: PyDict, name: string): PyValue | undefined {
  const shape = d.shape;
  if (shape !== null) {
    const slots = d.slots!;
    let i = slots.length - 1;
    while (i >= 0 && slots[i]!.key !== name) i--;
    c.shape = shape;
    c.index = i;
    return i < 0 ? undefined : slots[i]!.value;
  }
  return d.getStr(name);
}

const MAX_ENTRIES = 4;

/**
 * cacheEntry: the entry of instruction i's cache to (re)fill for receiver type t: t's own stale
 * entry, else a new one in front while there are fewer than MAX_ENTRIES, else a new chain of one
 * (the old entries may describe classes that no longer exist: a program run again with the same
 * code objects makes its classes anew).
 */
export function cacheEntry(caches: (AttrCache | GlobalCache | undefined)[], i: number, t: PyType): AttrCache {
  const first = caches[i] as AttrCache | undefined;
  let count = 0;
  for (let e = first; e !== undefined; e = e.next) {
    if (e.type === t) return e;
    count++;
  }
  const e = new AttrCache();
  e.type = t;
  e.next = count < MAX_ENTRIES ? first : undefined;
  caches[i] = e;
  return e;
}

let objectGetattribute: PyValue | undefined;
let objectSetattr: PyValue | undefined;
let moduleGetattribute: PyValue | undefined;

/** stableDescriptor: d (found on a type) behaves the same while the type's version holds. */
function stableDescriptor(d: PyValue): boolean {
  if (typeof d !== 'object') return true;
  if (d.cls.heapType) return false;
  if (d instanceof PyFunction || d instanceof PyBuiltinFunction || d instanceof PyProperty || d instanceof PyGetSet) return true;
  if (d instanceof PyClassMethod || d instanceof PyStaticMethod) return true;
  return d.cls.lookup('__get__') === undefined && d.cls.lookup('__set__') === undefined && d.cls.lookup('__delete__') === undefined;
}

/** isDataKind: d (stable) is a data descriptor. */
function isDataKind(d: PyValue): boolean {
  return typeof d === 'object' && (d instanceof PyProperty || d instanceof PyGetSet);
}

/** genericGetattribute: t looks attributes up the generic way (object's or module's __getattribute__, no __getattr__). */
function genericGetattribute(t: PyType): boolean {
  objectGetattribute ??= objectType.attrs.get('__getattribute__');
  moduleGetattribute ??= moduleType.attrs.get('__getattribute__');
  const ga = t.lookup('__getattribute__');
  if (ga !== objectGetattribute && !(t === moduleType && ga === moduleGetattribute)) return false;
  return t.lookup('__getattr__') === undefined;
}

function stamp(c: AttrCache, t: PyType, kind: number, descr: PyValue | undefined): void {
  c.version = t.version;
  c.epoch = currentTypeEpoch();
  c.kind = kind;
  c.descr = descr;
}

/**
 * fillLoadAttr: records how LOAD_ATTR of `name` behaves on instances of t (instances with a
 * __dict__, not classes), or leaves the cache empty when it must take the generic path.
 */
export function fillLoadAttr(c: AttrCache, t: PyType, name: string): void {
  stamp(c, t, 0, undefined);
  if (t.isSubtypeOf(typeType) || !genericGetattribute(t)) return;
  const d = t.lookup(name);
  if (d === undefined) stamp(c, t, ATTR_DICT, undefined);
  else if (stableDescriptor(d)) stamp(c, t, isDataKind(d) ? ATTR_DATA : ATTR_NONDATA, d);
}

/**
 * fillLoadMethod: records that LOAD_METHOD of `name` on instances of t may push descr unbound
 * (ATTR_METHOD), or finds the attribute in the instance dict alone (ATTR_DICT: modules).
 */
export function fillLoadMethod(c: AttrCache, t: PyType, name: string): void {
  stamp(c, t, 0, undefined);
  if (t.isSubtypeOf(typeType) || !genericGetattribute(t)) return;
  const d = t.lookup(name);
  if (d === undefined) stamp(c, t, ATTR_DICT, undefined);
  else if (d instanceof PyFunction || (d instanceof PyBuiltinFunction && d.kind === 'method' && d.self === undefined)) {
    stamp(c, t, ATTR_METHOD, d);
  }
}

/** fillStoreAttr: records that STORE_ATTR of `name` on instances of t stores into the instance dict. */
export function fillStoreAttr(c: AttrCache, t: PyType, name: string): void {
  stamp(c, t, 0, undefined);
  objectSetattr ??= objectType.attrs.get('__setattr__');
  if (t.isSubtypeOf(typeType) || t.lookup('__setattr__') !== objectSetattr) return;
  const d = t.lookup(name);
  if (d === undefined || (stableDescriptor(d) && !isDataKind(d))) stamp(c, t, ATTR_STORE_DICT, undefined);
}

/** valid: whether the cache describes type t as it is now. */
export function cacheValid(c: AttrCache, t: PyType): boolean {
  return c.version === t.version && c.epoch === currentTypeEpoch();
}


/**
 * GlobalCache: LOAD_GLOBAL's (and module-level LOAD_NAME's) cache: the dict entry the name was
 * found in, valid while the globals (and, for a builtin, the builtins) have the keys versions they
 * had then. builtinsVersion 0: found in the globals, the builtins do not matter.
 */
export class GlobalCache {
  constructor(
    readonly globalsVersion: number,
    readonly builtinsVersion: number,
    readonly entry: DictEntry,
  ) {}
}

/** loadGlobalSlow: the name from globals, else builtins (undefined if neither has it); caches the entry at caches[i]. */
export function loadGlobalSlow(
  globals: PyDict,
  builtins: PyDict,
  name: string,
  caches: (AttrCache | GlobalCache | undefined)[],
  i: number,
): PyValue | undefined {
  let e = globals.entryStr(name);
  if (e !== undefined) {
    caches[i] = new GlobalCache(globals.keysVersion, 0, e);
    return e.value;
  }
  e = builtins.entryStr(name);
  if (e !== undefined) {
    caches[i] = new GlobalCache(globals.keysVersion, builtins.keysVersion, e);
    return e.value;
  }
  return undefined;
}
