// Async generators (PEP 525): an async generator's frame runs like a generator's; `yield v`
// yields a wrapped value (ASYNC_GEN_WRAP) while an `await` inside yields raw values to the event
// loop. __anext__()/asend() return an awaitable that resumes the frame: a wrapped yield completes
// the awaitable (StopIteration(v)), a raw one passes through to the loop, a return ends the
// iteration (StopAsyncIteration).

import { PyObject, type PyValue } from '../objects/object.js';
import { makeBuiltinType, isInstance } from '../objects/type.js';
import { None } from '../objects/singletons.js';
import { defineMethods } from '../objects/builtin-function.js';
import {
  PyException,
  newException,
  raise,
  StopIteration,
  StopAsyncIteration,
  GeneratorExit,
  RuntimeError,
} from '../objects/exception.js';
import { currentVM } from './current.js';
import { PyGenerator, asyncGeneratorType, GEN_CLOSED, GEN_CREATED } from './generator.js';
import type { SendResult } from './vm.js';
import { addressOf } from '../objects/id.js';
import { newStopIteration } from '../objects/exception-methods.js';

/** asyncGenWrappedType: the marker type of values an async generator yields to its iterator. */
export const asyncGenWrappedType = makeBuiltinType('async_generator_wrapped_value');
/** asyncGenASendType: `async_generator_asend`. */
export const asyncGenASendType = makeBuiltinType('async_generator_asend');

/** PyAsyncGenWrapped: a value yielded by `yield` inside an async generator. */
export class PyAsyncGenWrapped extends PyObject {
  constructor(readonly value: PyValue) {
    super(asyncGenWrappedType);
  }
}

/** PyAsyncGenASend: the awaitable of one step of an async generator (asend, __anext__, athrow, aclose). */
export class PyAsyncGenASend extends PyObject {
  started = false;
  done = false;
  constructor(
    readonly gen: PyGenerator,
    readonly sendValue: PyValue,
    readonly throwIn: PyException | null,
    readonly closing: boolean,
  ) {
    super(asyncGenASendType);
  }
}

function step(a: PyAsyncGenASend, r: SendResult): PyValue {
  if (r.done) {
    a.done = true;
    if (a.closing) throw newException(StopIteration);
    throw newException(StopAsyncIteration);
  }
  if (r.value instanceof PyAsyncGenWrapped) {
    a.done = true;
    if (a.closing) raise(RuntimeError, 'async generator ignored GeneratorExit');
    throw newStopIteration(r.value.value);
  }
  return r.value;
}

function send(a: PyAsyncGenASend, v: PyValue): PyValue {
  const vm = currentVM();
  if (a.done) raise(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  try {
    if (!a.started) {
      a.started = true;
      if (a.gen.state === GEN_CLOSED) {
        a.done = true;
        if (a.closing) throw newException(StopIteration);
        throw newException(StopAsyncIteration);
      }
      if (a.throwIn !== null) {
        if (a.gen.state === GEN_CREATED && a.closing) {
          a.gen.state = GEN_CLOSED;
          a.done = true;
          throw newException(StopIteration);
        }
        return step(a, vm.genThrow(a.gen, a.throwIn));
      }
      return step(a, vm.resume(a.gen, a.sendValue));
    }
    return step(a, vm.resume(a.gen, v));
  } catch (e) {
    if (a.closing && e instanceof PyException && (isInstance(e, GeneratorExit) || isInstance(e, StopAsyncIteration))) {
      a.done = true;
      throw newException(StopIteration);
    }
    throw e;
  }
}

defineMethods(asyncGenASendType, {
  send: (args) => send(args[0] as PyAsyncGenASend, args[1] ?? None),
  __next__: (args) => send(args[0] as PyAsyncGenASend, None),
  __iter__: (args) => args[0]!,
  __await__: (args) => args[0]!,
  throw: (args) => {
    const a = args[0] as PyAsyncGenASend;
    const exc = args[1];
    const vm = currentVM();
    if (!(exc instanceof PyException)) raise(RuntimeError, 'throw() expects an exception instance');
    return step(a, vm.genThrow(a.gen, exc));
  },
  close: (args) => {
    (args[0] as PyAsyncGenASend).done = true;
    return None;
  },
});

defineMethods(asyncGeneratorType, {
  __aiter__: (args) => args[0]!,
  __anext__: (args) => new PyAsyncGenASend(args[0] as PyGenerator, None, null, false),
  asend: (args) => new PyAsyncGenASend(args[0] as PyGenerator, args[1] ?? None, null, false),
  athrow: (args) => {
    const exc = args[1];
    if (!(exc instanceof PyException)) raise(RuntimeError, 'athrow() expects an exception instance');
    return new PyAsyncGenASend(args[0] as PyGenerator, None, exc, false);
  },
  aclose: (args) => new PyAsyncGenASend(args[0] as PyGenerator, None, newException(GeneratorExit), true),
  __repr__: (args) => `<async_generator object ${(args[0] as PyGenerator).qualname} at ${addressOf(args[0]!)}>`,
});
