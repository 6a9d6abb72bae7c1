// None, NotImplemented and Ellipsis: one instance each, of their own types.

import { PyObject } from './object.js';
import { makeBuiltinType } from './type.js';
import { noneType, notImplementedType, ellipsisType } from './types.js';
export { noneType, notImplementedType, ellipsisType };


/** None: the None object; compare with `===`. */
export const None = new PyObject(noneType);
/** NotImplemented: the NotImplemented object. */
export const NotImplemented = new PyObject(notImplementedType);
/** Ellipsis: the Ellipsis object. */
export const Ellipsis = new PyObject(ellipsisType);
