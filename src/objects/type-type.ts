// The methods and attributes of `type` and class creation: type(x), type(name, bases, dict), the
// class statement's __build_class__, isinstance()/issubclass() with their hooks, and the
// `mappingproxy` returned by C.__dict__. Follows CPython 3.11's Objects/typeobject.c (type_new and
// its helpers, type_call, best_base, mro_internal), Python/bltinmodule.c (builtin___build_class__)
// and Objects/abstract.c (object_recursive_isinstance, object_issubclass).

import { PyObject, type PyValue } from './object.js';
import { PyType, typeOf, typeName, typeType, objectType, computeMro, invalidateTypeCaches, setTypeAttr, makeBuiltinType, lazyDictNatives } from './type.js';
import { None } from './singletons.js';
import { PyBuiltinFunction, builtinFunction, defineMethods, defineClassMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { PyFunction, PyCell } from './function.js';
import { PyGetSet, PyClassMethod, PyStaticMethod, defineGetSets, defineMembers } from './descriptor.js';
import { moduleType, dictType } from './types.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyList, newList } from './list.js';
import { PyDict } from './dict.js';
import { Shape } from './shape.js';
import { PyException, raise, pyError, newException, TypeError, ValueError, AttributeError, RuntimeError, KeyError, EXCEPTION_TYPES } from './exception.js';
import {
  call,
  callBound,
  callType,
  descrGet,
  getAttr,
  getAttrOpt,
  truthy,
  repr,
  getItem,
  setItem,
  contains,
  lenOf,
  getIter,
  toArray,
  richCompare,
  binaryOp,
  callMethod,
  typeGetAttr,
  genericSetAttr,
  attributeError,
} from './protocol.js';
import { ArgSpec, noKwargs } from '../builtins/args.js';
import { runClassBody, enterRecursion, leaveRecursion } from '../vm/call.js';
import { currentVM } from '../vm/current.js';
import { charge, SIZE } from '../vm/meter.js';
import { makeMemberDescriptor } from './descriptor-methods.js';
import { makeSuper } from './super.js';
import { PyUnion } from './generic-alias.js';

// ---------------------------------------------------------------------------------------------
// Layout bookkeeping (what CPython keeps in tp_base, tp_dictoffset and the slot members)

/** baseOf: tp_base of heap types (the best base); builtin types use bases[0]. */
const baseOf = new WeakMap<PyType, PyType>();
/** ownSlots: the slot names a class's __slots__ added (mangled), for layout checks. */
const ownSlots = new WeakMap<PyType, readonly string[]>();
/** dictTypes: heap types whose instances have a __dict__ (they or a base added one). */
const dictTypes = new WeakSet<PyType>();

/** abstractTypes: classes whose __abstractmethods__ was set non-empty (CPython's Py_TPFLAGS_IS_ABSTRACT). */
const abstractTypes = new WeakSet<PyType>();

/** isAbstractType: whether instantiating t must fail (object.__new__'s check). */
export function isAbstractType(t: PyType): boolean {
  return abstractTypes.has(t);
}

/** typeBase: `t.__base__` (CPython's tp_base), null for object. */
export function typeBase(t: PyType): PyType | null {
  return baseOf.get(t) ?? t.bases[0] ?? null;
}

/** slotNames: the (mangled) slot names t's own __slots__ added. */
export function slotNames(t: PyType): readonly string[] {
  return ownSlots.get(t) ?? [];
}

/** hasInstanceDict: whether instances of t have a __dict__ (tp_dictoffset != 0). */
export function hasInstanceDict(t: PyType): boolean {
  return dictTypes.has(t) || lazyDictNatives.has(t.native) || t.native === typeType || t.native === moduleType;
}

/**
 * instanceDictFor: the fresh __dict__ an instance of cls needs, or null. Builtin __new__
 * implementations call it so instances of their heap subclasses (`class D(dict)`) get a __dict__.
 */
export function instanceDictFor(cls: PyType): PyDict | null {
  return cls.heapType && dictTypes.has(cls) ? newInstanceDict(cls) : null;
}

/** newInstanceDict: a new, empty __dict__ for an instance of cls, on cls's shape tree. */
export function newInstanceDict(cls: PyType): PyDict {
  return new PyDict().shaped((cls.shapeRoot ??= Shape.newRoot()));
}

/** FINAL_TYPES: builtin types that are not acceptable base types (no Py_TPFLAGS_BASETYPE). */
const FINAL_TYPES = new Set([
  'bool',
  'NoneType',
  'NotImplementedType',
  'ellipsis',
  'function',
  'method',
  'builtin_function_or_method',
  'method_descriptor',
  'wrapper_descriptor',
  'classmethod_descriptor',
  'method-wrapper',
  'getset_descriptor',
  'member_descriptor',
  'mappingproxy',
  'code',
  'cell',
  'frame',
  'traceback',
  'generator',
  'coroutine',
  'async_generator',
  'range',
  'slice',
  'memoryview',
  'dict_keys',
  'dict_values',
  'dict_items',
]);

/** isFinalType: a builtin type that cannot be subclassed ("type 'bool' is not an acceptable base type"). */
export function isFinalType(t: PyType): boolean {
  return !t.heapType && (FINAL_TYPES.has(t.name) || t.name.endsWith('iterator'));
}

/** Builtin exceptions whose CPython struct adds fields (so they are solid bases of their own). */
const SOLID_EXCEPTIONS = new Set(
  ['OSError', 'SyntaxError', 'ImportError', 'StopIteration', 'SystemExit', 'UnicodeError', 'AttributeError', 'NameError', 'BaseExceptionGroup'].map(
    (n) => EXCEPTION_TYPES.get(n)!,
  ),
);

/** extraIvars: whether t's instances are laid out differently from its base's (CPython's extra_ivars). */
function extraIvars(t: PyType): boolean {
  if (t.heapType) return (ownSlots.get(t)?.length ?? 0) > 0;
  return t.native === t || SOLID_EXCEPTIONS.has(t);
}

/** solidBase: the nearest ancestor that defines t's instance layout (CPython's solid_base). */
export function solidBase(t: PyType): PyType {
  const base = typeBase(t);
  if (base === null || extraIvars(t)) return t;
  return solidBase(base);
}

/** bestBase: the base whose layout the new class extends, as CPython's best_base(). */
function bestBase(bases: readonly PyValue[]): PyType {
  let winner: PyType | null = null;
  let base: PyType | null = null;
  for (const b of bases) {
    if (!(b instanceof PyType)) raise(TypeError, 'bases must be types');
    if (isFinalType(b)) raise(TypeError, `type '${b.name}' is not an acceptable base type`);
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtypeOf(candidate)) {
      // keep the winner
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    } else {
      raise(TypeError, 'multiple bases have instance lay-out conflict');
    }
  }
  return base!;
}

