// The interpreter: one per sandbox. A VM owns its modules (sys.modules), builtins namespace,
// recursion accounting, the exception being handled, its meter and its host hooks (output, file
// reading). It runs code with the eval loop in eval.ts and gives builtins their ways back into
// Python: calling functions, resuming generators, running class bodies, importing.

import type { PyValue } from '../objects/object.js';
import type { PyHostCall } from '../objects/host-function.js';
import { PyType, typeOf, isInstance } from '../objects/type.js';
import { None } from '../objects/singletons.js';
import { PyDict, dictIteratesItself } from '../objects/dict.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { PyFunction, PyCell } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import type { PyCode } from '../objects/code.js';
import {
  PyException,
  pyError,
  raise,
  newException,
  TypeError,
  RecursionError,
  StopIteration,
  GeneratorExit,
  RuntimeError,
  ValueError,
  BaseException,
  ImportError,
  ModuleNotFoundError,
  SystemError,
  AttributeError,
  EXCEPTION_TYPES,
} from '../objects/exception.js';
import { builtinFunction } from '../objects/builtin-function.js';
import { newImportError } from '../objects/exception-methods.js';
import { newList } from '../objects/list.js';
import { call, callBound, getAttr, getAttrOpt, iterNext, getIter, toArray, repr, setAttr, callMethod } from '../objects/protocol.js';
import { Meter, setActiveMeter, WORK_BLOCK, work } from './meter.js';
import { NativeIterator } from '../objects/iterator.js';
import { setCurrentVM } from './current.js';
import { Frame, RESUME_ENTRY } from './frame.js';
import { execute, newFrameFor, makeGenerator } from './eval.js';
import { PyGenerator, GEN_CLOSED, GEN_CREATED, GEN_RUNNING, coroutineType, generatorType } from './generator.js';
import { CO_COROUTINE, CO_GENERATOR, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE } from '../compiler/opcodes.js';
import { vmHooks } from './hooks.js';
import type { OS } from '../os/interface.js';
import { osCall } from '../modules/os-errors.js';
import { LimitError, PAUSE, type VMStop } from './limit-error.js';
import { MeteredOS } from './metered-os.js';
import { measureLive } from './heap.js';
import { checkLimits, TIME_CHECK_EVERY, type Limits } from './limits.js';

const utf8Encoder = new TextEncoder();

/** VMOptions: what the embedder (or the CLI) gives an interpreter. */
export interface VMOptions {
  /** os: the world the program sees (every effect and every input goes through it). */
  os: OS;
  /** argv: sys.argv (default: the OS's argv). */
  argv?: string[];
  /** path: sys.path entries (directories searched by import). */
  path?: string[];
  /** limits: the sandbox's limits (each optional). */
  limits?: Limits;
  /** now: a monotonic clock in ms, needed for the timeout limit (the host's; the VM has none). */
  now?: () => number;
  /** checked: verify every instruction's stack effect against the opcode table (tests). */
  checked?: boolean;
}

/** SendResult: what resuming a generator produced. */
export interface SendResult {
  done: boolean;
  value: PyValue;
}

/** VM: an interpreter instance. */
export class VM {
  readonly meter = new Meter();
  readonly builtins: PyDict;
  readonly modules = new PyDict();
  recursionLimit = 1000;
  /** depth: Python frames plus native recursion levels (repr of nested lists ...), against recursionLimit. */
  depth = 0;
  /** nativeDepth: nested eval loops on the JS stack; bounded so the host stack never overflows. */
  nativeDepth = 0;
  nativeDepthLimit = 200;
  /** handled: the exception currently being handled (sys.exception()), or None. */
  handled: PyValue = None;
  /** yielded: whether the last execute() ended in a yield (true) or a return (false). */
  yielded = false;
  /** frame: the innermost running frame. */
  frame: Frame | null = null;
  readonly checked: boolean;
  readonly checkFailures: string[] = [];
  internalErrors = 0;
  readonly os: OS;
  readonly limits: Limits;
  /** stopped: the limit (or other stop) that ended the run; once set, no guest code runs again. */
  stopped: VMStop | null = null;
  private readonly now: (() => number) | null;
  private deadline = Infinity;
  private started = 0;
  /** sources: filename -> source text, for tracebacks. */
  readonly sources = new Map<string, string>();
  readonly sys: PyModule;

