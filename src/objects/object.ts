// The representation of Python values in the VM. Every Python value is a PyValue:
//   int   -> a JS number when it is a safe integer (|x| <= 2^53 - 1), a bigint otherwise; never a
//            bigint in the safe range, so equal ints have one representation (ARCHITECTURE.md)
//   bool  -> a JS boolean
//   str   -> a JS string (code points; see str.ts for indexing with astral characters)
//   every other value (float, None, tuple, ...) -> an instance of a PyObject subclass, whose `cls`
//   is its Python type object.
// typeOf() in type.ts maps any value to its type.

import type { PyType } from './type.js';
import type { PyDict } from './dict.js';

/** PyValue: any Python value. */
export type PyValue = number | bigint | boolean | string | PyObject;

/** PyObject: the base of every boxed Python value. `dict` is the instance __dict__, if it has one. */
export class PyObject {
  cls: PyType;
  dict: PyDict | null = null;
  constructor(cls: PyType) {
    this.cls = cls;
  }
}
