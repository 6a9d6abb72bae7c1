// The Python-visible methods of the descriptor types: property, classmethod, staticmethod,
// getset_descriptor and member_descriptor (the __slots__ members), as CPython 3.11's
// Objects/descrobject.c (property_*, getset_*, member_*) and Objects/funcobject.c (cm_*, sm_*).

import type { PyObject, PyValue } from './object.js';
import { PyType, typeOf, typeName, isInstance, lazyDictNatives } from './type.js';
import { None } from './singletons.js';
import { defineMethods, defineStaticMethods } from './builtin-function.js';
import { PyFunction, PyMethod } from './function.js';
import {
  PyGetSet,
  PyProperty,
  PyClassMethod,
  PyStaticMethod,
  defineGetSets,
  memberDescriptorType,
  defineMembers,
} from './descriptor.js';
import { propertyType, classmethodType, staticmethodType, getsetDescriptorType } from './types.js';
import { raise, TypeError, AttributeError } from './exception.js';
import { call, callBound, getAttrOpt, setAttr, truthy, repr, propertyError } from './protocol.js';
import { ArgSpec, noKwargs } from '../builtins/args.js';
import { checkNewArgs, instanceDictFor } from './type-type.js';
import { PyDict as PyDictCtor } from './dict.js';
import { charge, SIZE } from '../vm/meter.js';

// ---------------------------------------------------------------------------------------------
// property

/** getterDoc: properties whose __doc__ came from their getter (property_copy takes it again). */
const getterDoc = new WeakSet<PyProperty>();

let PROPERTY_INIT: ArgSpec | undefined;

