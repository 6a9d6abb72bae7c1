// The methods of the singleton types NoneType, NotImplementedType and ellipsis: their reprs, truth
// values and constructors (type(None)() is None), as CPython 3.11's Objects/object.c and
// sliceobject.c (ellipsis).

import type { PyValue } from './object.js';
import type { PyType } from './type.js';
import { None, NotImplemented, Ellipsis } from './singletons.js';
import { noneType, notImplementedType, ellipsisType } from './types.js';
import { defineMethods, defineStaticMethods } from './builtin-function.js';
import { raise, TypeError } from './exception.js';
import { checkNewArgs } from './type-type.js';

/** SINGLETONS: each type with its one instance, its repr and its name in constructor errors. */
const SINGLETONS: ReadonlyArray<readonly [PyType, PyValue, string, string]> = [
  [noneType, None, 'None', 'NoneType'],
  [notImplementedType, NotImplemented, 'NotImplemented', 'NotImplementedType'],
  [ellipsisType, Ellipsis, 'Ellipsis', 'EllipsisType'],
];

for (const [t, value, text, ctorName] of SINGLETONS) {
  defineStaticMethods(t, {
    __new__: (args, kwnames) => {
      checkNewArgs(t, args, kwnames);
      if (args.length > 1) raise(TypeError, `${ctorName} takes no arguments`);
      return value;
    },
  });
  defineMethods(t, { __repr__: () => text });
  if (t !== noneType) defineMethods(t, { __reduce__: () => text });
}

defineMethods(noneType, { __bool__: () => false });
// bool(NotImplemented) is True; CPython 3.11 also issues a DeprecationWarning, which we omit.
defineMethods(notImplementedType, { __bool__: () => true });
