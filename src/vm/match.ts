// The run-time half of match statements: what MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and
// MATCH_CLASS compute (CPython 3.11's Python/ceval.c: the Py_TPFLAGS_SEQUENCE/MAPPING tests,
// match_keys, match_class).
//
// CPython marks sequence and mapping types with a type flag that collections.abc's Sequence and
// Mapping pass on to their subclasses and registered classes. Here the builtin types are tested
// (memoryview does not exist yet)
// directly and any other class through isinstance() with collections.abc's ABCs, which the
// first such test imports (our collections.abc registers deque, UserList, UserDict, ChainMap).

import type { PyValue } from '../objects/object.js';
import { PyType, typeOf, isInstance } from '../objects/type.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { PyException, raise, TypeError, ValueError, AttributeError } from '../objects/exception.js';
import { getAttr, call, repr } from '../objects/protocol.js';
import { isinstanceFull, mappingproxyType } from '../objects/type-type.js';
import { newSet, setAdd, setContains } from '../objects/set.js';
import { listType, tupleType, bytesType, bytearrayType, dictType, floatType } from '../objects/types.js';
import { intType, boolType, strType } from '../objects/type.js';
import { rangeType } from '../objects/range.js';
import { setType, frozensetType } from '../objects/set.js';
import type { VM } from './vm.js';

/** The builtin types whose class patterns match the subject itself for one positional sub-pattern. */
const MATCH_SELF = [boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];

function abcClass(vm: VM, name: 'Sequence' | 'Mapping'): PyValue {
  const abc = vm.importName('collections.abc', vm.frame!.globals, newTuple([name]), 0);
  return getAttr(abc, name);
}

function isAny(t: PyType, types: readonly PyType[]): boolean {
  for (const b of types) if (t.isSubtypeOf(b)) return true;
  return false;
}

/** matchSequence: whether a match statement treats v as a sequence. */
export function matchSequence(vm: VM, v: PyValue): boolean {
  const t = typeOf(v);
  if (isAny(t, [strType, bytesType, bytearrayType, dictType])) return false;
  if (isAny(t, [listType, tupleType, rangeType])) return true;
  if (!t.heapType) return false;
  return isinstanceFull(v, abcClass(vm, 'Sequence'));
}

/** matchMapping: whether a match statement treats v as a mapping. */
export function matchMapping(vm: VM, v: PyValue): boolean {
  const t = typeOf(v);
  if (t.isSubtypeOf(dictType) || t === mappingproxyType) return true;
  if (isAny(t, [listType, tupleType, strType, bytesType, bytearrayType, rangeType])) return false;
  if (!t.heapType) return false;
  return isinstanceFull(v, abcClass(vm, 'Mapping'));
}

/** matchKeys: the tuple of subject.get(key) for each key, or None when one is missing. */
export function matchKeys(subject: PyValue, keys: PyValue): PyValue {
  const items = (keys as PyTuple).items;
  if (items.length === 0) return newTuple([]);
  const get = getAttr(subject, 'get');
  const seen = newSet();
  const missing = new PyDict(); // a fresh object no mapping holds: the default for get()
  const values: PyValue[] = [];
  for (const key of items) {
    if (setContains(seen, key)) raise(ValueError, `mapping pattern checks duplicate key (${repr(key)})`);
    setAdd(seen, key);
    const v = call(get, [key, missing]);
    if (v === missing) return None;
    values.push(v);
  }
  return newTuple(values);
}

/** matchClass: the attributes a class pattern matches against, or None when the subject does not match. */
export function matchClass(subject: PyValue, cls: PyValue, nargs: number, names: PyValue): PyValue {
  if (!(cls instanceof PyType)) raise(TypeError, 'called match pattern must be a type');
  if (!isinstanceFull(subject, cls)) return None;
  const seen: string[] = [];
  const attrs: PyValue[] = [];
  const attr = (name: string): PyValue | undefined => {
    if (seen.includes(name)) raise(TypeError, `${cls.name}() got multiple sub-patterns for attribute ${repr(name)}`);
    seen.push(name);
    try {
      return getAttr(subject, name);
    } catch (e) {
      if (e instanceof PyException && isInstance(e, AttributeError)) return undefined;
      throw e;
    }
  };
  if (nargs > 0) {
    let matchArgs: PyValue[];
    let matchSelf = false;
    let found: PyValue | undefined;
    try {
      found = getAttr(cls, '__match_args__');
    } catch (e) {
      if (!(e instanceof PyException && isInstance(e, AttributeError))) throw e;
    }
    if (found !== undefined) {
      if (!(found instanceof PyTuple && found.cls === tupleType)) {
        raise(TypeError, `${cls.name}.__match_args__ must be a tuple (got ${typeOf(found).name})`);
      }
      matchArgs = found.items;
    } else {
      // Without __match_args__, the builtin types above match the subject itself.
      matchArgs = [];
      matchSelf = isAny(cls, MATCH_SELF);
    }
    const allowed = matchSelf ? 1 : matchArgs.length;
    if (allowed < nargs) {
      raise(TypeError, `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs[i]!;
        if (typeof name !== 'string') raise(TypeError, `__match_args__ elements must be strings (got ${typeOf(name).name})`);
        const v = attr(name);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const name of (names as PyTuple).items) {
    const v = attr(name as string);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return newTuple(attrs);
}
