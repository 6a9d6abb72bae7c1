// Host functions: functions the embedder passed in (src/api/interpreter.ts), as Python sees them:
// builtin_function_or_method objects like any builtin, with a name and nothing else (no
// __globals__, __code__, __closure__; nothing of the JavaScript function is reachable). A call
// converts the arguments, calls the host, and converts the result back; the conversions live in
// the API layer, which gives each function its `invoke`.
//
// A host function may answer with a Promise. Where the interpreter can wait (a time-sliced run,
// the call made directly by the outermost eval loop), the CALL instruction suspends the VM until
// it settles (eval.ts). Inside async def code, the call gives a host_call object to await.
// Anywhere else the call fails with a RuntimeError that says why.

import { PyBuiltinFunction, defineMethods } from './builtin-function.js';
import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, setTypeAttr } from './type.js';
import { StopIteration, RuntimeError, TypeError, pyError, PyException, newException } from './exception.js';
import { None } from './singletons.js';
import { currentVM } from '../vm/current.js';
import { CO_COROUTINE } from '../compiler/opcodes.js';

/**
 * HostInvoke: calls the host with Python arguments: the converted result, or, when the host
 * answered with a Promise, a pending PyHostCall.
 */
export type HostInvoke = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/**
 * PyHostFunction: an embedder's function. `fn` (what map(), sorted() and other builtins call)
 * cannot wait: a pending call there is handed to async def code as an awaitable, or refused; the
 * eval loop calls `invoke` directly (callHost in eval.ts) and may suspend instead.
 */
export class PyHostFunction extends PyBuiltinFunction {
  constructor(
    name: string,
    readonly invoke: HostInvoke,
  ) {
    super(
      name,
      (args, kwnames) => {
        const r = invoke(args, kwnames);
        if (!(r instanceof PyHostCall) || r.state !== PENDING || inCoroutine()) return r;
        throw refusal(name);
      },
      'function',
      null,
      undefined,
      null,
    );
  }
}

/**
 * inCoroutine: whether the call is made by async def code, or by code it runs (a comprehension,
 * a builtin's callback) with no other Python function between: a host call then gives an
 * awaitable.
 */
export function inCoroutine(): boolean {
  for (let f = currentVM().frame; f !== null; f = f.back) {
    if (f.code.flags & CO_COROUTINE) return true;
    if (!f.code.name.startsWith('<')) return false;
  }
  return false;
}

/** refusal: the error for an async host call where the interpreter cannot wait for it. */
export function refusal(name: string): PyException {
  return currentVM().asyncMode
    ? pyError(RuntimeError, `async host function ${name}() called where the interpreter cannot wait for it (from a builtin such as map() or sorted(), an import or a class body): call it from ordinary code or await it in async def code`)
    : pyError(RuntimeError, `async host function ${name}() needs runAsync(): run() cannot wait for a Promise`);
}

/** hostCallType: `host_call`, what an async host function gives async def code to await. */
export const hostCallType = makeBuiltinType('host_call');

export const PENDING = 0;
const FULFILLED = 1;
const REJECTED = 2;

/**
 * PyHostCall: a host Promise as a Python awaitable. Awaiting it yields the object itself to the
 * event loop (asyncio's Task hands it to `_wait()`, which suspends the VM until it settles); once
 * settled, the await gives the value or raises the exception.
 */
export class PyHostCall extends PyObject {
  state = PENDING;
  value: PyValue = None;
  error: PyException | null = null;
  constructor(
    readonly name: string,
    /** promise: the host's answer, unconverted (conversion needs the interpreter entered). */
    readonly promise: PromiseLike<unknown>,
    /** convert / toError: the host value as a Python value, a rejection as a Python exception. */
    readonly convert: (v: unknown) => PyValue,
    readonly toError: (e: unknown) => PyException,
  ) {
    super(hostCallType);
    // Nobody may be waiting when it rejects (a call refused, an abandoned run): not unhandled.
    Promise.resolve(promise).then(undefined, () => {});
  }

  /** settle: the outcome, once the host's Promise settled (set by the interpreter's driver). */
  settle(value: PyValue, error: PyException | null): void {
    if (this.state !== PENDING) return;
    this.state = error === null ? FULFILLED : REJECTED;
    this.value = value;
    this.error = error;
  }
}

/** step: one turn of the await: the object itself while pending, then the outcome. */
function step(h: PyHostCall): PyValue {
  if (h.state === PENDING) return h;
  if (h.state === REJECTED) throw h.error!;
  throw newException(StopIteration, h.value);
}

/** self: the host_call a method was called on (a descriptor called unbound checks its self first). */
function self(a: PyValue[]): PyHostCall {
  const h = a[0];
  if (!(h instanceof PyHostCall)) throw pyError(TypeError, "descriptor requires a 'host_call' object");
  return h;
}

defineMethods(hostCallType, {
  __await__: (a) => self(a),
  __iter__: (a) => self(a),
  __next__: (a) => step(self(a)),
  send: (a) => step(self(a)),
  throw: (a) => {
    const e = a[1];
    throw e instanceof PyException ? e : pyError(RuntimeError, 'host_call.throw() needs an exception instance');
  },
  close: () => None,
  __repr__: (a) => {
    const h = self(a);
    return `<host_call ${h.name}() ${h.state === PENDING ? 'pending' : 'done'}>`;
  },
});

/**
 * hostWait: `host_call._wait(h)`: asyncio's Task calls it on a host_call its coroutine yielded. A
 * host function itself, so the eval loop suspends on the pending call it returns; settled, it
 * gives the outcome.
 */
export const hostWait = new PyHostFunction('_wait', (args) => {
  const h = args[0];
  if (!(h instanceof PyHostCall)) throw pyError(RuntimeError, '_wait() expects a host_call');
  if (h.state === PENDING) return h;
  if (h.state === REJECTED) throw h.error!;
  return h.value;
});

setTypeAttr(hostCallType, '_wait', hostWait);
