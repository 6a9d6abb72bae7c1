// Python's module type: a namespace dict with a name.

import { PyObject } from './object.js';
import { makeBuiltinType, type PyType } from './type.js';
import { PyDict } from './dict.js';
import { moduleType } from './types.js';
export { moduleType };


/** PyModule: a module; its attributes live in `dict` (its globals, when it is Python code). */
export class PyModule extends PyObject {
  declare dict: PyDict;
  constructor(
    readonly name: string,
    dict: PyDict = new PyDict(),
    cls: PyType = moduleType,
  ) {
    super(cls);
    this.dict = dict;
    if (dict.getStr('__name__') === undefined) dict.setStr('__name__', name);
  }
}
