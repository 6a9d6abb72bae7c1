// Generators, coroutines and async generators: objects that own a suspended frame. The eval loop
// resumes them inline (FOR_ITER, SEND) by linking their frame above the caller's; builtins resume
// them through VM.resume (a bounded nested loop).

import { PyObject, type PyValue } from '../objects/object.js';
import { makeBuiltinType, type PyType } from '../objects/type.js';
import { None } from '../objects/singletons.js';
import type { Frame } from './frame.js';

/** generatorType, coroutineType, asyncGeneratorType: their Python types. */
export const generatorType = makeBuiltinType('generator');
export const coroutineType = makeBuiltinType('coroutine');
export const asyncGeneratorType = makeBuiltinType('async_generator');

/** GenState: CPython's FRAME_CREATED / SUSPENDED / EXECUTING / COMPLETED. */
export const GEN_CREATED = 0;
export const GEN_SUSPENDED = 1;
export const GEN_RUNNING = 2;
export const GEN_CLOSED = 3;

/** PyGenerator: a generator, coroutine or async generator (by `cls`). */
export class PyGenerator extends PyObject {
  state = GEN_CREATED;
  /** handled: the exception being handled inside the generator (swapped in while it runs). */
  handled: PyValue = None;
  /** callerHandled: the exception being handled by the code that resumed it. */
  callerHandled: PyValue = None;
  /** yieldFrom: the sub-iterator while suspended inside `yield from` / `await` (for throw/close). */
  yieldFrom: PyValue | null = null;
  /**
   * loopOwned: made by a call whose result went straight into a `for` loop, so the loop holds the
   * only reference; when the loop drops it (break, return, exception), it is closed, as CPython's
   * reference counting would (finally blocks run at that point).
   */
  loopOwned = false;
  /** sendPc: the SEND instruction of that delegation. */
  sendPc = -1;
  constructor(
    readonly frame: Frame,
    cls: PyType,
    public name: string,
    public qualname: string,
  ) {
    super(cls);
  }
}