function asProperty(v: PyValue, what: string): PyProperty {
  if (!(v instanceof PyProperty)) raise(TypeError, `descriptor '${what}' for 'property' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

/** propertyInit: property.__init__(fget=None, fset=None, fdel=None, doc=None) (property_init_impl). */
function propertyInit(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue, doc: PyValue): void {
  p.fget = fget;
  p.fset = fset;
  p.fdel = fdel;
  getterDoc.delete(p);
  let propDoc: PyValue = doc;
  if (doc === None && fget !== None) {
    propDoc = getAttrOpt(fget, '__doc__') ?? None;
    getterDoc.add(p);
  }
  if (p.cls === propertyType) p.doc = propDoc;
  else {
    // A subclass's class __doc__ would shadow the slot: store it in the instance (as CPython).
    p.doc = propDoc;
    setAttr(p, '__doc__', propDoc);
  }
}

/** propertyCopy: property.getter/setter/deleter: a copy with one function replaced (property_copy). */
function propertyCopy(p: PyProperty, get: PyValue, set: PyValue, del: PyValue): PyValue {
  if (get === None) get = p.fget;
  if (set === None) set = p.fset;
  if (del === None) del = p.fdel;
  const doc = getterDoc.has(p) && get !== None ? None : p.doc;
  const copy = call(p.cls, [get, set, del, doc]);
  if (copy instanceof PyProperty) copy.name = p.name;
  return copy;
}

defineStaticMethods(propertyType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(propertyType, args, kwnames);
    charge(SIZE.OBJECT + 5 * SIZE.SLOT);
    const p = new PyProperty(None, None, None, None, cls);
    p.dict = instanceDictFor(cls);
    return p;
  },
});

defineMethods(propertyType, {
  __init__: (args, kwnames) => {
    const [fget, fset, fdel, doc] = (PROPERTY_INIT ??= new ArgSpec('property', 'fget=, fset=, fdel=, doc=')).unpack(args, kwnames, 1);
    propertyInit(asProperty(args[0]!, '__init__'), fget ?? None, fset ?? None, fdel ?? None, doc ?? None);
    return None;
  },
  __get__: (args) => {
    const p = asProperty(args[0]!, '__get__');
    const obj = args[1] ?? None;
    if (obj === None) return p;
    if (p.fget === None) raise(AttributeError, propertyError(p, typeOf(obj), 'getter'));
    return call(p.fget, [obj]);
  },
  __set__: (args) => {
    const p = asProperty(args[0]!, '__set__');
    if (args.length !== 3) raise(TypeError, ` expected 2 arguments, got ${args.length - 1}`);
    const obj = args[1]!;
    if (p.fset === None) raise(AttributeError, propertyError(p, typeOf(obj), 'setter'));
    call(p.fset, [obj, args[2]!]);
    return None;
  },
  __delete__: (args) => {
    const p = asProperty(args[0]!, '__delete__');
    if (args.length !== 2) raise(TypeError, `expected 1 argument, got ${args.length - 1}`);
    const obj = args[1]!;
    if (p.fdel === None) raise(AttributeError, propertyError(p, typeOf(obj), 'deleter'));
    call(p.fdel, [obj]);
    return None;
  },
  getter: (args) => propertyCopy(asProperty(args[0]!, 'getter'), args[1]!, None, None),
  setter: (args) => propertyCopy(asProperty(args[0]!, 'setter'), None, args[1]!, None),
  deleter: (args) => propertyCopy(asProperty(args[0]!, 'deleter'), None, None, args[1]!),
  __set_name__: (args) => {
    asProperty(args[0]!, '__set_name__').name = args[2]!;
    return None;
  },
});

/** isAbstract: getattr(f, '__isabstractmethod__', False) as a truth value. */
function isAbstract(f: PyValue): boolean {
  if (f === None) return false;
  const v = getAttrOpt(f, '__isabstractmethod__');
  return v !== undefined && truthy(v);
}

defineMembers(propertyType, {
  fget: (p) => (p as PyProperty).fget,
  fset: (p) => (p as PyProperty).fset,
  fdel: (p) => (p as PyProperty).fdel,
});
defineGetSets(propertyType, {
  __doc__: {
    get: (p) => (p as PyProperty).doc,
    set: (p, v) => {
      (p as PyProperty).doc = v ?? None;
    },
  },
  __isabstractmethod__: {
    get: (v) => {
      const p = v as PyProperty;
      return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
    },
  },
});

// ---------------------------------------------------------------------------------------------
// classmethod and staticmethod

/** WRAPS: the attributes classmethod/staticmethod copy from their function (functools_wraps). */
const WRAPS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

function wrapsInit(w: PyObject, f: PyValue): void {
  for (const name of WRAPS) {
    const v = getAttrOpt(f, name);
    if (v !== undefined) setAttr(w, name, v);
  }
}

for (const [t, Ctor, name] of [
  [classmethodType, PyClassMethod, 'classmethod'],
  [staticmethodType, PyStaticMethod, 'staticmethod'],
] as const) {
  lazyDictNatives.add(t);
  const as = (v: PyValue): PyClassMethod | PyStaticMethod => {
    if (!(v instanceof Ctor)) raise(TypeError, `descriptor for '${name}' objects doesn't apply to a '${typeName(v)}' object`);
    return v;
  };
  defineStaticMethods(t, {
    __new__: (args, kwnames) => {
      const cls = checkNewArgs(t, args, kwnames);
      charge(SIZE.OBJECT + 2 * SIZE.SLOT);
      const w = new Ctor(None, cls);
      w.dict = instanceDictFor(cls);
      return w;
    },
  });
  defineMethods(t, {
    __init__: (args, kwnames) => {
      noKwargs(name, kwnames);
      if (args.length !== 2) raise(TypeError, `${name} expected 1 argument, got ${args.length - 1}`);
      const w = as(args[0]!);
      w.func = args[1]!;
      wrapsInit(w, args[1]!);
      return None;
    },
    __repr__: (args) => `<${name}(${repr(as(args[0]!).func)})>`,
  });
  defineMembers(t, {
    __func__: (w) => as(w).func,
    __wrapped__: (w) => as(w).func,
  });
  defineGetSets(t, {
    __isabstractmethod__: { get: (w) => isAbstract(as(w).func) },
    __dict__: {
      get: (w) => (as(w).dict ??= new PyDictCtor()),
      set: (w, v) => {
        if (v === undefined) raise(TypeError, 'cannot delete __dict__');
        if (!(v instanceof PyDictCtor)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
        as(w).dict = v;
      },
    },
  });
}

defineMethods(classmethodType, {
  __get__: (args) => {
    const cm = args[0] as PyClassMethod;
    const obj = args[1] ?? None;
    let type = args[2] ?? None;
    if (type === None) type = typeOf(obj);
    const f = cm.func;
    if (!(f instanceof PyFunction)) {
      const get = typeOf(f).lookup('__get__');
      if (get !== undefined) return callBound(get, f, [type, type]);
    }
    return new PyMethod(f, type);
  },
});

defineMethods(staticmethodType, {
  __get__: (args) => (args[0] as PyStaticMethod).func,
  __call__: (args, kwnames) => call((args[0] as PyStaticMethod).func, args.slice(1), kwnames),
});

// ---------------------------------------------------------------------------------------------
// getset_descriptor and member_descriptor

/** slotValues: the values of __slots__ members, per instance. */
const slotValues = new WeakMap<PyObject, Map<string, PyValue>>();

function readOnlyMessage(d: PyGetSet): string {
  return d.cls === memberDescriptorType ? 'readonly attribute' : `attribute '${d.name}' of '${d.owner.name}' objects is not writable`;
}

function descrCheck(d: PyGetSet, obj: PyValue): void {
  if (!isInstance(obj, d.owner)) {
    raise(TypeError, `descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
}

/** makeMemberDescriptor: the member descriptor of slot `name` of class owner (its values live beside the instance). */
export function makeMemberDescriptor(owner: PyType, name: string): PyGetSet {
  let d: PyGetSet;
  const get = (obj: PyValue): PyValue => {
    descrCheck(d, obj);
    const v = typeof obj === 'object' ? slotValues.get(obj)?.get(name) : undefined;
    if (v === undefined) raise(AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`);
    return v;
  };
  const set = (obj: PyValue, value: PyValue | undefined): void => {
    descrCheck(d, obj);
    if (typeof obj !== 'object') return;
    let m = slotValues.get(obj);
    if (value === undefined) {
      if (m === undefined || !m.delete(name)) raise(AttributeError, name);
      return;
    }
    if (m === undefined) slotValues.set(obj, (m = new Map()));
    m.set(name, value);
  };
  d = new PyGetSet(name, owner, get, set);
  d.cls = memberDescriptorType;
  return d;
}

for (const t of [getsetDescriptorType, memberDescriptorType]) {
  const kind = t === memberDescriptorType ? 'member' : 'attribute';
  defineMethods(t, {
    __get__: (args) => {
      const d = args[0] as PyGetSet;
      const obj = args[1] ?? None;
      if (obj === None) {
        const type = args[2] ?? None;
        if (type === None) raise(TypeError, '__get__(None, None) is invalid');
        return d;
      }
      descrCheck(d, obj);
      return d.get(obj);
    },
    __set__: (args) => {
      const d = args[0] as PyGetSet;
      descrCheck(d, args[1]!);
      if (d.set === null) raise(AttributeError, readOnlyMessage(d));
      d.set(args[1]!, args[2]!);
      return None;
    },
    __delete__: (args) => {
      const d = args[0] as PyGetSet;
      descrCheck(d, args[1]!);
      if (d.set === null) raise(AttributeError, readOnlyMessage(d));
      d.set(args[1]!, undefined);
      return None;
    },
    __repr__: (args) => {
      const d = args[0] as PyGetSet;
      return `<${kind} '${d.name}' of '${d.owner.name}' objects>`;
    },
  });
  defineGetSets(t, {
    __objclass__: { get: (d) => (d as PyGetSet).owner },
    __name__: { get: (d) => (d as PyGetSet).name },
    __qualname__: { get: (d) => `${(d as PyGetSet).owner.qualname}.${(d as PyGetSet).name}` },
    __doc__: { get: () => None },
  });
}
