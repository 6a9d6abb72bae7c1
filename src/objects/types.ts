// The builtin type objects, all created here before any file attaches methods to them. The type
// files (float.ts, list.ts, ...) import one another in cycles, so a type object created in its own
// file could still be undefined when another file's top level registers methods on it; this file
// imports nothing but type.ts, so it is always evaluated first. Each type file re-exports its type.

import { makeBuiltinType } from './type.js';

/** noneType: `type(None)`. */
export const noneType = makeBuiltinType('NoneType');

/** notImplementedType: `type(NotImplemented)`. */
export const notImplementedType = makeBuiltinType('NotImplementedType');

/** ellipsisType: `type(...)`. */
export const ellipsisType = makeBuiltinType('ellipsis');

/** codeType: `code`. */
export const codeType = makeBuiltinType('code');

/** moduleType: `module`. */
export const moduleType = makeBuiltinType('module');

/** listType: `list`. */
export const listType = makeBuiltinType('list');

/** complexType: `complex`. */
export const complexType = makeBuiltinType('complex');

/** bytesType: `bytes`. */
export const bytesType = makeBuiltinType('bytes');

/** bytearrayType: `bytearray`. */
export const bytearrayType = makeBuiltinType('bytearray');

/** tupleType: `tuple`. */
export const tupleType = makeBuiltinType('tuple');

/** builtinFunctionType: `builtin_function_or_method` (also bound builtin methods). */
export const builtinFunctionType = makeBuiltinType('builtin_function_or_method');

/** methodDescriptorType: `method_descriptor`, a builtin method looked up on its class. */
export const methodDescriptorType = makeBuiltinType('method_descriptor');

/** classMethodDescriptorType: `classmethod_descriptor`, e.g. dict.fromkeys on the class. */
export const classMethodDescriptorType = makeBuiltinType('classmethod_descriptor');

/** wrapperDescriptorType: `wrapper_descriptor`, special methods such as int.__add__. */
export const wrapperDescriptorType = makeBuiltinType('wrapper_descriptor');

/** floatType: `float`. */
export const floatType = makeBuiltinType('float');

/** dictType: `dict`. */
export const dictType = makeBuiltinType('dict');

/** tracebackType: `traceback`. */
export const tracebackType = makeBuiltinType('traceback');

/** superType: `super`. */
export const superType = makeBuiltinType('super');

/** functionType: `function`. */
export const functionType = makeBuiltinType('function');

/** methodType: `method` (a Python function bound to an object). */
export const methodType = makeBuiltinType('method');

/** cellType: `cell`. */
export const cellType = makeBuiltinType('cell');

/** getsetDescriptorType: `getset_descriptor`. */
export const getsetDescriptorType = makeBuiltinType('getset_descriptor');

/** propertyType: `property`. */
export const propertyType = makeBuiltinType('property');

/** classmethodType: `classmethod`. */
export const classmethodType = makeBuiltinType('classmethod');

/** staticmethodType: `staticmethod`. */
export const staticmethodType = makeBuiltinType('staticmethod');
