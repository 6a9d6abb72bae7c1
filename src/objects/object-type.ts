// The methods and attributes of `object`, the root of every class: instance creation, identity
// equality and hash, the default repr/str/format, the generic attribute hooks, __class__ and
// __dir__. Follows CPython 3.11's Objects/typeobject.c (object_new, object_init, object_richcompare,
// object_repr, object___format___impl, object_set_class, object___dir___impl).

import { PyObject, type PyValue } from './object.js';
import { PyType, typeOf, typeName, objectType } from './type.js';
import { None, NotImplemented } from './singletons.js';
import { defineMethods, defineClassMethods, defineStaticMethods } from './builtin-function.js';
import { defineGetSets } from './descriptor.js';
import { PyModule } from './module.js';
import { moduleType } from './types.js';
import { newList } from './list.js';
import { PyDict } from './dict.js';
import { raise, TypeError } from './exception.js';
import { callSpecial, truthy, repr, str, genericGetAttr, genericSetAttr, getAttrOpt, attributeError, toArray, call, getAttr, getIter, asIndex } from './protocol.js';
import { currentVM } from '../vm/current.js';
import { listType, dictType } from './types.js';
import { checkNewArgs, hasInstanceDict, solidBase, isAbstractType, slotNames, newInstanceDict } from './type-type.js';
import { PyTuple, newTuple } from './tuple.js';
import { addressOf, identityHash } from './id.js';
import { charge, SIZE } from '../vm/meter.js';

const objectNew = (): PyValue | undefined => objectType.attrs.get('__new__');
const objectInit = (): PyValue | undefined => objectType.attrs.get('__init__');

/** excessArgs: whether a constructor got arguments beyond the class/instance. */
function excessArgs(args: readonly PyValue[]): boolean {
  return args.length > 1;
}

/**
 * newPlainInstance: object.__new__(cls) without the argument checks: a bare instance, with a
 * __dict__ when cls is a heap type that has one.
 */
export function newPlainInstance(cls: PyType): PyObject {
  charge(SIZE.INSTANCE);
  const o = new PyObject(cls);
  if (cls.heapType && hasInstanceDict(cls)) o.dict = newInstanceDict(cls);
  return o;
}

/** abstractMethodsError: the check object.__new__ makes for classes with abstract methods. */
function checkAbstract(cls: PyType): void {
  if (!isAbstractType(cls)) return;
  const am = cls.attrs.get('__abstractmethods__');
  if (am === undefined) return;
  const names = toArray(am)
    .map((n) => str(n))
    .sort();
  raise(
    TypeError,
    `Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`,
  );
}

defineStaticMethods(objectType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(objectType, args, kwnames);
    if (excessArgs(args)) {
      if (cls.lookup('__new__') !== objectNew()) {
        raise(TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
      }
      if (cls.lookup('__init__') === objectInit()) raise(TypeError, `${cls.name}() takes no arguments`);
    }
    if (cls.native !== objectType) raise(TypeError, `cannot create '${cls.name}' instances`);
    checkAbstract(cls);
    return newPlainInstance(cls);
  },
});

/** asName: an attribute-name argument of __getattribute__/__setattr__/__delattr__. */
function asName(v: PyValue | undefined): string {
  if (typeof v !== 'string') raise(TypeError, `attribute name must be string, not '${typeName(v ?? None)}'`);
  return v;
}

/** hackCheck: object.__setattr__ may not be applied to a class (CPython's hackcheck). */
function hackCheck(obj: PyValue, what: string): void {
  if (obj instanceof PyType) raise(TypeError, `can't apply this ${what} to ${typeName(obj)} object`);
}