/** calculateMetaclass: the most derived metaclass of meta and the bases' types (_PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    raise(
      TypeError,
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/**
 * checkNewArgs: the checks CPython's tp_new_wrapper makes when `owner.__new__` (a builtin) is
 * called with args[0] as the class: it must be a subtype of owner, and owner's __new__ must be the
 * right one for it ("object.__new__(int) is not safe, use int.__new__()"). Returns the class.
 */
export function checkNewArgs(owner: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyType {
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  if (n < 1) raise(TypeError, `${owner.name}.__new__(): not enough arguments`);
  const sub = args[0]!;
  if (!(sub instanceof PyType)) raise(TypeError, `${owner.name}.__new__(X): X is not a type object (${typeName(sub)})`);
  if (sub === owner) return sub;
  if (!sub.isSubtypeOf(owner)) raise(TypeError, `${owner.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${owner.name}`);
  let staticbase: PyType | null = sub;
  while (staticbase !== null && !(staticbase.lookup('__new__') instanceof PyBuiltinFunction)) staticbase = typeBase(staticbase);
  if (staticbase !== null && staticbase.lookup('__new__') !== owner.attrs.get('__new__')) {
    raise(TypeError, `${owner.name}.__new__(${sub.name}) is not safe, use ${staticbase.name}.__new__()`);
  }
  return sub;
}

// ---------------------------------------------------------------------------------------------
// Class creation

/** The running frame's globals (type_new_set_module reads __name__ from them). */
function callerGlobals(): PyDict | null {
  const vm = currentVM() as { frame?: { globals: PyDict } | null } | null;
  return vm?.frame?.globals ?? null;
}

const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;

/** mangle: a private name as the compiler mangles it inside class `cls` (_Py_Mangle). */
export function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/** Natives whose instances carry their own weak-reference list or cannot have one (no __weakref__ getset added). */
const NO_WEAKREF_NATIVES = new Set(['int', 'bool', 'tuple', 'bytes', 'type', 'module', 'set', 'frozenset', 'function', 'classmethod', 'staticmethod']);
/** Natives with variable-size instances in CPython (tp_itemsize != 0): no nonempty __slots__. */
const ITEMSIZE_NATIVES = new Set(['int', 'bool', 'tuple', 'bytes']);

/**
 * newClass: type.__new__(meta, name, bases, ns, **kwds) after argument parsing, as CPython's
 * type_new(): metaclass winner, best base, namespace copy with the special cases, slots, MRO,
 * __set_name__ and the parent's __init_subclass__(**kwds).
 */
export function newClass(
  meta: PyType,
  name: string,
  basesIn: readonly PyValue[],
  ns: PyDict,
  kwnames: readonly string[] = [],
  kwvalues: readonly PyValue[] = [],
): PyValue {
  let metatype = meta;
  let bases: readonly PyValue[] = basesIn;
  if (bases.length === 0) {
    bases = [objectType];
  } else {
    for (const b of bases) {
      if (!(b instanceof PyType) && getAttrOpt(b, '__mro_entries__') !== undefined) {
        raise(TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
      }
    }
    const winner = calculateMetaclass(meta, bases);
    if (winner !== meta) {
      const wnew = winner.lookup('__new__');
      if (wnew !== typeType.attrs.get('__new__') && wnew !== undefined) {
        const fn = wnew instanceof PyStaticMethod ? wnew.func : wnew;
        return call(fn, [winner, name, newTuple(bases.slice()), ns, ...kwvalues], kwnames.length === 0 ? null : kwnames);
      }
      metatype = winner;
    }
  }
  const base = bestBase(bases);
  if (name.includes('\0')) raise(ValueError, 'type name must not contain null characters');
  const typeBases = bases as PyType[];

  const t = new PyType(metatype, name, typeBases.slice(), true);
  charge(SIZE.OBJECT + SIZE.DICT + SIZE.SLOT * 16 + SIZE.DICT_ENTRY * ns.size);
  baseOf.set(t, base);
  t.native = base.native;
  const attrs = t.attrs;
  for (const e of ns.entries()) if (typeof e.key === 'string') attrs.set(e.key, e.value);

  // __module__ (from the namespace, else the caller's globals), __qualname__, __doc__.
  if (!attrs.has('__module__')) {
    const mod = callerGlobals()?.getStr('__name__');
    if (mod !== undefined) attrs.set('__module__', mod);
  }
  const modName = attrs.get('__module__');
  if (typeof modName === 'string') t.module = modName;
  const qn = attrs.get('__qualname__');
  if (qn !== undefined) {
    if (typeof qn !== 'string') raise(TypeError, `type __qualname__ must be a str, not ${typeName(qn)}`);
    t.qualname = qn;
    attrs.delete('__qualname__');
  }
  // Plain functions as __new__, __init_subclass__ and __class_getitem__ mean static/class methods.
  const nw = attrs.get('__new__');
  if (nw instanceof PyFunction) attrs.set('__new__', new PyStaticMethod(nw));
  for (const cmName of ['__init_subclass__', '__class_getitem__']) {
    const f = attrs.get(cmName);
    if (f instanceof PyFunction) attrs.set(cmName, new PyClassMethod(f));
  }

  addLayoutDescriptors(t, base, attrs);

  if (!attrs.has('__doc__')) attrs.set('__doc__', None);
  // A class that defines __eq__ without __hash__ is unhashable (CPython's inherit_slots).
  if (attrs.has('__eq__') && !attrs.has('__hash__')) attrs.set('__hash__', None);

  const cell = attrs.get('__classcell__');
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) raise(TypeError, `__classcell__ must be a nonlocal cell, not ${repr(typeOf(cell))}`);
    cell.value = t;
    attrs.delete('__classcell__');
  }

  t.mro = mroFor(t, typeBases);
  // A new class changes no existing type's lookups: no cache to invalidate.
  for (const b of typeBases) b.subclassesList.push(t);

  // __set_name__ on the namespace's values, then the parent's __init_subclass__(**kwds).
  for (const [key, value] of [...attrs]) {
    const setName = typeOf(value).lookup('__set_name__');
    if (setName === undefined) continue;
    try {
      callBound(setName, value, [t, key]);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      const err = pyError(RuntimeError, `Error calling __set_name__ on '${typeName(value)}' instance ${repr(key)} in '${t.name}'`);
      err.cause = e;
      err.suppressContext = true;
      err.context = e;
      throw err;
    }
  }
  const initSubclass = getAttr(makeSuper(t, t), '__init_subclass__');
  call(initSubclass, kwvalues.slice(), kwnames.length === 0 ? null : kwnames);
  return t;
}

