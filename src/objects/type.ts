// Type objects. A PyType holds its name, bases, MRO and attribute namespace (`attrs`, the type's
// __dict__). Special methods of builtin types are ordinary entries in `attrs` (builtin functions),
// so user subclasses override them the Python way; the VM adds fast paths for the common builtin
// types before it falls back to those lookups.
//
// This file creates `object` and `type` themselves; every other builtin type is made in its own
// file with makeBuiltinType().

import { PyObject, type PyValue } from './object.js';
import type { Shape } from './shape.js';

/** PyType: a Python class, builtin or user-defined. */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** attrs: the class namespace (its __dict__). Mutate only through setTypeAttr (lookup cache). */
  attrs: Map<string, PyValue> = new Map();
  /** heapType: created by a class statement or type(); instances get a __dict__, attrs are settable. */
  heapType: boolean;
  /** native: the builtin type whose JS representation instances use (object for plain classes). */
  native: PyType;
  /** lookupCache: name -> attribute found along the MRO (null: absent); valid while cacheEpoch is current. */
  lookupCache: Map<string, PyValue | null> = new Map();
  cacheEpoch = -1;
  /**
   * version: a number no other type state ever had; it changes whenever this type's namespace or
   * one of its bases' does (invalidateType). The VM's inline caches key on it (src/vm/attr-cache.ts).
   */
  version = ++typeVersions;
  /** subclassesList: direct subclasses, for __subclasses__(). */
  subclassesList: PyType[] = [];
  /** shapeRoot: the root of the shape tree of this class's instance dicts (src/objects/shape.ts), made on first use. */
  shapeRoot: Shape | null = null;
  constructor(meta: PyType | null, name: string, bases: PyType[], heapType: boolean) {
    // `type` is its own metaclass: bootstrap passes null and patches cls below.
    super(meta as PyType);
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
    this.bases = bases;
    this.heapType = heapType;
    this.native = this;
  }

  /** lookup: the attribute `name` found on the MRO (no descriptor binding), or undefined. */
  lookup(name: string): PyValue | undefined {
    if (this.cacheEpoch !== typeEpoch) {
      this.lookupCache.clear();
      this.cacheEpoch = typeEpoch;
    }
    const hit = this.lookupCache.get(name);
    if (hit !== undefined) return hit === null ? undefined : hit;
    let found: PyValue | null = null;
    for (const t of this.mro) {
      const v = t.attrs.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.lookupCache.set(name, found);
    return found === null ? undefined : found;
  }

  /** isSubtypeOf: whether other is on this type's MRO. */
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * typeEpoch: bumped when a builtin type's namespace or any type's bases change; every type's lookup
 * cache is dropped lazily when it sees a new epoch. A class's own namespace changes invalidate just
 * that class and its subclasses (invalidateType), so a class attribute updated in a loop does not
 * flush every cache.
 */
let typeEpoch = 0;

/** typeVersions: the last type version handed out. */
let typeVersions = 0;

/** currentTypeEpoch: typeEpoch, for the VM's inline caches. */
export function currentTypeEpoch(): number {
  return typeEpoch;
}

/**
 * lazyDictNatives: builtin layouts whose instances get their __dict__ on the first attribute store
 * (function, BaseException, classmethod ...); genericSetAttr in protocol.ts makes it.
 */
export const lazyDictNatives = new Set<PyType>();

/** invalidateType: t's namespace changed: new versions and empty lookup caches for t and its subclasses. */
export function invalidateType(t: PyType): void {
  t.version = ++typeVersions;
  t.lookupCache.clear();
  for (const sub of t.subclassesList) invalidateType(sub);
}

/** setTypeAttr: sets (or with undefined, deletes) an attribute of a type, invalidating caches. */
export function setTypeAttr(t: PyType, name: string, value: PyValue | undefined): void {
  if (value === undefined) t.attrs.delete(name);
  else t.attrs.set(name, value);
  // Builtin types change only while they are set up, and not all of them list their subclasses.
  if (t.heapType) invalidateType(t);
  else typeEpoch++;
}

/** invalidateTypeCaches: for changes to __bases__ / __mro__. */
export function invalidateTypeCaches(): void {
  typeEpoch++;
}

/**
 * computeMro: the C3 linearization of t and its bases (Python's MRO), or a string describing the
 * conflict in CPython's words for a TypeError.
 */
export function computeMro(t: PyType, bases: readonly PyType[]): PyType[] | string {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyType | undefined;
    for (const s of nonEmpty) {
      const cand = s[0]!;
      if (!nonEmpty.some((o) => o.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === undefined) {
      const names = [...new Set(nonEmpty.map((s) => s[0]!))].map((c) => c.name);
      return `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`;
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** objectType: `object`. */
export const objectType = new PyType(null, 'object', [], false);
/** typeType: `type`. */
export const typeType = new PyType(null, 'type', [objectType], false);
objectType.cls = typeType;
typeType.cls = typeType;
objectType.mro = [objectType];
typeType.mro = [typeType, objectType];
typeType.native = typeType;

/**
 * makeBuiltinType: a builtin type with a single base (object by default). Its methods are added by
 * the file that defines it (defineMethods in builtin-function.ts).
 */
export function makeBuiltinType(name: string, base: PyType = objectType, options: { native?: boolean; module?: string } = {}): PyType {
  const t = new PyType(typeType, name, [base], false);
  t.mro = [t, ...base.mro];
  t.native = options.native === false ? base.native : t;
  if (options.module !== undefined) t.module = options.module;
  base.subclassesList.push(t);
  return t;
}

// Types of the JS primitives, fixed here so typeOf needs no import cycle.
/** intType: `int`. */
export const intType = makeBuiltinType('int');
/** boolType: `bool`. */
export const boolType = makeBuiltinType('bool', intType);
/** strType: `str`. */
export const strType = makeBuiltinType('str');

/** typeOf: the Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return v.cls;
  }
}

/** typeName: `type(v).__name__`, for error messages. */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** isInstance: isinstance(v, t) by the MRO (no __instancecheck__). */
export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}
