// Descriptor objects that attribute lookup knows natively: getset descriptors of builtin types
// (`__class__`, `__dict__`, `__name__` ...), property, classmethod and staticmethod. Their
// Python-visible methods (__get__, getter, setter ...) are defined in src/builtins/.

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, setTypeAttr, type PyType } from './type.js';
import { getsetDescriptorType, propertyType, classmethodType, staticmethodType } from './types.js';
export { getsetDescriptorType, propertyType, classmethodType, staticmethodType };


/** PyGetSet: a computed attribute of a builtin type; a data descriptor (set may refuse). */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly get: (obj: PyValue) => PyValue,
    readonly set: ((obj: PyValue, value: PyValue | undefined) => void) | null,
  ) {
    super(getsetDescriptorType);
  }
}

/** memberDescriptorType: `member_descriptor`: read-only struct members (type.__mro__, function.__globals__) and __slots__ entries. */
export const memberDescriptorType = makeBuiltinType('member_descriptor');

/** defineMembers: adds read-only member descriptors (assignment raises "readonly attribute"). */
export function defineMembers(t: PyType, table: Record<string, (obj: PyValue) => PyValue>): void {
  for (const [name, get] of Object.entries(table)) {
    const d = new PyGetSet(name, t, get, null);
    d.cls = memberDescriptorType;
    setTypeAttr(t, name, d);
  }
}

/** defineGetSets: adds getset descriptors to a builtin type. set(obj, undefined) is a delete. */
export function defineGetSets(
  t: PyType,
  table: Record<string, { get: (obj: PyValue) => PyValue; set?: (obj: PyValue, value: PyValue | undefined) => void }>,
): void {
  for (const [name, gs] of Object.entries(table)) setTypeAttr(t, name, new PyGetSet(name, t, gs.get, gs.set ?? null));
}

/** PyProperty: property(fget, fset, fdel, doc); a data descriptor. */
export class PyProperty extends PyObject {
  /** name: the attribute name given by __set_name__ (for error messages), or null. */
  name: PyValue | null = null;
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
    cls: PyType = propertyType,
  ) {
    super(cls);
  }
}

/** PyClassMethod: classmethod(f). */
export class PyClassMethod extends PyObject {
  constructor(
    public func: PyValue,
    cls: PyType = classmethodType,
  ) {
    super(cls);
  }
}

/** PyStaticMethod: staticmethod(f). */
export class PyStaticMethod extends PyObject {
  constructor(
    public func: PyValue,
    cls: PyType = staticmethodType,
  ) {
    super(cls);
  }
}

