// None, NotImplemented and Ellipsis: one instance each, of their own types.

import { PyObject } from './object.js';
import { makeBuiltinType } from './type.js';

/** noneType: `type(None)`. */
export const noneType = makeBuiltinType('NoneType');
/** notImplementedType: `type(NotImplemented)`. */
export const notImplementedType = makeBuiltinType('NotImplementedType');
/** ellipsisType: `type(...)`. */
export const ellipsisType = makeBuiltinType('ellipsis');

/** None: the None object; compare with `===`. */
export const None = new PyObject(noneType);
/** NotImplemented: the NotImplemented object. */
export const NotImplemented = new PyObject(notImplementedType);
/** Ellipsis: the Ellipsis object. */
export const Ellipsis = new PyObject(ellipsisType);