defineMethods(objectType, {
  __init__: (args) => {
    if (excessArgs(args)) {
      const t = typeOf(args[0]!);
      if (t.lookup('__init__') !== objectInit()) {
        raise(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
      }
      if (t.lookup('__new__') === objectNew()) {
        raise(TypeError, `${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
      }
    }
    return None;
  },
  __eq__: (args) => (args[0] === args[1] ? true : NotImplemented),
  __ne__: (args) => {
    const r = callSpecial(args[0]!, '__eq__', [args[1]!]);
    if (r === undefined || r === NotImplemented) return NotImplemented;
    return !truthy(r);
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __hash__: (args) => identityHash(args[0]!),
  __repr__: (args) => objectRepr(args[0]!),
  // As CPython's object_str: the type's __repr__, unchecked (str() checks the result as __str__'s).
  __str__: (args) => callSpecial(args[0]!, '__repr__', []) ?? repr(args[0]!),
  __format__: (args) => {
    const spec = args[1];
    if (typeof spec !== 'string') raise(TypeError, `__format__() argument must be str, not ${typeName(spec ?? None)}`);
    if (spec !== '') raise(TypeError, `unsupported format string passed to ${typeName(args[0]!)}.__format__`);
    return str(args[0]!);
  },
  __getattribute__: (args) => {
    const obj = args[0]!;
    const name = asName(args[1]);
    const v = genericGetAttr(obj, name);
    if (v === undefined) throw attributeError(obj, name);
    return v;
  },
  __setattr__: (args) => {
    const obj = args[0]!;
    hackCheck(obj, '__setattr__');
    genericSetAttr(obj, asName(args[1]), args[2]!);
    return None;
  },
  __delattr__: (args) => {
    const obj = args[0]!;
    hackCheck(obj, '__delattr__');
    genericSetAttr(obj, asName(args[1]), undefined);
    return None;
  },
  __dir__: (args) => newList([...objectDir(args[0]!)]),
  __getstate__: (args) => objectGetState(args[0]!),
  __reduce__: (args) => commonReduce(args[0]!, 0),
  __reduce_ex__: (args) => {
    const obj = args[0]!;
    const protocol = asIndex(args[1] ?? raise(TypeError, '__reduce_ex__() takes exactly one argument (0 given)'));
    // A __reduce__ the class overrides wins (object_reduce_ex).
    const reduce = typeOf(obj).lookup('__reduce__');
    if (reduce !== undefined && reduce !== objectType.attrs.get('__reduce__')) return call(getAttr(obj, '__reduce__'), []);
    return commonReduce(obj, Number(protocol));
  },
  __sizeof__: (args) => {
    const o = args[0]!;
    return typeof o === 'object' && o.dict !== null ? 32 : 16;
  },
});

defineClassMethods(objectType, {
  __init_subclass__: (args, kwnames) => {
    const cls = args[0] as PyType;
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${cls.qualname}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 1) raise(TypeError, `${cls.qualname}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
    return None;
  },
  __subclasshook__: () => NotImplemented,
});

defineGetSets(objectType, {
  __class__: {
    get: (obj) => typeOf(obj),
    set: (obj, value) => setClass(obj, value),
  },
});

objectType.attrs.set(
  '__doc__',
  'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n' +
    'instance that has no instance attributes and cannot be given any.\n',
);

/** copyreg: the copyreg module (stdlib/copyreg.py), imported on first use as CPython does. */
function copyreg(): PyValue {
  const vm = currentVM();
  return vm.importName('copyreg', vm.frame?.globals ?? new PyDict(), None, 0);
}

/**
 * commonReduce: object.__reduce_ex__(protocol) for a class that does not override __reduce__
 * (typeobject.c _common_reduce): copyreg._reduce_ex for protocols 0 and 1, else reduce_newobj:
 * (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).
 */
function commonReduce(obj: PyValue, protocol: number): PyValue {
  if (protocol < 2) return call(getAttr(copyreg(), '_reduce_ex'), [obj, protocol]);
  const cls = typeOf(obj);
  let args: PyValue[] = [];
  let kwargs: PyValue = None;
  const getnewargsEx = getAttrOpt(obj, '__getnewargs_ex__');
  if (getnewargsEx !== undefined) {
    const r = call(getnewargsEx, []);
    if (!(r instanceof PyTuple) || r.items.length !== 2) raise(TypeError, `__getnewargs_ex__ should return a tuple of length 2, not '${typeName(r)}'`);
    args = toArray(r.items[0]!);
    kwargs = r.items[1]!;
  } else {
    const getnewargs = getAttrOpt(obj, '__getnewargs__');
    if (getnewargs !== undefined) {
      const r = call(getnewargs, []);
      if (!(r instanceof PyTuple)) raise(TypeError, `__getnewargs__ should return a tuple, not '${typeName(r)}'`);
      args = r.items.slice();
    }
  }
  const cr = copyreg();
  let newobj: PyValue;
  let newargs: PyValue;
  if (kwargs === None || (kwargs instanceof PyDict && kwargs.size === 0)) {
    newobj = getAttr(cr, '__newobj__');
    newargs = newTuple([cls, ...args]);
  } else {
    newobj = getAttr(cr, '__newobj_ex__');
    newargs = newTuple([cls, newTuple(args), kwargs]);
  }
  const state = call(getAttr(obj, '__getstate__'), []);
  const listitems = cls.isSubtypeOf(listType) ? getIter(obj) : None;
  const dictitems = cls.isSubtypeOf(dictType) ? getIter(call(getAttr(obj, 'items'), [])) : None;
  return newTuple([newobj, newargs, state, listitems, dictitems]);
}

/** objectGetState: object.__getstate__(): the __dict__ (None if empty), paired with the slot values if any (3.11). */
function objectGetState(obj: PyValue): PyValue {
  let state: PyValue = None;
  if (typeof obj === 'object' && obj.dict !== null && obj.dict.size > 0) state = obj.dict;
  const slots = new PyDict();
  for (const klass of typeOf(obj).mro) {
    for (const name of slotNames(klass)) {
      const v = getAttrOpt(obj, name);
      if (v !== undefined) slots.setStr(name, v);
    }
  }
  return slots.size > 0 ? newTuple([state, slots]) : state;
}

/** objectRepr: object.__repr__: `<__main__.C object at 0x...>` (object_repr). */
export function objectRepr(obj: PyValue): string {
  const t = typeOf(obj);
  const mod = t.heapType ? t.attrs.get('__module__') : t.module;
  if (typeof mod === 'string' && mod !== 'builtins') return `<${mod}.${t.qualname} object at ${addressOf(obj)}>`;
  return `<${t.name} object at ${addressOf(obj)}>`;
}

/** objectDir: object.__dir__: the instance __dict__ keys, then its class's and bases' attribute names. */
function objectDir(obj: PyValue): Set<string> {
  const names = new Set<string>();
  const d = getAttrOpt(obj, '__dict__');
  if (d instanceof PyDict) for (const e of d.entries()) if (typeof e.key === 'string') names.add(e.key);
  const cls = getAttrOpt(obj, '__class__');
  if (cls !== undefined) mergeClass(names, cls);
  return names;
}

function mergeClass(names: Set<string>, cls: PyValue): void {
  if (cls instanceof PyType) {
    for (const k of cls.attrs.keys()) names.add(k);
    for (const b of cls.bases) mergeClass(names, b);
    return;
  }
  const d = getAttrOpt(cls, '__dict__');
  if (d !== undefined) for (const k of toArray(d)) if (typeof k === 'string') names.add(k);
  const bases = getAttrOpt(cls, '__bases__');
  if (bases !== undefined) for (const b of toArray(bases)) mergeClass(names, b);
}

/** setClass: obj.__class__ = value (object_set_class, compatible_for_assignment). */
function setClass(obj: PyValue, value: PyValue | undefined): void {
  if (value === undefined) raise(TypeError, "can't delete __class__ attribute");
  if (!(value instanceof PyType)) raise(TypeError, `__class__ must be set to a class, not '${typeName(value)}' object`);
  const oldto = typeOf(obj);
  const modules = value.isSubtypeOf(moduleType) && oldto.isSubtypeOf(moduleType);
  if (!modules && (!value.heapType || !oldto.heapType || typeof obj !== 'object')) {
    raise(TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (solidBase(value) !== solidBase(oldto) || value.native !== oldto.native || hasInstanceDict(value) !== hasInstanceDict(oldto)) {
    raise(TypeError, `__class__ assignment: '${value.name}' object layout differs from '${oldto.name}'`);
  }
  const o = obj as PyObject;
  o.cls = value;
  if (o.dict === null && hasInstanceDict(value) && !(o instanceof PyModule)) o.dict = new PyDict();
}
