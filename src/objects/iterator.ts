// The base of iterators written in TypeScript. The VM's FOR_ITER and every builtin that consumes
// an iterable call next() directly on these, without a Python-level __next__ call or a
// StopIteration exception; their Python-visible __iter__/__next__ come from defineIteratorType().

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, type PyType } from './type.js';
import { defineMethods } from './builtin-function.js';
import { newException, StopIteration } from './exception.js';

/** NativeIterator: an iterator implemented in TypeScript; next() returns undefined when exhausted. */
export abstract class NativeIterator extends PyObject {
  abstract next(): PyValue | undefined;
}

/** defineIteratorType: a builtin iterator type (e.g. `list_iterator`) with __iter__ and __next__. */
export function defineIteratorType(name: string): PyType {
  const t = makeBuiltinType(name);
  defineMethods(t, {
    __iter__: (args) => args[0]!,
    __next__: (args) => {
      const v = (args[0] as NativeIterator).next();
      if (v === undefined) throw newException(StopIteration);
      return v;
    },
  });
  return t;
}
