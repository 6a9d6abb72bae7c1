// Python's bool type (Objects/boolobject.c): a subclass of int whose two values are the JS
// booleans. Arithmetic is int's; bool only overrides repr and & | ^ (bool for two bools).
// bool cannot be subclassed ("type 'bool' is not an acceptable base type"); class creation
// (type-type.ts) enforces that.

import type { PyValue } from './object.js';
import { boolType } from './type.js';
import { checkNewArgs } from './type-type.js';
import { defineMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { NotImplemented } from './singletons.js';
import { raise, TypeError } from './exception.js';
import { truthy } from './protocol.js';
import { intAnd, intOr, intXor, asInt, wrapperArity, descriptorError, lazySpec, type IntValue } from './int.js';

function selfBool(args: readonly PyValue[], name: string): boolean {
  const s = args[0];
  if (typeof s !== 'boolean') descriptorError(name, 'bool', s);
  return s;
}

function logical(name: string, onBools: (a: boolean, b: boolean) => boolean, onInts: (a: IntValue, b: IntValue) => IntValue): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfBool(args, name);
    const b = args[1]!;
    if (typeof b === 'boolean') return onBools(a, b);
    const bi = asInt(b);
    if (bi === undefined) return NotImplemented;
    return onInts(a ? 1 : 0, bi);
  };
}

const BOOL_NEW = lazySpec('bool', 'x=, /');

defineMethods(boolType, {
  __repr__: (args, kwnames) => {
    wrapperArity(args, kwnames, 0, '__repr__');
    return selfBool(args, '__repr__') ? 'True' : 'False';
  },
  __and__: logical('__and__', (a, b) => a && b, intAnd),
  __rand__: logical('__rand__', (a, b) => a && b, intAnd),
  __or__: logical('__or__', (a, b) => a || b, intOr),
  __ror__: logical('__ror__', (a, b) => a || b, intOr),
  __xor__: logical('__xor__', (a, b) => a !== b, intXor),
  __rxor__: logical('__rxor__', (a, b) => a !== b, intXor),
});

defineStaticMethods(boolType, {
  __new__: (args, kwnames) => {
    checkNewArgs(boolType, args, kwnames);
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'bool() takes no keyword arguments');
    const [x] = BOOL_NEW(args, kwnames);
    return x === undefined ? false : truthy(x);
  },
});