/** addLayoutDescriptors: __slots__ members and the __dict__/__weakref__ getsets (type_new_descriptors). */
function addLayoutDescriptors(t: PyType, base: PyType, attrs: Map<string, PyValue>): void {
  const mayAddDict = !hasInstanceDict(base);
  const mayAddWeak = !base.mro.some((b) => b.attrs.has('__weakref__')) && !NO_WEAKREF_NATIVES.has(base.native.name);
  let addDict = false;
  let addWeak = false;
  const slotsValue = attrs.get('__slots__');
  if (slotsValue === undefined) {
    addDict = mayAddDict;
    addWeak = mayAddWeak;
  } else {
    const items = typeof slotsValue === 'string' ? [slotsValue] : toArray(slotsValue);
    const names: string[] = [];
    for (const s of items) {
      if (typeof s !== 'string') raise(TypeError, `__slots__ items must be strings, not '${typeName(s)}'`);
      if (!IDENTIFIER.test(s)) raise(TypeError, '__slots__ must be identifiers');
      if (s === '__dict__') {
        if (!mayAddDict || addDict) raise(TypeError, '__dict__ slot disallowed: we already got one');
        addDict = true;
      } else if (s === '__weakref__') {
        if (!mayAddWeak || addWeak) raise(TypeError, '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        addWeak = true;
      } else {
        names.push(mangle(t.name, s));
      }
    }
    if (names.length > 0 && ITEMSIZE_NATIVES.has(base.native.name)) {
      raise(TypeError, `nonempty __slots__ not supported for subtype of '${base.name}'`);
    }
    for (const n of names) {
      if (attrs.has(n) && n !== '__qualname__' && n !== '__classcell__') raise(ValueError, `${repr(n)} in __slots__ conflicts with class variable`);
    }
    names.sort();
    for (const n of names) attrs.set(n, makeMemberDescriptor(t, n));
    ownSlots.set(t, names);
  }
  if (addDict || !mayAddDict) dictTypes.add(t);
  if (addDict) attrs.set('__dict__', new PyGetSet('__dict__', t, instanceDictGet, instanceDictSet));
  if (addWeak) attrs.set('__weakref__', new PyGetSet('__weakref__', t, () => None, null));
}

function instanceDictGet(obj: PyValue): PyValue {
  if (typeof obj !== 'object') raise(TypeError, "This object has no __dict__");
  return (obj.dict ??= new PyDict());
}

function instanceDictSet(obj: PyValue, value: PyValue | undefined): void {
  if (value === undefined) raise(TypeError, 'cannot delete __dict__');
  if (!(value instanceof PyDict)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
  (obj as PyObject).dict = value;
}

/** mroFor: t's MRO: a metaclass's own mro() if it overrides it, else C3 (CPython's mro_internal). */
function mroFor(t: PyType, bases: readonly PyType[]): PyType[] {
  const meta = t.cls;
  if (meta !== typeType) {
    const m = meta.lookup('mro');
    if (m !== undefined && m !== typeType.attrs.get('mro')) {
      const items = toArray(callBound(m, t, []));
      const solid = solidBase(t);
      for (const c of items) {
        if (!(c instanceof PyType)) raise(TypeError, `mro() returned a non-class ('${typeName(c)}')`);
        if (!solid.isSubtypeOf(solidBase(c))) raise(TypeError, `mro() returned base with unsuitable layout ('${c.name}')`);
      }
      return items as PyType[];
    }
  }
  return c3Mro(t, bases);
}

/** c3Mro: the default MRO (type.mro()): duplicate check, then C3 (CPython's mro_implementation). */
function c3Mro(t: PyType, bases: readonly PyType[]): PyType[] {
  if (bases.length === 1) return [t, ...bases[0]!.mro];
  const seen = new Set<PyType>();
  for (const b of bases) {
    if (seen.has(b)) raise(TypeError, `duplicate base class ${b.name}`);
    seen.add(b);
  }
  const r = computeMro(t, bases);
  if (typeof r === 'string') raise(TypeError, r);
  return r;
}

// ---------------------------------------------------------------------------------------------
// type.__new__, type.__init__, type.__call__

const typeNewFn: NativeFn = (args, kwnames) => {
  const meta = checkNewArgs(typeType, args, kwnames);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw - 1;
  if (npos !== 3) raise(TypeError, `type.__new__() takes exactly 3 arguments (${npos} given)`);
  const [name, bases, dict] = [args[1]!, args[2]!, args[3]!];
  if (typeof name !== 'string') raise(TypeError, `type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(bases instanceof PyTuple)) raise(TypeError, `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(dict instanceof PyDict)) raise(TypeError, `type.__new__() argument 3 must be dict, not ${typeName(dict)}`);
  return newClass(meta, name, bases.items, dict, kwnames ?? [], args.slice(args.length - nkw));
};

defineStaticMethods(typeType, { __new__: typeNewFn });

defineMethods(typeType, {
  __init__: (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw - 1;
    if (nkw !== 0 && npos === 1) raise(TypeError, 'type.__init__() takes no keyword arguments');
    if (npos !== 1 && npos !== 3) raise(TypeError, 'type.__init__() takes 1 or 3 arguments');
    return None;
  },
  __call__: (args, kwnames) => {
    const t = args[0]!;
    if (!(t instanceof PyType)) raise(TypeError, `descriptor '__call__' requires a 'type' object but received a '${typeName(t)}'`);
    return callType(t, args.slice(1), kwnames);
  },
  __repr__: (args) => typeRepr(args[0] as PyType),
  mro: (args) => newList(c3Mro(args[0] as PyType, (args[0] as PyType).bases)),
  __subclasses__: (args) => newList((args[0] as PyType).subclassesList.slice()),
  __instancecheck__: (args) => objectIsInstance(args[1]!, args[0]!),
  __subclasscheck__: (args) => recursiveIsSubclass(args[1]!, args[0]!),
  __dir__: (args) => {
    const names = new Set<string>();
    mergeClassDict(names, args[0]!);
    return newList([...names]);
  },
  __sizeof__: (args) => 0x390 + 8 * (args[0] as PyType).attrs.size,
  __getattribute__: (args) => {
    const [cls, name] = typeSelfName(args, '__getattribute__');
    const v = typeGetAttr(cls, name);
    if (v === undefined) throw attributeError(cls, name);
    return v;
  },
  __setattr__: (args) => {
    const [cls, name] = typeSelfName(args, '__setattr__');
    genericSetAttr(cls, name, args[2]!);
    return None;
  },
  __delattr__: (args) => {
    const [cls, name] = typeSelfName(args, '__delattr__');
    genericSetAttr(cls, name, undefined);
    return None;
  },
});

/** typeSelfName: the (class, attribute name) arguments of type.__getattribute__/__setattr__/__delattr__. */
function typeSelfName(args: PyValue[], what: string): [PyType, string] {
  const [cls, name] = [args[0]!, args[1]];
  if (!(cls instanceof PyType)) raise(TypeError, `descriptor '${what}' requires a 'type' object but received a '${typeName(cls)}'`);
  if (name === undefined) raise(TypeError, `expected ${what === '__getattribute__' || what === '__delattr__' ? 1 : 2} argument${what === '__setattr__' ? 's' : ''}, got 0`);
  if (typeof name !== 'string') raise(TypeError, `attribute name must be string, not '${typeName(name)}'`);
  return [cls, name];
}

defineClassMethods(typeType, {
  __prepare__: () => new PyDict(),
});

/** typeRepr: repr(cls): `<class 'int'>`, `<class '__main__.C'>` (type_repr). */
export function typeRepr(t: PyType): string {
  const mod = t.heapType ? t.attrs.get('__module__') : t.module;
  if (typeof mod === 'string' && mod !== 'builtins') return `<class '${mod}.${t.qualname}'>`;
  return `<class '${t.name}'>`;
}

/** mergeClassDict: the names of cls's namespace and its bases', recursively (merge_class_dict). */
function mergeClassDict(names: Set<string>, cls: PyValue): void {
  if (cls instanceof PyType) {
    for (const k of cls.attrs.keys()) names.add(k);
    for (const b of cls.bases) mergeClassDict(names, b);
    return;
  }
  const d = getAttrOpt(cls, '__dict__');
  if (d !== undefined) for (const k of toArray(d)) if (typeof k === 'string') names.add(k);
  const bases = getAttrOpt(cls, '__bases__');
  if (bases !== undefined) for (const b of toArray(bases)) mergeClassDict(names, b);
}

// ---------------------------------------------------------------------------------------------
// type's getsets

function checkSetSpecial(t: PyType, value: PyValue | undefined, name: string): asserts value is PyValue {
  if (!t.heapType) raise(TypeError, `cannot set '${name}' attribute of immutable type '${t.name}'`);
  if (value === undefined) raise(TypeError, `cannot delete '${name}' attribute of immutable type '${t.name}'`);
}

function typeModule(t: PyType): PyValue {
  if (!t.heapType) return t.module;
  const m = t.attrs.get('__module__');
  if (m === undefined) raise(AttributeError, '__module__');
  return m;
}

defineGetSets(typeType, {
  __name__: {
    get: (t) => (t as PyType).name,
    set: (t, v) => {
      const c = t as PyType;
      checkSetSpecial(c, v, '__name__');
      if (typeof v !== 'string') raise(TypeError, `can only assign string to ${c.name}.__name__, not '${typeName(v)}'`);
      if (v.includes('\0')) raise(ValueError, 'type name must not contain null characters');
      c.name = v;
    },
  },
  __qualname__: {
    get: (t) => (t as PyType).qualname,
    set: (t, v) => {
      const c = t as PyType;
      checkSetSpecial(c, v, '__qualname__');
      if (typeof v !== 'string') raise(TypeError, `can only assign string to ${c.name}.__qualname__, not '${typeName(v)}'`);
      c.qualname = v;
    },
  },
  __module__: {
    get: (t) => typeModule(t as PyType),
    set: (t, v) => {
      const c = t as PyType;
      checkSetSpecial(c, v, '__module__');
      setTypeAttr(c, '__module__', v);
      if (typeof v === 'string') c.module = v;
    },
  },
  __bases__: {
    get: (t) => newTuple((t as PyType).bases.slice()),
    set: (t, v) => setBases(t as PyType, v),
  },
  __dict__: { get: (t) => new PyMappingProxy(null, t as PyType) },
  __doc__: {
    get: (t) => {
      const c = t as PyType;
      const d = c.attrs.get('__doc__');
      if (!c.heapType) return typeof d === 'string' ? d : None;
      if (d === undefined) return None;
      return descrGet(d, null, c);
    },
    set: (t, v) => {
      const c = t as PyType;
      checkSetSpecial(c, v, '__doc__');
      setTypeAttr(c, '__doc__', v);
    },
  },
  __annotations__: {
    get: (t) => {
      const c = t as PyType;
      if (!c.heapType) raise(AttributeError, `type object '${c.name}' has no attribute '__annotations__'`);
      const a = c.attrs.get('__annotations__');
      if (a !== undefined) return descrGet(a, null, c);
      const d = new PyDict();
      setTypeAttr(c, '__annotations__', d);
      return d;
    },
    set: (t, v) => {
      const c = t as PyType;
      if (!c.heapType) raise(TypeError, `cannot set '__annotations__' attribute of immutable type '${c.name}'`);
      if (v === undefined && !c.attrs.has('__annotations__')) raise(AttributeError, '__annotations__');
      setTypeAttr(c, '__annotations__', v);
    },
  },
  __abstractmethods__: {
    get: (t) => {
      const v = t === typeType ? undefined : (t as PyType).attrs.get('__abstractmethods__');
      if (v === undefined) raise(AttributeError, '__abstractmethods__');
      return v;
    },
    set: (t, v) => {
      const c = t as PyType;
      if (v === undefined && !c.attrs.has('__abstractmethods__')) raise(AttributeError, '__abstractmethods__');
      const abstract = v !== undefined && truthy(v);
      setTypeAttr(c, '__abstractmethods__', v);
      if (abstract) abstractTypes.add(c);
      else abstractTypes.delete(c);
    },
  },
  __text_signature__: { get: () => None },
});

defineMembers(typeType, {
  __base__: (t) => typeBase(t as PyType) ?? None,
  __mro__: (t) => newTuple((t as PyType).mro.slice()),
  __dictoffset__: (t) => (hasInstanceDict(t as PyType) ? 16 : 0),
  __weakrefoffset__: (t) => ((t as PyType).mro.some((b) => b.attrs.has('__weakref__')) ? 24 : 0),
  __basicsize__: (t) => 16 + 8 * ((ownSlots.get(t as PyType)?.length ?? 0) + (hasInstanceDict(t as PyType) ? 2 : 0)),
  __itemsize__: (t) => (ITEMSIZE_NATIVES.has((t as PyType).native.name) ? 8 : 0),
  __flags__: (t) => ((t as PyType).heapType ? 0x200 : 0) | (isFinalType(t as PyType) ? 0 : 0x400) | (abstractTypes.has(t as PyType) ? 0x100000 : 0),
});

/** attrsSnapshot: a dict copy of a type's namespace, for C.__dict__ (a read-only snapshot proxy). */
function attrsSnapshot(t: PyType): PyDict {
  const d = new PyDict();
  for (const [k, v] of t.attrs) d.setStr(k, v);
  return d;
}

/** setBases: C.__bases__ = value (type_set_bases): checks, then the MRO of C and its subclasses is recomputed. */
function setBases(t: PyType, value: PyValue | undefined): void {
  checkSetSpecial(t, value, '__bases__');
  if (!(value instanceof PyTuple)) raise(TypeError, `can only assign tuple to ${t.name}.__bases__, not ${typeName(value)}`);
  if (value.items.length === 0) raise(TypeError, `can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  for (const b of value.items) {
    if (!(b instanceof PyType)) raise(TypeError, `${t.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    if (b.isSubtypeOf(t)) raise(TypeError, 'a __bases__ item causes an inheritance cycle');
  }
  const newBase = bestBase(value.items);
  const oldBase = typeBase(t)!;
  if (solidBase(newBase) !== solidBase(oldBase) || hasInstanceDict(newBase) !== hasInstanceDict(oldBase)) {
    raise(TypeError, `__bases__ assignment: '${newBase.name}' object layout differs from '${oldBase.name}'`);
  }
  const oldBases = t.bases;
  const saved = new Map<PyType, PyType[]>();
  const newBases = value.items as PyType[];
  t.bases = newBases.slice();
  baseOf.set(t, newBase);
  try {
    remro(t, saved);
  } catch (e) {
    t.bases = oldBases;
    baseOf.set(t, oldBase);
    for (const [c, m] of saved) c.mro = m;
    invalidateTypeCaches();
    throw e;
  }
  for (const b of oldBases) {
    const i = b.subclassesList.indexOf(t);
    if (i >= 0) b.subclassesList.splice(i, 1);
  }
  for (const b of newBases) b.subclassesList.push(t);
  invalidateTypeCaches();
}

function remro(t: PyType, saved: Map<PyType, PyType[]>): void {
  saved.set(t, t.mro);
  t.mro = mroFor(t, t.bases);
  for (const s of t.subclassesList) remro(s, saved);
}

// ---------------------------------------------------------------------------------------------
// mappingproxy

/** mappingproxyType: `mappingproxy`, the read-only view of C.__dict__ (types.MappingProxyType). */
export const mappingproxyType = makeBuiltinType('mappingproxy');

/**
 * PyMappingProxy: a read-only proxy over a mapping, or (C.__dict__) a live view of a class's
 * namespace: item access, `in`, len() and get() read the namespace itself; iteration, keys(),
 * values(), items(), copy() and the repr work on a dict snapshot of it taken at the call.
 */
export class PyMappingProxy extends PyObject {
  constructor(
    private readonly target: PyValue | null,
    readonly owner: PyType | null = null,
  ) {
    super(mappingproxyType);
    charge(SIZE.OBJECT + SIZE.SLOT);
  }

  /** mapping: the proxied mapping (a fresh snapshot dict for a class namespace). */
  get mapping(): PyValue {
    return this.owner !== null ? attrsSnapshot(this.owner) : this.target!;
  }
}

let MAPPINGPROXY_NEW: ArgSpec | undefined;
const proxied = (v: PyValue): PyValue => (v as PyMappingProxy).mapping;
/** nsOf: the class whose namespace a proxy views, or null for a proxy over a mapping. */
const nsOf = (v: PyValue): PyType | null => (v as PyMappingProxy).owner;
/** exactDict: the proxied mapping when it is a plain dict (the fast paths), else null. */
const exactDict = (v: PyValue): PyDict | null => {
  const m = (v as PyMappingProxy).mapping;
  return m instanceof PyDict && m.cls === dictType ? m : null;
};

defineStaticMethods(mappingproxyType, {
  __new__: (args, kwnames) => {
    checkNewArgs(mappingproxyType, args, kwnames);
    const [m] = (MAPPINGPROXY_NEW ??= new ArgSpec('mappingproxy', 'mapping')).unpack(args, kwnames, 1);
    const t = typeOf(m!);
    if ((!(m instanceof PyDict) && t.lookup('__getitem__') === undefined) || m instanceof PyTuple || m instanceof PyList) {
      raise(TypeError, `mappingproxy() argument must be a mapping, not ${typeName(m!)}`);
    }
    return new PyMappingProxy(m!);
  },
});

/** oneArg: a slot wrapper's check that it was given its one argument. */
const oneArg = (args: readonly PyValue[]): void => {
  if (args.length !== 2) raise(TypeError, `expected 1 argument, got ${args.length - 1}`);
};

defineMethods(mappingproxyType, {
  __getitem__: (args) => {
    oneArg(args);
    const ns = nsOf(args[0]!);
    if (ns !== null) {
      const key = args[1]!;
      const v = typeof key === 'string' ? ns.attrs.get(key) : undefined;
      if (v === undefined) throw newException(KeyError, key);
      return v;
    }
    const d = exactDict(args[0]!);
    if (d === null) return getItem(proxied(args[0]!), args[1]!);
    const v = d.get(args[1]!);
    if (v === undefined) throw newException(KeyError, args[1]!);
    return v;
  },
  __contains__: (args) => {
    oneArg(args);
    const ns = nsOf(args[0]!);
    if (ns !== null) return typeof args[1] === 'string' && ns.attrs.has(args[1]);
    const d = exactDict(args[0]!);
    return d === null ? contains(proxied(args[0]!), args[1]!) : d.get(args[1]!) !== undefined;
  },
  __iter__: (args) => getIter(proxied(args[0]!)),
  __len__: (args) => {
    const ns = nsOf(args[0]!);
    if (ns !== null) return ns.attrs.size;
    const d = exactDict(args[0]!);
    return d === null ? lenOf(proxied(args[0]!)) : d.size;
  },
  __repr__: (args) => `mappingproxy(${repr(proxied(args[0]!))})`,
  __str__: (args) => repr(proxied(args[0]!)),
  __eq__: (args) => (oneArg(args), richCompare(proxied(args[0]!), args[1]!, 2)),
  __ne__: (args) => (oneArg(args), richCompare(proxied(args[0]!), args[1]!, 3)),
  __or__: (args) => {
    oneArg(args);
    const other = args[1] instanceof PyMappingProxy ? args[1].mapping : args[1]!;
    return binaryOp(proxied(args[0]!), other, 7);
  },
  __ror__: (args) => {
    oneArg(args);
    const other = args[1] instanceof PyMappingProxy ? args[1].mapping : args[1]!;
    return binaryOp(other, proxied(args[0]!), 7);
  },
  __ior__: () => raise(TypeError, "'|=' is not supported by mappingproxy; use '|' instead"),
  __reversed__: (args) => call(getAttr(proxied(args[0]!), '__reversed__'), []),
  get: (args, kwnames) => {
    noKwargs('get', kwnames);
    const ns = nsOf(args[0]!);
    if (ns !== null) {
      if (args.length < 2 || args.length > 3) raise(TypeError, `get expected at least 1 argument, got ${args.length - 1}`);
      const key = args[1]!;
      return (typeof key === 'string' ? ns.attrs.get(key) : undefined) ?? args[2] ?? None;
    }
    return callMethod(proxied(args[0]!), 'get', args.slice(1));
  },
  keys: (args) => callMethod(proxied(args[0]!), 'keys'),
  values: (args) => callMethod(proxied(args[0]!), 'values'),
  items: (args) => callMethod(proxied(args[0]!), 'items'),
  copy: (args) => callMethod(proxied(args[0]!), 'copy'),
});
setTypeAttr(mappingproxyType, '__hash__', None);

// ---------------------------------------------------------------------------------------------
// __build_class__

/**
 * buildClass: builtins.__build_class__(func, name, *bases, metaclass=None, **kwds), the class
 * statement (CPython's builtin___build_class__): __mro_entries__, the metaclass, __prepare__, the
 * body, then metaclass(name, bases, ns, **kwds), checking the __class__ cell.
 */
export const buildClass: NativeFn = (args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) raise(TypeError, '__build_class__: not enough arguments');
  const func = args[0]!;
  if (!(func instanceof PyFunction)) raise(TypeError, '__build_class__: func must be a function');
  const name = args[1]!;
  if (typeof name !== 'string') raise(TypeError, '__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  const bases = updateBases(origBases);
  let meta: PyValue | undefined;
  const kwn: string[] = [];
  const kwv: PyValue[] = [];
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    const v = args[npos + i]!;
    if (k === 'metaclass') meta = v;
    else {
      kwn.push(k);
      kwv.push(v);
    }
  }
  let isClass: boolean;
  if (meta === undefined) {
    meta = bases.length === 0 ? typeType : typeOf(bases[0]!);
    isClass = true;
  } else {
    isClass = meta instanceof PyType;
  }
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = newTuple(bases.slice());
  const kw = kwn.length === 0 ? null : kwn;
  const prep = getAttrOpt(meta, '__prepare__');
  const ns = prep === undefined ? new PyDict() : call(prep, [name, basesTuple, ...kwv], kw);
  if (!(ns instanceof PyDict) && typeOf(ns).lookup('__getitem__') === undefined) {
    raise(TypeError, `${isClass ? (meta as PyType).name : '<metaclass>'}.__prepare__() must return a mapping, not ${typeName(ns)}`);
  }
  const cell = runClassBody(func, ns as PyDict);
  if (bases !== origBases) {
    if (ns instanceof PyDict && ns.cls === dictType) ns.setStr('__orig_bases__', newTuple(origBases));
    else setItem(ns, '__orig_bases__', newTuple(origBases));
  }
  const cls = call(meta, [name, basesTuple, ns, ...kwv], kw);
  if (cls instanceof PyType && cell instanceof PyCell && cell.value !== cls) {
    if (cell.value === undefined) {
      raise(RuntimeError, `__class__ not set defining ${repr(name)} as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
    }
    raise(TypeError, `__class__ set to ${repr(cell.value)} defining ${repr(name)} as ${repr(cls)}`);
  }
  return cls;
};

/** buildClassFunction: the `__build_class__` builtin. */
export const buildClassFunction = builtinFunction('__build_class__', buildClass, '__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class');

/** updateBases: bases with __mro_entries__ replaced by their entries (PEP 560, update_bases). */
function updateBases(bases: PyValue[]): PyValue[] {
  let out: PyValue[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i]!;
    const meth = b instanceof PyType ? undefined : getAttrOpt(b, '__mro_entries__');
    if (meth === undefined) {
      out?.push(b);
      continue;
    }
    const entries = call(meth, [newTuple(bases.slice())]);
    if (!(entries instanceof PyTuple)) raise(TypeError, '__mro_entries__ must return a tuple');
    out ??= bases.slice(0, i);
    out.push(...entries.items);
  }
  return out ?? bases;
}

// ---------------------------------------------------------------------------------------------
// isinstance / issubclass (Objects/abstract.c)

const typeInstancecheck = (): PyValue | undefined => typeType.attrs.get('__instancecheck__');
const typeSubclasscheck = (): PyValue | undefined => typeType.attrs.get('__subclasscheck__');
const objectClassGetset = (): PyValue | undefined => objectType.attrs.get('__class__');

/** isinstanceFull: isinstance(v, cls) with tuples (nested) and __instancecheck__ (object_recursive_isinstance). */
export function isinstanceFull(v: PyValue, cls: PyValue): boolean {
  if (typeOf(v) === cls) return true;
  if (cls instanceof PyType && cls.cls === typeType) return objectIsInstance(v, cls);
  if (cls instanceof PyUnion) cls = newTuple(cls.args);
  if (cls instanceof PyTuple) {
    enterRecursion('in __instancecheck__');
    try {
      for (const item of cls.items) if (isinstanceFull(v, item)) return true;
      return false;
    } finally {
      leaveRecursion();
    }
  }
  const checker = typeOf(cls).lookup('__instancecheck__');
  if (checker !== undefined && checker !== typeInstancecheck()) {
    enterRecursion('in __instancecheck__');
    try {
      return truthy(callBound(checker, cls, [v]));
    } finally {
      leaveRecursion();
    }
  }
  return objectIsInstance(v, cls);
}

/** issubclassFull: issubclass(derived, cls) with tuples (nested) and __subclasscheck__ (object_issubclass). */
export function issubclassFull(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.cls === typeType) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  if (cls instanceof PyUnion) cls = newTuple(cls.args);
  if (cls instanceof PyTuple) {
    enterRecursion('in __subclasscheck__');
    try {
      for (const item of cls.items) if (issubclassFull(derived, item)) return true;
      return false;
    } finally {
      leaveRecursion();
    }
  }
  const checker = typeOf(cls).lookup('__subclasscheck__');
  if (checker !== undefined && checker !== typeSubclasscheck()) {
    enterRecursion('in __subclasscheck__');
    try {
      return truthy(callBound(checker, cls, [derived]));
    } finally {
      leaveRecursion();
    }
  }
  return recursiveIsSubclass(derived, cls);
}

/** classAttr: v.__class__ when it may differ from type(v) (proxies), else undefined. */
function classAttr(v: PyValue): PyValue | undefined {
  const t = typeOf(v);
  if (t.lookup('__class__') === objectClassGetset() && t.lookup('__getattr__') === undefined && !t.heapType) return undefined;
  return getAttrOpt(v, '__class__');
}

/** objectIsInstance: type.__instancecheck__ (CPython's object_isinstance / _PyObject_RealIsInstance). */
export function objectIsInstance(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(v).isSubtypeOf(cls)) return true;
    const icls = classAttr(v);
    return icls !== undefined && icls !== typeOf(v) && icls instanceof PyType && icls.isSubtypeOf(cls);
  }
  checkClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = getAttrOpt(v, '__class__');
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** recursiveIsSubclass: type.__subclasscheck__ (CPython's recursive_issubclass). */
export function recursiveIsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtypeOf(cls);
  checkClass(derived, 'issubclass() arg 1 must be a class');
  if (!(cls instanceof PyUnion)) checkClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

function abstractGetBases(v: PyValue): PyTuple | null {
  const b = getAttrOpt(v, '__bases__');
  return b instanceof PyTuple ? b : null;
}

function checkClass(v: PyValue, msg: string): void {
  if (v instanceof PyType) return;
  if (abstractGetBases(v) === null) raise(TypeError, msg);
}

function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractGetBases(derived);
    if (bases === null || bases.items.length === 0) return false;
    if (bases.items.length === 1) {
      derived = bases.items[0]!;
      continue;
    }
    enterRecursion('in __subclasscheck__');
    try {
      for (const b of bases.items) if (abstractIsSubclass(b, cls)) return true;
      return false;
    } finally {
      leaveRecursion();
    }
  }
}
