// Python's list type, held as a JS array.

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, type PyType } from './type.js';
import { charge, SIZE } from '../vm/meter.js';

/** listType: `list`. */
export const listType = makeBuiltinType('list');

/** PyList: a list. Growth must be charged (SIZE.SLOT per added item). */
export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    cls: PyType = listType,
  ) {
    super(cls);
  }
}

/** newList: a list owning `items`, charged to the heap. */
export function newList(items: PyValue[]): PyList {
  charge(SIZE.OBJECT + SIZE.SLOT * items.length);
  return new PyList(items);
}