  constructor(options: VMOptions) {
    this.checked = options.checked ?? false;
    this.limits = checkLimits(options.limits ?? {});
    this.os = new MeteredOS(options.os, this);
    this.now = options.now ?? null;
    if (this.limits.timeout !== undefined) {
      if (this.now === null) throw new Error('the timeout limit needs a clock (VMOptions.now)');
      this.started = this.now();
      this.deadline = this.started + this.limits.timeout;
    }
    if (this.limits.recursion !== undefined) this.recursionLimit = Math.min(this.recursionLimit, this.limits.recursion);
    this.meter.onStop = () => this.onStopAt();
    this.armStopAt();
    const prevMeter = setActiveMeter(this.meter);
    const prevVM = setCurrentVM(this);
    try {
      this.builtins = vmHooks.makeBuiltins(this);
      this.sys = vmHooks.makeSys(this, options.argv ?? this.os.argv(), options.path ?? []);
      this.modules.setStr('sys', this.sys);
      this.modules.setStr('builtins', vmHooks.makeBuiltinsModule(this, this.builtins));
    } finally {
      setActiveMeter(prevMeter);
      setCurrentVM(prevVM);
    }
  }

  /**
   * armHeapLimit: from here on, the live heap is held under the heap limit (a no-op without one).
   * What exists already (builtins, sys, __main__: strings no charge paid for) is measured once;
   * later, live bytes can only grow by what is charged, so the next look is due when the room
   * left has been charged. A heap already over the limit stops the run before its first
   * instruction. The embedder calls it once setup is done and before any guest code is loaded.
   */
  armHeapLimit(): void {
    const max = this.limits.heap;
    if (max === undefined) return;
    const m = this.meter;
    m.onHeap = (request) => this.onHeap(request);
    const live = this.measureHeap();
    if (live > max) this.stopped = new LimitError('heap', live, max);
    m.heapCheckAt = m.allocated + Math.max(0, max - live);
  }

  /** enter: makes this the running interpreter (its meter active); returns a function that restores. */
  enter(): () => void {
    const prevMeter = setActiveMeter(this.meter);
    const prevVM = setCurrentVM(this);
    return () => {
      setActiveMeter(prevMeter);
      setCurrentVM(prevVM);
    };
  }

