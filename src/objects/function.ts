// Python functions (the `function` type), bound methods (`method`) and closure cells (`cell`).

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType } from './type.js';
import type { PyCode } from './code.js';
import type { PyDict } from './dict.js';
import type { PyTuple } from './tuple.js';
import { None } from './singletons.js';
import { charge, SIZE } from '../vm/meter.js';
import { functionType, methodType, cellType } from './types.js';
export { functionType, methodType, cellType };


/** PyCell: a closure cell; `value` is undefined while the cell is empty. */
export class PyCell extends PyObject {
  value: PyValue | undefined;
  constructor(value: PyValue | undefined) {
    super(cellType);
    this.value = value;
  }
}

/** PyFunction: a function made by MAKE_FUNCTION (def, lambda, comprehension, class body). */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyValue[] | null;
  kwdefaults: PyDict | null;
  annotations: PyDict | null = null;
  doc: PyValue;
  module: PyValue;
  constructor(
    readonly code: PyCode,
    readonly globals: PyDict,
    /** builtins: the builtins namespace, captured from globals['__builtins__'] at creation. */
    readonly builtins: PyDict,
    defaults: PyValue[] | null,
    kwdefaults: PyDict | null,
    readonly closure: PyTuple | null,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.doc = code.docstring ?? None;
    this.module = None;
    charge(SIZE.FUNCTION);
  }
}

/** PyMethod: a function bound to `self`. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType);
    charge(SIZE.OBJECT + 2 * SIZE.SLOT);
  }
}
