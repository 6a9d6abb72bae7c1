// The Python-visible methods of generators and coroutines: send, throw, close, __next__,
// __iter__ / __await__, and their attributes.

import type { PyValue } from '../objects/object.js';
import { typeOf, type PyType } from '../objects/type.js';
import { None } from '../objects/singletons.js';
import { defineMethods } from '../objects/builtin-function.js';
import { defineGetSets } from '../objects/descriptor.js';
import { PyException, newException, raise, StopIteration, TypeError, BaseException } from '../objects/exception.js';
import { call } from '../objects/protocol.js';
import { PyType as PyTypeClass } from '../objects/type.js';
import { ArgSpec } from '../builtins/args.js';
import { currentVM } from './current.js';
import { addressOf } from '../objects/id.js';
import { newStopIteration } from '../objects/exception-methods.js';
import { PyGenerator, generatorType, coroutineType, GEN_RUNNING, GEN_SUSPENDED } from './generator.js';
import type { SendResult } from './vm.js';

function finish(r: SendResult): PyValue {
  if (r.done) throw newStopIteration(r.value);
  return r.value;
}

const THROW = new ArgSpec('throw', 'typ, val=, tb=, /');

/** throwArgs: the exception generator.throw(typ[, val[, tb]]) raises. */
function throwArgs(args: PyValue[], kw: readonly string[] | null): PyException {
  const [typ, val] = THROW.unpack(args, kw, 1);
  let exc: PyValue;
  if (typ instanceof PyTypeClass && typ.isSubtypeOf(BaseException)) {
    if (val === undefined || val === None) exc = call(typ, []);
    else if (val instanceof PyException && val.cls.isSubtypeOf(typ)) exc = val;
    else exc = call(typ, [val]);
  } else if (typ instanceof PyException) {
    if (val !== undefined && val !== None) raise(TypeError, 'instance exception may not have a separate value');
    exc = typ;
  } else {
    raise(TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ!).name}`);
  }
  return exc as PyException;
}

function genReprName(g: PyGenerator): string {
  return g.cls === coroutineType ? 'coroutine' : 'generator';
}

function install(t: PyType): void {
  defineMethods(t, {
    send: (args) => finish(currentVM().resume(args[0] as PyGenerator, args[1] ?? None)),
    throw: (args, kw) => finish(currentVM().genThrow(args[0] as PyGenerator, throwArgs(args, kw))),
    close: (args) => currentVM().genClose(args[0] as PyGenerator),
    __repr__: (args) => {
      const g = args[0] as PyGenerator;
      return `<${genReprName(g)} object ${g.qualname} at ${addressOf(g)}>`;
    },
  });
  defineGetSets(t, {
    __name__: { get: (o) => (o as PyGenerator).name, set: (o, v) => void ((o as PyGenerator).name = v as string) },
    __qualname__: { get: (o) => (o as PyGenerator).qualname, set: (o, v) => void ((o as PyGenerator).qualname = v as string) },
  });
}

install(generatorType);
install(coroutineType);

defineMethods(generatorType, {
  __iter__: (args) => args[0]!,
  __next__: (args) => finish(currentVM().resume(args[0] as PyGenerator, None)),
});
defineGetSets(generatorType, {
  gi_running: { get: (o) => (o as PyGenerator).state === GEN_RUNNING },
  gi_suspended: { get: (o) => (o as PyGenerator).state === GEN_SUSPENDED },
  gi_frame: { get: (o) => ((o as PyGenerator).state === 3 ? None : (o as PyGenerator).frame) },
  gi_code: { get: (o) => (o as PyGenerator).frame.code },
  gi_yieldfrom: { get: (o) => (o as PyGenerator).yieldFrom ?? None },
});

/** coroutineWrapperType: what coroutine.__await__() returns (iterates the coroutine). */
defineMethods(coroutineType, {
  __await__: (args) => args[0]!,
});
defineGetSets(coroutineType, {
  cr_running: { get: (o) => (o as PyGenerator).state === GEN_RUNNING },
  cr_suspended: { get: (o) => (o as PyGenerator).state === GEN_SUSPENDED },
  cr_frame: { get: (o) => ((o as PyGenerator).state === 3 ? None : (o as PyGenerator).frame) },
  cr_code: { get: (o) => (o as PyGenerator).frame.code },
  cr_await: { get: (o) => (o as PyGenerator).yieldFrom ?? None },
});

