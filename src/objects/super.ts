// The `super` type: attribute lookup that starts after a given class in the MRO of an object's
// type, as CPython 3.11's Objects/typeobject.c (super_getattro, super_init, supercheck). The
// zero-argument form reads the calling frame: its first argument and its __class__ cell.

import { PyObject, type PyValue } from './object.js';
import { PyType, typeOf, typeName } from './type.js';
import { None } from './singletons.js';
import { defineMethods, defineStaticMethods } from './builtin-function.js';
import { defineMembers } from './descriptor.js';
import { raise, TypeError, RuntimeError } from './exception.js';
import { call, descrGet, genericGetAttr, getAttrOpt, attributeError } from './protocol.js';
import { currentVM } from '../vm/current.js';
import type { Frame } from '../vm/frame.js';
import { charge, SIZE } from '../vm/meter.js';
import { checkNewArgs, instanceDictFor } from './type-type.js';
import { superType } from './types.js';
export { superType };


/** PySuper: a super object; unbound (`super(C)`) while obj is null. */
export class PySuper extends PyObject {
  /** thisType: the class after which the lookup starts (__thisclass__). */
  thisType: PyType | null = null;
  /** obj: the instance or class the found attributes are bound to (__self__). */
  obj: PyValue | null = null;
  /** objType: the type whose MRO is searched (__self_class__). */
  objType: PyType | null = null;
  constructor(cls: PyType = superType) {
    super(cls);
    charge(SIZE.OBJECT + 3 * SIZE.SLOT);
  }
}

/**
 * superCheck: the type whose MRO a super(type, obj) searches: obj itself when it is a subclass of
 * type (class-method use), else type(obj) (or obj.__class__ for proxies), as CPython's supercheck().
 */
export function superCheck(type: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return obj;
  const t = typeOf(obj);
  if (t.isSubtypeOf(type)) return t;
  const cls = getAttrOpt(obj, '__class__');
  if (cls instanceof PyType && cls !== t && cls.isSubtypeOf(type)) return cls;
  raise(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

/** makeSuper: super(type, obj) (obj null: the unbound super(type)). */
export function makeSuper(type: PyType, obj: PyValue | null, cls: PyType = superType): PySuper {
  const su = new PySuper(cls);
  su.thisType = type;
  if (obj !== null && obj !== None) {
    su.objType = superCheck(type, obj);
    su.obj = obj;
  }
  return su;
}

/**
 * zeroArgSuper: the (class, first argument) that super() without arguments uses: the calling
 * frame's first argument and its __class__ cell (CPython's super_init_without_args).
 */
export function zeroArgSuper(): [PyType, PyValue] {
  const frame = (currentVM() as { frame: Frame | null } | null)?.frame ?? null;
  if (frame === null) raise(RuntimeError, 'super(): no current frame');
  const code = frame.code;
  if (code.argcount === 0) raise(RuntimeError, 'super(): no arguments');
  let first = frame.slots[0];
  const argCell = code.cell2arg.indexOf(0);
  if (argCell >= 0 && frame.cells !== null) first = frame.cells[argCell]!.value;
  if (first === undefined) raise(RuntimeError, 'super(): arg[0] deleted');
  const i = code.freevars.indexOf('__class__');
  if (i < 0 || frame.cells === null) raise(RuntimeError, 'super(): __class__ cell not found');
  const cls = frame.cells[code.cellvars.length + i]!.value;
  if (cls === undefined) raise(RuntimeError, 'super(): empty __class__ cell');
  if (!(cls instanceof PyType)) raise(RuntimeError, `super(): __class__ is not a type (${typeName(cls)})`);
  return [cls, first];
}

/** superGetAttr: super_getattro: the MRO of __self_class__ after __thisclass__, binding to __self__. */
export function superGetAttr(su: PySuper, name: string): PyValue {
  const start = su.objType;
  if (start !== null && name !== '__class__') {
    const mro = start.mro;
    const n = mro.length;
    let i = 0;
    for (; i + 1 < n; i++) if (mro[i] === su.thisType) break;
    for (i++; i < n; i++) {
      const res = mro[i]!.attrs.get(name);
      if (res !== undefined) return descrGet(res, su.obj === start ? null : su.obj, start);
    }
  }
  const v = genericGetAttr(su, name);
  if (v === undefined) throw attributeError(su, name);
  return v;
}

defineStaticMethods(superType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(superType, args, kwnames);
    const su = new PySuper(cls);
    su.dict = instanceDictFor(cls);
    return su;
  },
});

defineMethods(superType, {
  __init__: (args, kwnames) => {
    const su = args[0] as PySuper;
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'super() takes no keyword arguments');
    const n = args.length - 1;
    if (n > 2) raise(TypeError, `super() expected at most 2 arguments, got ${n}`);
    let type: PyType;
    let obj: PyValue | null;
    if (n === 0) [type, obj] = zeroArgSuper();
    else {
      const t = args[1]!;
      if (!(t instanceof PyType)) raise(TypeError, `super() argument 1 must be a type, not ${typeName(t)}`);
      type = t;
      obj = n === 2 ? args[2]! : null;
    }
    su.thisType = type;
    su.obj = null;
    su.objType = null;
    if (obj !== null && obj !== None) {
      su.objType = superCheck(type, obj);
      su.obj = obj;
    }
    return None;
  },
  __getattribute__: (args) => {
    const name = args[1]!;
    if (typeof name !== 'string') raise(TypeError, `attribute name must be string, not '${typeName(name)}'`);
    return superGetAttr(args[0] as PySuper, name);
  },
  __get__: (args) => {
    const su = args[0] as PySuper;
    const obj = args[1] ?? None;
    if (obj === None || su.obj !== null) return su;
    if (su.cls !== superType) return call(su.cls, [su.thisType ?? None, obj]);
    return makeSuper(su.thisType!, obj);
  },
  __repr__: (args) => {
    const su = args[0] as PySuper;
    const type = su.thisType === null ? 'NULL' : su.thisType.name;
    if (su.objType !== null) return `<super: <class '${type}'>, <${su.objType.name} object>>`;
    return `<super: <class '${type}'>, NULL>`;
  },
});

defineMembers(superType, {
  __thisclass__: (su) => (su as PySuper).thisType ?? None,
  __self__: (su) => (su as PySuper).obj ?? None,
  __self_class__: (su) => (su as PySuper).objType ?? None,
});
