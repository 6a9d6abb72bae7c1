// Python's tuple type: an immutable sequence, held as a JS array that is never mutated.

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, type PyType } from './type.js';
import { charge, SIZE } from '../vm/meter.js';

/** tupleType: `tuple`. */
export const tupleType = makeBuiltinType('tuple');

/** PyTuple: a tuple. `items` must not be mutated after construction. */
export class PyTuple extends PyObject {
  constructor(
    readonly items: PyValue[],
    cls: PyType = tupleType,
  ) {
    super(cls);
  }
}

/** EMPTY_TUPLE: the one empty tuple. */
export const EMPTY_TUPLE = new PyTuple([]);

/** newTuple: a tuple owning `items`, charged to the heap. */
export function newTuple(items: PyValue[]): PyTuple {
  if (items.length === 0) return EMPTY_TUPLE;
  charge(SIZE.OBJECT + SIZE.SLOT * items.length);
  return new PyTuple(items);
}
