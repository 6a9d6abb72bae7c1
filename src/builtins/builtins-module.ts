// The namespace of the builtins module (https://docs.python.org/3.11/library/builtins.html): the
// builtin functions of functions.ts and numeric.ts, every builtin type by its Python name, the
// builtin exceptions and the constants. The VM adds the frame-dependent functions (globals, exec,
// __import__ ...) and __spec__/__loader__ when it creates the module.

import { memoryviewType } from '../objects/memoryview.js';
import { bytearrayType, bytesType, classmethodType, complexType, dictType, floatType, listType, propertyType, staticmethodType, superType, tupleType } from '../objects/types.js';
import type { PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { objectType, typeType, intType, boolType, strType } from '../objects/type.js';

import { sliceType } from '../objects/slice.js';
import { rangeType } from '../objects/range.js';
import { setType, frozensetType } from '../objects/set.js';
import { enumerateType, zipType, mapType, filterType, reversedType } from '../objects/iterators.js';
import { None, NotImplemented, Ellipsis } from '../objects/singletons.js';
import { EXCEPTION_TYPES } from '../objects/exception.js';
import { BUILTIN_FUNCTIONS } from './functions.js';

/** BUILTINS_DOC: builtins.__doc__, as CPython's. */
const BUILTINS_DOC =
  "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\n" +
  'identifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\n' +
  'This module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\n' +
  'objects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed.';

/** BUILTIN_TYPES: the builtin types by their names in the builtins module. */
const BUILTIN_TYPES: ReadonlyArray<readonly [string, PyValue]> = [
  ['object', objectType],
  ['type', typeType],
  ['int', intType],
  ['bool', boolType],
  ['float', floatType],
  ['complex', complexType],
  ['str', strType],
  ['bytes', bytesType],
  ['bytearray', bytearrayType],
  ['memoryview', memoryviewType],
  ['list', listType],
  ['tuple', tupleType],
  ['dict', dictType],
  ['property', propertyType],
  ['classmethod', classmethodType],
  ['staticmethod', staticmethodType],
  ['super', superType],
  ['slice', sliceType],
  ['range', rangeType],
  ['set', setType],
  ['frozenset', frozensetType],
  ['enumerate', enumerateType],
  ['zip', zipType],
  ['map', mapType],
  ['filter', filterType],
  ['reversed', reversedType],
];

/**
 * makeBuiltinsNamespace: a fresh dict holding the builtins (one per interpreter, so a program that
 * rebinds builtins.len affects only itself).
 */
export function makeBuiltinsNamespace(): PyDict {
  const d = new PyDict();
  d.setStr('__name__', 'builtins');
  d.setStr('__doc__', BUILTINS_DOC);
  d.setStr('__package__', '');
  d.setStr('__debug__', true);
  d.setStr('None', None);
  d.setStr('True', true);
  d.setStr('False', false);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('NotImplemented', NotImplemented);
  for (const [name, fn] of BUILTIN_FUNCTIONS) d.setStr(name, fn);
  for (const [name, t] of BUILTIN_TYPES) d.setStr(name, t);
  for (const [name, t] of EXCEPTION_TYPES) d.setStr(name, t);
  const osError = EXCEPTION_TYPES.get('OSError')!;
  d.setStr('EnvironmentError', osError);
  d.setStr('IOError', osError);
  return d;
}