  /** runFrame: executes a frame to completion from TypeScript (the entry of a nested loop). */
  runFrame(frame: Frame): PyValue {
    frame.back = this.frame;
    frame.resumeMode = RESUME_ENTRY;
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      raise(RecursionError, 'maximum recursion depth exceeded');
    }
    return execute(this, frame);
  }

  /** runCode: runs a module-level code object in the given globals (locals = globals unless given). */
  runCode(code: PyCode, globals: PyDict, locals: PyDict = globals): PyValue {
    const builtins = this.builtinsFor(globals);
    const frame = new Frame(code, globals, builtins, locals, null);
    if (code.freevars.length > 0 || code.cellvars.length > 0) {
      raise(SystemError, 'module code cannot have cells');
    }
    return this.runFrame(frame);
  }

  /** builtinsFor: globals['__builtins__'] (a module or dict), defaulting to ours. */
  builtinsFor(globals: PyDict): PyDict {
    const b = globals.getStr('__builtins__');
    if (b === undefined) {
      globals.setStr('__builtins__', this.modules.getStr('builtins')!);
      return this.builtins;
    }
    if (b instanceof PyDict) return b;
    if (b instanceof PyModule) return b.dict;
    return this.builtins;
  }

  /** callFunction: f(*args) for a Python function, from TypeScript. */
  callFunction(f: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    const frame = newFrameFor(f, args, 0, args.length, kwnames);
    if (f.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return makeGenerator(f, frame);
    return this.runFrame(frame);
  }

  /** runClassBody: runs a class body function with `ns` as its locals mapping. */
  runClassBody(f: PyFunction, ns: PyDict): PyValue {
    const code = f.code;
    const frame = new Frame(code, f.globals, f.builtins, ns, f);
    if (code.cellvars.length !== 0 || code.freevars.length !== 0) {
      const cells: PyCell[] = [];
      for (let i = 0; i < code.cellvars.length; i++) cells.push(new PyCell(undefined));
      if (f.closure !== null) for (const c of f.closure.items) cells.push(c as PyCell);
      frame.cells = cells;
    }
    return this.runFrame(frame);
  }

  // ------------------------------------------------------------------------------------------
  // Limits

  /**
   * instructionBase / outputBase: the counts when the current run began (beginRun): the
   * instruction and output limits hold for each run of an embedded interpreter.
   */
  instructionBase = 0;
  outputBase = 0;

  /**
   * beginRun: a new run of this interpreter (Interpreter.run, call): the instruction, output and
   * time limits start again from here; the heap limit holds throughout.
   */
  beginRun(): void {
    this.instructionBase = this.meter.instructions;
    this.outputBase = this.meter.output;
    if (this.limits.timeout !== undefined) {
      this.started = this.now!();
      this.deadline = this.started + this.limits.timeout;
    }
    this.armStopAt();
  }

  /** armStopAt: the next instruction count at which the eval loop must call onStopAt(). */
  armStopAt(): void {
    const max = this.limits.instructions === undefined ? Infinity : this.instructionBase + this.limits.instructions;
    const m = this.meter;
    // Small integers keep the eval loop's compare on V8's fast path (Infinity is a boxed double):
    // without a limit, the loop checks in every 2**28 instructions and goes on.
    const timed = this.deadline !== Infinity || this.sliceEnd !== Infinity;
    const next = m.instructions + (timed ? TIME_CHECK_EVERY : 2 ** 28);
    m.stopAt = Math.min(max, next);
  }

  /**
   * onStopAt: the instruction count passed stopAt: a limit is reached, the clock is due a look, or
   * the time slice may be over. `fromLoop`: called by the eval loop before an instruction (the
   * frame saved), the only place a slice can end; builtins' work charges call it mid-instruction.
   */
  onStopAt(fromLoop = false): void {
    const m = this.meter;
    const max = this.limits.instructions;
    if (max !== undefined && m.instructions - this.instructionBase > max) {
      // From the loop, the count is one past the limit: that of the instruction that does not
      // run. More would mean something ran past the limit (a superinstruction doing its second
      // instruction at it, say): an interpreter bug, reported as an internal error, not hidden.
      if (fromLoop && m.instructions - this.instructionBase !== max + 1) {
        throw new Error(`the instruction count passed the limit of ${max} by ${m.instructions - this.instructionBase - max} in the eval loop`);
      }
      m.instructions = this.instructionBase + max;
      this.stop(new LimitError('instructions', max, max));
    }
    if (this.deadline !== Infinity) {
      const t = this.now!();
      if (t >= this.deadline) this.stop(new LimitError('timeout', Math.round(t - this.started), this.limits.timeout!));
    }
    if (this.sliceEnd !== Infinity && !this.pauseWanted && this.now!() >= this.sliceEnd) this.pauseWanted = true;
    if (this.pauseWanted && fromLoop && this.nativeDepth === 1) {
      // The instruction was counted but does not run now: resumePaused() runs (and counts) it.
      this.pauseWanted = false;
      m.instructions--;
      this.frame!.checkPc = -1;
      this.armStopAt();
      throw PAUSE;
    }
    this.armStopAt();
  }

  // ------------------------------------------------------------------------------------------
  // Time slices (runProgramAsync)

  /** sliceEnd: when the current time slice ends (the clock's ms), Infinity when not slicing. */
  private sliceEnd = Infinity;
  /**
   * pauseWanted: the slice is over but the loop that noticed was nested under a builtin (sum() of
   * a generator, a sort's key): the outermost loop pauses at its next instruction (execute() asks
   * for a look when it returns to it).
   */
  pauseWanted = false;

  /**
   * beginSlice: runs from now for about `ms` milliseconds: the outermost eval loop then leaves with
   * PAUSE at its next look at the clock (every TIME_CHECK_EVERY instructions). Loops nested under
   * builtins (a sort's key, a class body, an import) cannot pause: they finish first.
   */
  beginSlice(ms: number): void {
    if (this.now === null) throw new Error('time slices need a clock (VMOptions.now)');
    this.sliceEnd = this.now() + ms;
    this.pauseWanted = false;
    this.armStopAt();
  }

  /** endSlicing: back to running without slices. */
  endSlicing(): void {
    this.sliceEnd = Infinity;
    this.pauseWanted = false;
    this.armStopAt();
  }

  /** paused: whether a slice ended with frames left to run (resume() goes on). */
  get paused(): boolean {
    return this.pausedFrame !== null;
  }

  private pausedFrame: Frame | null = null;

  /** notePause: the outermost loop left with PAUSE: remember where to go on. */
  notePause(): void {
    this.pausedFrame = this.frame;
  }

  /**
   * resumePaused: goes on with the paused frames; returns what the outermost of them returns.
   * After a suspension on a host call, `outcome` is its value (pushed where the CALL left its
   * result) or its exception (raised at the CALL).
   */
  resumePaused(outcome?: { value: PyValue } | { error: PyException }): PyValue {
    const f = this.pausedFrame;
    if (f === null) throw new Error('resumePaused: the interpreter is not paused');
    this.pausedFrame = null;
    if (outcome === undefined) return execute(this, f);
    if ('error' in outcome) return execute(this, f, outcome.error);
    f.slots[f.sp++] = outcome.value;
    return execute(this, f);
  }

  /**
   * asyncMode: a time-sliced run that can wait for host Promises (Interpreter.runAsync); host
   * calls outside it refuse Promises with an error naming runAsync.
   */
  asyncMode = false;
  /** suspendedOn: the pending host call the last pause waits for (null: a slice ended). */
  suspendedOn: PyHostCall | null = null;

  /** heapLive / heapPeak: the live heap at the last measurement, and the most measured. */
  heapLive = 0;
  heapPeak = 0;

  /** measureHeap: measures the live heap now (statistics; the heap limit's passes call it too). */
  measureHeap(): number {
    const live = measureLive(this, this.meter.tempRoots);
    this.heapLive = live;
    if (live > this.heapPeak) this.heapPeak = live;
    return live;
  }

  /**
   * onHeap: the bytes charged since the last look could have taken the live heap past the limit:
   * measure it. `request` bytes are about to be allocated (or just were): if they do not fit, the
   * run stops before the host allocates them. Otherwise the next look is due when the room left
   * has been charged.
   */
  onHeap(request: number): void {
    const m = this.meter;
    const max = this.limits.heap!;
    const live = this.measureHeap();
    if (live + request > this.heapPeak) this.heapPeak = Math.min(live + request, max);
    if (live + request > max) this.stop(new LimitError('heap', live + request, max));
    m.heapCheckAt = m.allocated + (max - live - request);
  }

  /** stop: ends the run for good with `e`: every later attempt to run guest code throws it again. */
  stop(e: VMStop): never {
    this.stopped ??= e;
    throw this.stopped;
  }

  /** timeLeftNs: nanoseconds until the timeout, or null without one. */
  timeLeftNs(): bigint | null {
    if (this.deadline === Infinity) return null;
    return BigInt(Math.max(0, Math.ceil((this.deadline - this.now!()) * 1e6)));
  }

  /** checkTime: looks at the clock now (for long waits outside the eval loop). */
  checkTime(): void {
    if (this.deadline !== Infinity && this.now!() >= this.deadline) {
      this.stop(new LimitError('timeout', Math.round(this.now!() - this.started), this.limits.timeout!));
    }
  }

  /** stdout / stderr: writes text to descriptor 1 / 2 as UTF-8 (an OS failure becomes OSError). */
  stdout(text: string): void {
    this.writeText(1, text);
  }

  stderr(text: string): void {
    this.writeText(2, text);
  }

  writeText(fd: number, text: string): void {
    if (text === '') return;
    osCall(() => this.os.write(fd, utf8Encoder.encode(text)));
  }

  enterRecursion(where: string): void {
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      raise(RecursionError, `maximum recursion depth exceeded${where ? ' ' + where : ''}`);
    }
  }

  leaveRecursion(): void {
    this.depth--;
  }

  // ------------------------------------------------------------------------------------------
  // Generators

  /** resume: sends `value` into generator g (or throws `exc` into it) from TypeScript. */
  resume(g: PyGenerator, value: PyValue, exc?: PyException): SendResult {
    if (g.state === GEN_RUNNING) raise(ValueError, `${g.cls === coroutineType ? 'coroutine' : 'generator'} already executing`);
    if (g.state === GEN_CLOSED) {
      if (exc !== undefined) throw exc;
      if (g.cls === coroutineType) raise(RuntimeError, 'cannot reuse already awaited coroutine');
      return { done: true, value: None };
    }
    const frame = g.frame;
    if (g.state === GEN_CREATED) {
      if (value !== None && exc === undefined) {
        raise(TypeError, `can't send non-None value to a just-started ${g.cls === coroutineType ? 'coroutine' : 'generator'}`);
      }
    } else if (exc === undefined) frame.slots[frame.sp++] = value;
    frame.back = this.frame;
    frame.resumeMode = RESUME_ENTRY;
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      raise(RecursionError, 'maximum recursion depth exceeded');
    }
    g.state = GEN_RUNNING;
    g.callerHandled = this.handled;
    if (g.handled !== None) this.handled = g.handled;
    const v = execute(this, frame, exc);
    return { done: !this.yielded, value: v };
  }

  /** genThrow: generator.throw(exc) with delegation to a `yield from` sub-iterator. */
  genThrow(g: PyGenerator, exc: PyException): SendResult {
    const yf = g.state !== GEN_CLOSED ? g.yieldFrom : null;
    if (yf !== null) {
      if (isInstance(exc, GeneratorExit)) {
        g.state = GEN_RUNNING;
        try {
          this.closeIterator(yf);
        } finally {
          g.state = 1;
        }
        return this.resume(g, None, exc);
      }
      let r: SendResult;
      g.state = GEN_RUNNING;
      try {
        if (yf instanceof PyGenerator) r = this.genThrow(yf, exc);
        else {
          const th = getAttrOpt(yf, 'throw');
          if (th === undefined) {
            g.state = 1;
            return this.resume(g, None, exc);
          }
          r = { done: false, value: call(th, [typeOf(exc), exc, exc.traceback ?? None]) };
        }
      } catch (e) {
        g.state = 1;
        g.yieldFrom = null;
        if (e instanceof PyException) {
          if (isInstance(e, StopIteration)) return this.finishYieldFrom(g, stopValue(e));
          return this.resume(g, None, e);
        }
        throw e;
      }
      g.state = 1;
      if (r.done) return this.finishYieldFrom(g, r.value);
      return r;
    }
    return this.resume(g, None, exc);
  }

  private finishYieldFrom(g: PyGenerator, value: PyValue): SendResult {
    // The delegation ended: continue after the SEND loop with its result in place of the receiver.
    const frame = g.frame;
    const sendWord = frame.code.code[g.sendPc]!;
    frame.slots[frame.sp - 1] = value;
    frame.pc = sendWord >> 8;
    g.yieldFrom = null;
    return this.resumeNoPush(g);
  }

  private resumeNoPush(g: PyGenerator): SendResult {
    const frame = g.frame;
    frame.back = this.frame;
    frame.resumeMode = RESUME_ENTRY;
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      raise(RecursionError, 'maximum recursion depth exceeded');
    }
    g.state = GEN_RUNNING;
    g.callerHandled = this.handled;
    if (g.handled !== None) this.handled = g.handled;
    const v = execute(this, frame);
    return { done: !this.yielded, value: v };
  }

  /** genClose: generator.close(). */
  genClose(g: PyGenerator): PyValue {
    if (g.state === GEN_CLOSED) return None;
    if (g.state === GEN_CREATED) {
      g.state = GEN_CLOSED;
      return None;
    }
    try {
      const r = this.genThrow(g, newException(GeneratorExit));
      if (!r.done) raise(RuntimeError, `${g.cls === coroutineType ? 'coroutine' : 'generator'} ignored GeneratorExit`);
      return None;
    } catch (e) {
      if (e instanceof PyException && (isInstance(e, GeneratorExit) || isInstance(e, StopIteration))) return None;
      throw e;
    }
  }

  private closeIterator(it: PyValue): void {
    if (it instanceof PyGenerator) {
      this.genClose(it);
      return;
    }
    const close = getAttrOpt(it, 'close');
    if (close !== undefined) call(close, []);
  }

  /** sendTo: SEND's general case, for receivers that are not our generators. */
  sendTo(recv: PyValue, value: PyValue): SendResult {
    try {
      if (recv instanceof PyGenerator) return this.resume(recv, value);
      const v = value === None ? nextOf(recv) : callMethod(recv, 'send', [value]);
      return { done: false, value: v };
    } catch (e) {
      if (e instanceof PyException && isInstance(e, StopIteration)) return { done: true, value: stopValue(e) };
      throw e;
    }
  }

  /** getAwaitable: GET_AWAITABLE. */
  getAwaitable(v: PyValue, where: number): PyValue {
    if (v instanceof PyGenerator) {
      if (v.cls === coroutineType) return v;
      if (v.frame.code.flags & CO_ITERABLE_COROUTINE) return v;
    }
    const f = typeOf(v).lookup('__await__');
    if (f === undefined) {
      const what = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: " : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : 'object ';
      if (where === 0) raise(TypeError, `object ${typeOf(v).name} can't be used in 'await' expression`);
      raise(TypeError, `${what}${typeOf(v).name}`);
    }
    const it = callBound(f, v, []);
    if (it instanceof PyGenerator && it.cls === coroutineType) raise(TypeError, '__await__() returned a coroutine');
    if (typeOf(it).lookup('__next__') === undefined && !(it instanceof PyGenerator)) {
      raise(TypeError, `__await__() returned non-iterator of type '${typeOf(it).name}'`);
    }
    return it;
  }

  /** getAwaitableFromAnext: GET_ANEXT's check of what __anext__ returned. */
  getAwaitableFromAnext(v: PyValue): PyValue {
    if (v instanceof PyGenerator && v.cls === coroutineType) return v;
    if (typeOf(v).lookup('__await__') === undefined) {
      raise(TypeError, `'async for' received an invalid object from __anext__: ${typeOf(v).name}`);
    }
    return this.getAwaitable(v, 0);
  }

  // ------------------------------------------------------------------------------------------
  // Exceptions

  /** exceptionMatches: CHECK_EXC_MATCH. */
  exceptionMatches(exc: PyValue, t: PyValue): boolean {
    if (t instanceof PyTuple) return t.items.some((x) => this.exceptionMatches(exc, x));
    return t instanceof PyType && isInstance(exc, t);
  }

  /** egMatch: CHECK_EG_MATCH's split of exception (group) exc by an except* type: [match, rest]. */
  egMatch(exc: PyValue, t: PyValue): [PyValue, PyValue] {
    if (exc === None) return [None, None];
    const beg = EXCEPTION_TYPES.get('BaseExceptionGroup')!;
    if (this.exceptionMatches(exc, t)) {
      if (isInstance(exc, beg)) return [exc, None];
      const wrapped = call(EXCEPTION_TYPES.get('ExceptionGroup')!, ['', newTuple([exc])]) as PyException;
      wrapped.traceback = (exc as PyException).traceback;
      return [wrapped, None];
    }
    if (isInstance(exc, beg)) {
      const pair = callMethod(exc, 'split', [t]) as PyTuple;
      return [pair.items[0]!, pair.items[1]!];
    }
    return [None, None];
  }

  /** prepReraiseStar: PREP_RERAISE_STAR, as CPython's _PyExc_PrepReraiseStar. */
  prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
    const list = (excs as PyList).items;
    if (list.length === 0) return None;
    const beg = EXCEPTION_TYPES.get('BaseExceptionGroup')!;
    if (!isInstance(orig, beg)) return list[0]!;
    const o = orig as PyException;
    const raised: PyValue[] = [];
    const reraised: PyValue[] = [];
    for (const e of list) {
      if (e === None) continue;
      const x = e as PyException;
      const same = x.cause === o.cause && x.context === o.context && x.traceback === o.traceback;
      (same ? reraised : raised).push(e);
    }
    const leaves = new Set<PyValue>();
    const collect = (e: PyValue): void => {
      if (isInstance(e, beg)) {
        const sub = getAttr(e, 'exceptions') as PyTuple;
        for (const x of sub.items) collect(x);
      } else leaves.add(e);
    };
    for (const e of reraised) collect(e);
    let reraisedEg: PyValue = None;
    if (leaves.size > 0) {
      const pred = builtinFunction('<leaf>', (args) => leaves.has(args[0]!));
      reraisedEg = (callMethod(orig, 'split', [pred]) as PyTuple).items[0]!;
    }
    if (raised.length === 0) return reraisedEg;
    if (reraisedEg !== None) raised.push(reraisedEg);
    if (raised.length > 1) return call(EXCEPTION_TYPES.get('ExceptionGroup')!, ['', newList(raised)]);
    return raised[0]!;
  }

  /** makeRaise: the exception `raise e [from cause]` raises, with its context set. */
  makeRaise(e: PyValue, cause: PyValue | undefined): PyException {
    let exc: PyValue = e;
    if (exc instanceof PyType) {
      if (!exc.isSubtypeOf(BaseException)) raise(TypeError, 'exceptions must derive from BaseException');
      exc = call(exc, []);
      if (!(exc instanceof PyException)) {
        raise(TypeError, `calling ${repr(e)} should have returned an instance of BaseException, not ${typeOf(exc).name}`);
      }
    } else if (!(exc instanceof PyException)) raise(TypeError, 'exceptions must derive from BaseException');
    if (cause !== undefined) {
      let c: PyValue = cause;
      if (c instanceof PyType && c.isSubtypeOf(BaseException)) c = call(c, []);
      else if (c !== None && !(c instanceof PyException)) raise(TypeError, 'exception causes must derive from BaseException');
      exc.cause = c;
      exc.suppressContext = true;
    }
    return exc;
  }

  /** setContext: links the exception being handled as exc.__context__ (done when raised). */
  setContext(exc: PyException): void {
    const h = this.handled;
    if (h === None || h === exc || !(h instanceof PyException)) return;
    // Avoid cycles, as CPython's _PyErr_SetObject does. The walk is charged as work, a unit per
    // link (a link costs about an instruction): a program that raises inside ever deeper handlers
    // makes it as long as the number of its exceptions, and the run quadratic.
    let o: PyValue = h;
    let links = 0;
    while (o instanceof PyException) {
      if (o.context === exc) {
        o.context = None;
        break;
      }
      o = o.context;
      if ((++links & (WORK_BLOCK - 1)) === 0) work(WORK_BLOCK);
    }
    if (exc.context === None) exc.context = h;
  }

  // ------------------------------------------------------------------------------------------
  // Builders the eval loop delegates to (set/slice live in their own modules)

  makeSet(items: PyValue[]): PyValue {
    return vmHooks.makeSet(items);
  }
  setAdd(set: PyValue, v: PyValue): void {
    vmHooks.setAdd(set, v);
  }
  setUpdate(set: PyValue, iterable: PyValue): void {
    vmHooks.setUpdate(set, iterable);
  }
  makeSlice(start: PyValue, stop: PyValue, step: PyValue): PyValue {
    return vmHooks.makeSlice(start, stop, step);
  }

  /** dictUpdate: DICT_UPDATE / DICT_MERGE (merge: f(**m) rules and messages). */
  dictUpdate(d: PyDict, m: PyValue, merge: boolean, callee: PyValue | null): void {
    const fname = (): string => (callee !== null ? funcDescription(callee) : 'function');
    if (m instanceof PyDict && dictIteratesItself(m)) {
      for (const e of m.entries()) {
        if (merge) {
          if (typeof e.key !== 'string') raise(TypeError, `${fname()} keywords must be strings`);
          if (d.getStr(e.key) !== undefined) raise(TypeError, `${fname()} got multiple values for keyword argument '${e.key}'`);
        }
        d.set(e.key, e.value);
      }
      return;
    }
    const keysFn = getAttrOpt(m, 'keys');
    if (keysFn === undefined) {
      if (merge) raise(TypeError, `${fname()} argument after ** must be a mapping, not ${typeOf(m).name}`);
      raise(TypeError, `'${typeOf(m).name}' object is not a mapping`);
    }
    for (const k of toArray(call(keysFn, []))) {
      if (merge) {
        if (typeof k !== 'string') raise(TypeError, `${fname()} keywords must be strings`);
        if (d.getStr(k) !== undefined) raise(TypeError, `${fname()} got multiple values for keyword argument '${k}'`);
      }
      d.set(k, callMethod(m, '__getitem__', [k]));
    }
  }

  /** annotationsDict: MAKE_FUNCTION's annotations tuple (name, value, ...) as a dict. */
  annotationsDict(a: PyValue): PyDict {
    if (a instanceof PyDict) return a;
    const d = new PyDict();
    const items = (a as PyTuple).items;
    for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i]!, items[i + 1]!);
    return d;
  }

  /** displayHook: PRINT_EXPR (interactive mode). */
  displayHook(v: PyValue): void {
    if (v === None) return;
    this.builtins.setStr('_', v);
    this.stdout(repr(v) + '\n');
  }

  // ------------------------------------------------------------------------------------------
  // Imports (src/vm/import.ts does the finding and loading)

  importName(name: string, globals: PyDict, fromlist: PyValue, level: number): PyValue {
    return vmHooks.importName(this, name, globals, fromlist, level);
  }

  importFrom(module: PyValue, name: string): PyValue {
    const v = getAttrOpt(module, name);
    if (v !== undefined) return v;
    const modName = module instanceof PyModule ? module.dict.getStr('__name__') : undefined;
    if (typeof modName === 'string') {
      const sub = this.modules.getStr(`${modName}.${name}`);
      if (sub !== undefined) return sub;
    }
    const file = module instanceof PyModule ? module.dict.getStr('__file__') : undefined;
    const where = typeof file === 'string' ? ` (${file})` : ' (unknown location)';
    const msg = `cannot import name '${name}' from '${typeof modName === 'string' ? modName : '?'}'${where}`;
    throw newImportError(ImportError, msg, typeof modName === 'string' ? modName : None, typeof file === 'string' ? file : None);
  }

  importStar(module: PyValue, ns: PyDict): void {
    const all = getAttrOpt(module, '__all__');
    if (all !== undefined) {
      for (const n of toArray(all)) {
        if (typeof n !== 'string') raise(TypeError, `Item in ${'module'}.__all__ must be str, not ${typeOf(n).name}`);
        ns.setStr(n, getAttr(module, n));
      }
      return;
    }
    const d = module instanceof PyModule ? module.dict : (getAttr(module, '__dict__') as PyDict);
    for (const e of d.entries()) if (typeof e.key === 'string' && !e.key.startsWith('_')) ns.setStr(e.key, e.value);
  }
}

function stopValue(e: PyException): PyValue {
  return e.args.length > 0 ? e.args[0]! : None;
}

/** nextOf: next(it), letting StopIteration (and its value) propagate. */
function nextOf(it: PyValue): PyValue {
  if (it instanceof NativeIterator) {
    const v = it.next();
    if (v === undefined) throw newException(StopIteration);
    return v;
  }
  const f = typeOf(it).lookup('__next__');
  if (f === undefined) raise(TypeError, `'${typeOf(it).name}' object is not an iterator`);
  return callBound(f, it, []);
}

/** funcDescription: how CPython's _PyObject_FunctionStr names a callable in call errors. */
export function funcDescription(f: PyValue): string {
  const qualname = getAttrOpt(f, '__qualname__');
  if (typeof qualname !== 'string') return `${typeOf(f).name} object`;
  const module = getAttrOpt(f, '__module__');
  if (typeof module === 'string' && module !== 'builtins') return `${module}.${qualname}()`;
  return `${qualname}()`;
}
