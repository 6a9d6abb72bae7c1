// The embedding API: an Interpreter is a Python interpreter that lives as long as the embedder
// keeps it: its __main__ globals persist from run to run (like a REPL), host modules and functions
// are importable, values cross both ways (convert.ts), and every run is held to the limits (the
// instruction, output and time limits per run, the heap limit throughout).
//
//     const py = new Interpreter({ modules: { app: { double: (x: number) => x * 2 } } });
//     py.run('from app import double\nx = double(21)\nprint(x)').stdout;   // '42\n'
//     py.globals.get('x');                                                  // 42
//
// run() is synchronous; runAsync() runs in time slices and is the only way to wait for an async
// host function: the VM suspends at the call until its Promise settles (see host-function.ts).
// An uncaught Python exception is a PythonError; a limit is a LimitExceededError, after which the
// interpreter is finished (every later call throws it again).

import { VM } from '../vm/vm.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyException, RuntimeError, EXCEPTION_TYPES, pyError, NameError } from '../objects/exception.js';
import { PyHostFunction, PyHostCall } from '../objects/host-function.js';
import { None } from '../objects/singletons.js';
import type { PyValue } from '../objects/object.js';
import { call, getAttr, repr, str } from '../objects/protocol.js';
import { typeOf } from '../objects/type.js';
import { PySyntaxError } from '../parser/errors.js';
import { formatSyntaxError } from '../parser/format-error.js';
import { compileCached } from '../vm/code-cache.js';
import { formatException } from '../vm/traceback.js';
import { Aborted, LimitError, PAUSE, ProcessExit, VMStop, type LimitName } from '../vm/limit-error.js';
import { installRuntime } from '../vm/setup.js';
import { STDLIB_ROOT } from '../vm/import.js';
import { MemoryOS } from '../os/memory.js';
import type { OS } from '../os/interface.js';
import type { Limits } from '../vm/limits.js';
import { hostDelay, hostNow, hostYield } from '../os/host-scheduler.js';
import { toJs, toPy, type ConvertContext } from './convert.js';
import { flushOpenFiles, newMainModule, type AbortSignalLike } from './run.js';

/** HostModule: a module the embedder gives Python: names to values (functions become host functions). */
export type HostModule = Record<string, unknown>;

/** InterpreterOptions: the world, the limits and the host modules of an interpreter. */
export interface InterpreterOptions {
  /** os: the world the scripts see (default: a fresh MemoryOS). Output is also captured per run. */
  os?: OS;
  /** limits: instructions, output and timeout hold per run; heap for the interpreter's life. */
  limits?: Limits;
  /** modules: host modules, importable from Python by name. */
  modules?: Record<string, HostModule>;
  /** now: a monotonic clock in ms for the timeout limit and time slices (default: performance.now). */
  now?: () => number;
  /** sliceMs: how long runAsync runs before yielding to the event loop (default 5 ms). */
  sliceMs?: number;
  /** argv: sys.argv (default ['']). */
  argv?: string[];
}

/** RunOutput: what one run printed, and what it cost. */
export interface RunOutput {
  stdout: string;
  stderr: string;
  stats: {
    instructions: number;
    heapAllocated: number;
    heapPeak: number;
    allocations: number;
    outputBytes: number;
    osCalls: number;
    wallMs: number;
  };
}

/** PythonError: an uncaught Python exception (a syntax error too: type 'SyntaxError'). */
export class PythonError extends Error {
  /** type: the exception class's name, e.g. 'ZeroDivisionError'. */
  readonly type: string;
  /** traceback: the text CPython would print for it. */
  readonly traceback: string;
  /** stdout / stderr: what the run printed before it failed. */
  stdout = '';
  stderr = '';
  constructor(type: string, message: string, traceback: string) {
    super(message);
    this.name = 'PythonError';
    this.type = type;
    this.traceback = traceback;
  }
}

/** LimitExceededError: a limit stopped the run; the interpreter is finished. */
export class LimitExceededError extends Error {
  readonly limit: LimitName;
  readonly value: number;
  readonly max: number;
  stdout = '';
  stderr = '';
  constructor(limit: LimitName, value: number, max: number, message: string) {
    super(message);
    this.name = 'LimitExceededError';
    this.limit = limit;
    this.value = value;
    this.max = max;
  }
}


/**
 * PyHandle: a Python object held by the embedder: call it, read its attributes, see its repr.
 * It stays valid while its interpreter lives; nothing of the interpreter is reachable from it.
 */
export class PyHandle {
  readonly #interpreter: Interpreter;
  readonly #value: PyValue;
  constructor(interpreter: Interpreter, value: PyValue, key: symbol) {
    if (key !== HANDLE_KEY) throw new TypeError('PyHandle cannot be constructed');
    this.#interpreter = interpreter;
    this.#value = value;
  }

  /** type: the name of the object's Python type. */
  get type(): string {
    return typeOf(this.#value).name;
  }

  /** call: calls the object with converted arguments; the result converted back. */
  call(...args: unknown[]): unknown {
    return this.#interpreter.call(this, ...args);
  }

  /** callAsync: call() in time slices; async host functions it calls are awaited. */
  callAsync(...args: unknown[]): Promise<unknown> {
    return this.#interpreter.callAsync(this, ...args);
  }

  /** get: an attribute, converted. */
  get(name: string): unknown {
    return this.#interpreter.attr(this, name);
  }

  /** repr / toString: Python's repr() and str() of the object. */
  repr(): string {
    return this.#interpreter.text(this, true);
  }

  toString(): string {
    return this.#interpreter.text(this, false);
  }

  /** unwrapFor: the object, for its own interpreter only (conversions). */
  static unwrapFor(h: PyHandle, interpreter: Interpreter): PyValue | undefined {
    return h.#interpreter === interpreter ? h.#value : undefined;
  }
}

const HANDLE_KEY = Symbol('PyHandle');

/** Globals: __main__'s names, converted both ways. */
export interface Globals {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  has(name: string): boolean;
  delete(name: string): boolean;
  keys(): string[];
}

/** safeStr: str() of an exception, or a placeholder when that fails. */
function safeStr(e: PyException): string {
  try {
    return `${typeOf(e).name}: ${str(e)}`;
  } catch {
    return typeOf(e).name;
  }
}

/** RunStart: the clock and counters when a run began. */
interface RunStart {
  t0: number;
  m: { instructions: number; allocated: number; allocations: number; output: number; osCalls: number };
}

/** capturing: `os` with what the guest writes to descriptors 1 and 2 also given to `sink`. */
function capturing(os: OS, sink: (fd: number, data: Uint8Array) => void): OS {
  return new Proxy(os, {
    get(target, prop) {
      if (prop === 'write') {
        return (fd: number, data: Uint8Array) => {
          const n = target.write(fd, data);
          if (fd === 1 || fd === 2) sink(fd, data.subarray(0, n));
          return n;
        };
      }
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** Interpreter: a long-lived Python interpreter for an embedding application. */
export class Interpreter {
  readonly #vm: VM;
  readonly #main: PyModule;
  readonly #sliceMs: number;
  readonly #ctx: ConvertContext;
  readonly #hostFunctions = new WeakMap<object, PyValue>();
  #out: { stdout: string; stderr: string } | null = null;
  readonly #decoders = [new TextDecoder(), new TextDecoder()];
  /** depth: runs and calls in progress (a host function may call back in). */
  #depth = 0;
  /** busy: a runAsync or callAsync is under way (it owns the interpreter until it ends). */
  #busy = false;

  constructor(options: InterpreterOptions = {}) {
    installRuntime();
    const os = options.os ?? new MemoryOS({ argv: options.argv ?? [''] });
    this.#sliceMs = options.sliceMs ?? 5;
    if (!(this.#sliceMs > 0 && Number.isFinite(this.#sliceMs))) throw new RangeError(`sliceMs must be a positive number of milliseconds, not ${String(options.sliceMs)}`);
    const self = this;
    this.#ctx = {
      handle: (v) => new PyHandle(self, v, HANDLE_KEY),
      unwrap: (x) => (x instanceof PyHandle ? PyHandle.unwrapFor(x, self) : undefined),
      hostFunction: (fn, name) => self.#hostFunction(fn, name),
    };
    this.#vm = new VM({
      os: capturing(os, (fd, data) => this.#capture(fd, data)),
      path: [STDLIB_ROOT],
      limits: options.limits,
      now: options.now ?? hostNow,
      argv: options.argv ?? [''],
    });
    const leave = this.#vm.enter();
    try {
      this.#main = newMainModule(this.#vm, null);
      for (const [name, members] of Object.entries(options.modules ?? {})) {
        const m = new PyModule(name);
        // As types.ModuleType(name) has them.
        for (const attr of ['__doc__', '__package__', '__loader__', '__spec__']) m.dict.setStr(attr, None);
        for (const [key, value] of Object.entries(members)) {
          let v: PyValue;
          try {
            v = typeof value === 'function' ? this.#hostFunction(value as (...a: never[]) => unknown, key) : toPy(this.#ctx, value);
          } catch (e) {
            const why = e instanceof PyException ? safeStr(e) : e instanceof Error ? e.message : String(e);
            throw new TypeError(`host module '${name}', member '${key}': ${why}`);
          }
          m.dict.setStr(key, v);
        }
        this.#vm.modules.setStr(name, m);
      }
      this.#vm.armHeapLimit();
    } finally {
      leave();
    }
  }

  /** globals: the names of __main__, converted both ways. */
  readonly globals: Globals = {
    get: (name) => this.#enter(() => {
      const v = this.#main.dict.getStr(name);
      return v === undefined ? undefined : toJs(this.#ctx, v);
    }),
    set: (name, value) => this.#enter(() => this.#main.dict.setStr(name, toPy(this.#ctx, value))),
    has: (name) => this.#main.dict.getStr(name) !== undefined,
    delete: (name) => this.#enter(() => {
      return this.#main.dict.deleteStr(name);
    }),
    keys: () => [...this.#main.dict.entries()].map((e) => e.key).filter((k): k is string => typeof k === 'string'),
  };

  /** run: runs `source` in __main__, synchronously. Throws PythonError or LimitExceededError. */
  run(source: string, options: { filename?: string } = {}): RunOutput {
    return this.#session(() => {
      const code = compileCached(this.#vm, source, options.filename ?? '<exec>', true);
      this.#vm.runCode(code, this.#main.dict);
      return None;
    }).output;
  }

  /** runAsync: run() in time slices; async host functions are awaited; an AbortSignal ends it. */
  async runAsync(source: string, options: { filename?: string; signal?: AbortSignalLike } = {}): Promise<RunOutput> {
    const r = await this.#sessionAsync(() => {
      const code = compileCached(this.#vm, source, options.filename ?? '<exec>', true);
      return this.#vm.runCode(code, this.#main.dict);
    }, options.signal);
    return r.output;
  }

  /** call: calls a global function (by name) or a handle with converted arguments. */
  call(fn: string | PyHandle, ...args: unknown[]): unknown {
    return this.#session(() => call(this.#callee(fn), args.map((a) => toPy(this.#ctx, a))), true).result;
  }

  /** callAsync: call() in time slices: the way to call Python that awaits async host functions. */
  async callAsync(fn: string | PyHandle, ...args: unknown[]): Promise<unknown> {
    const r = await this.#sessionAsync(() => call(this.#callee(fn), args.map((a) => toPy(this.#ctx, a))), undefined, true);
    return r.result;
  }

  /** attr / text: what PyHandle.get, repr and toString do. */
  attr(h: PyHandle, name: string): unknown {
    return this.#session(() => getAttr(this.#own(h), name), true).result;
  }

  text(h: PyHandle, asRepr: boolean): string {
    return this.#session(() => (asRepr ? repr(this.#own(h)) : str(this.#own(h))), true).result as string;
  }

  // ------------------------------------------------------------------------------------------

  #own(h: PyHandle): PyValue {
    const v = PyHandle.unwrapFor(h, this);
    if (v === undefined) throw new TypeError('this PyHandle belongs to another interpreter');
    return v;
  }

  #callee(fn: string | PyHandle): PyValue {
    if (typeof fn !== 'string') return this.#own(fn);
    const v = this.#main.dict.getStr(fn) ?? this.#vm.builtins.getStr(fn);
    if (v === undefined) throw pyError(NameError, `name '${fn}' is not defined`);
    return v;
  }

  #capture(fd: number, data: Uint8Array): void {
    const out = this.#out;
    if (out === null) return;
    const text = this.#decoders[fd - 1]!.decode(data, { stream: true });
    if (fd === 1) out.stdout += text;
    else out.stderr += text;
  }

  /** #enter: runs `f` with the interpreter entered (conversions charge its heap). */
  #enter<T>(f: () => T): T {
    if (this.#vm.stopped !== null) throw this.#translate(this.#vm.stopped);
    const leave = this.#vm.enter();
    try {
      return f();
    } catch (e) {
      throw this.#translate(e);
    } finally {
      leave();
    }
  }

  #begin(): RunStart {
    if (this.#vm.stopped !== null) throw this.#translate(this.#vm.stopped);
    if (this.#busy && this.#depth === 0) throw new Error('the interpreter is busy with a runAsync or callAsync');
    const m = this.#vm.meter;
    if (this.#depth === 0) {
      this.#out = { stdout: '', stderr: '' };
      this.#vm.beginRun();
    }
    return { t0: hostNow(), m: { instructions: m.instructions, allocated: m.allocated, allocations: m.allocations, output: m.output, osCalls: m.osCalls } };
  }

  #output(start: RunStart): RunOutput {
    const m = this.#vm.meter;
    const out = this.#out ?? { stdout: '', stderr: '' };
    return {
      stdout: out.stdout,
      stderr: out.stderr,
      stats: {
        instructions: m.instructions - start.m.instructions,
        heapAllocated: m.allocated - start.m.allocated,
        heapPeak: this.#vm.heapPeak,
        allocations: m.allocations - start.m.allocations,
        outputBytes: m.output - start.m.output,
        osCalls: m.osCalls - start.m.osCalls,
        wallMs: Math.round((hostNow() - start.t0) * 1000) / 1000,
      },
    };
  }

  /** #session: one synchronous run or call; `convert` turns its result into a JS value. */
  #session(body: () => PyValue, convert = false): { output: RunOutput; result: unknown } {
    const start = this.#begin();
    const leave = this.#vm.enter();
    this.#depth++;
    try {
      const v = body();
      if (this.#depth === 1) flushOpenFiles(this.#vm, false);
      return { output: this.#output(start), result: convert ? toJs(this.#ctx, v) : undefined };
    } catch (e) {
      throw this.#withOutput(this.#translate(e));
    } finally {
      this.#depth--;
      leave();
      if (this.#depth === 0) this.#out = null;
    }
  }

  /** #sessionAsync: a run or call in time slices, waiting for host Promises between them. */
  async #sessionAsync(body: () => PyValue, signal?: AbortSignalLike, convert = false): Promise<{ output: RunOutput; result: unknown }> {
    if (signal?.aborted) throw signal.reason;
    if (this.#depth > 0) throw new Error('runAsync and callAsync cannot be called from inside a run (use call)');
    const start = this.#begin();
    this.#busy = true;
    const vm = this.#vm;
    let outcome: { value: PyValue } | { error: PyException } | undefined;
    let first = true;
    try {
      for (;;) {
        const leave = vm.enter();
        this.#depth++;
        vm.asyncMode = true;
        vm.beginSlice(this.#sliceMs);
        let paused = false;
        let v: PyValue = None;
        try {
          v = first ? body() : vm.resumePaused(outcome);
        } catch (e) {
          if (e !== PAUSE) throw this.#withOutput(this.#translate(e));
          vm.notePause();
          paused = true;
        } finally {
          first = false;
          outcome = undefined;
          vm.asyncMode = false;
          vm.endSlicing();
          this.#depth--;
          leave();
        }
        if (!paused) {
          const result = this.#enter(() => {
            flushOpenFiles(this.#vm, false);
            return convert ? toJs(this.#ctx, v) : undefined;
          });
          return { output: this.#output(start), result };
        }
        const pending = vm.suspendedOn;
        vm.suspendedOn = null;
        if (pending !== null) outcome = await this.#wait(pending, signal);
        else await hostYield();
        if (signal?.aborted) {
          this.#stop(new Aborted());
          throw signal.reason;
        }
      }
    } finally {
      this.#busy = false;
      this.#out = null;
    }
  }

  /** #wait: the outcome of a host call, or the end of the run (its abort signal, its time limit). */
  async #wait(h: PyHostCall, signal?: AbortSignalLike): Promise<{ value: PyValue } | { error: PyException }> {
    const vm = this.#vm;
    const settled = Promise.resolve(h.promise).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const racers: Promise<{ ok: true; value: unknown } | { ok: false; error: unknown } | 'abort' | 'timeout'>[] = [settled];
    let onAbort: (() => void) | null = null;
    const s = signal as (AbortSignalLike & { addEventListener?: (t: string, f: () => void) => void; removeEventListener?: (t: string, f: () => void) => void }) | undefined;
    if (s?.addEventListener !== undefined) {
      racers.push(
        new Promise((resolve) => {
          onAbort = () => resolve('abort');
          s.addEventListener!('abort', onAbort);
        }),
      );
    }
    const left = vm.timeLeftNs();
    const timer = left === null ? null : hostDelay(Number(left / 1_000_000n) + 1);
    if (timer !== null) racers.push(timer.promise.then(() => 'timeout' as const));
    let r;
    try {
      r = await Promise.race(racers);
    } finally {
      timer?.cancel();
      if (onAbort !== null) s!.removeEventListener?.('abort', onAbort);
    }
    if (r === 'abort') {
      this.#stop(new Aborted());
      throw signal!.reason;
    }
    if (r === 'timeout') {
      const leave = vm.enter();
      try {
        vm.checkTime();
      } catch (e) {
        throw this.#withOutput(this.#translate(e));
      } finally {
        leave();
      }
      // The clock said a little early: wait again.
      return this.#wait(h, signal);
    }
    const leave = vm.enter();
    try {
      if (r.ok) {
        const value = h.convert(r.value);
        h.settle(value, null);
        return { value };
      }
      const error = h.toError(r.error);
      h.settle(None, error);
      return { error };
    } catch (e) {
      if (e instanceof VMStop) throw this.#withOutput(this.#translate(e));
      const error = e instanceof PyException ? e : this.#hostError(e);
      h.settle(None, error);
      return { error };
    } finally {
      leave();
    }
  }

  #stop(e: VMStop): void {
    try {
      this.#vm.stop(e);
    } catch {
      // stop() throws the stop; here it only needs recording.
    }
  }

  #withOutput<E>(e: E): E {
    if ((e instanceof PythonError || e instanceof LimitExceededError) && this.#out !== null && this.#depth <= 1) {
      e.stdout = this.#out.stdout;
      e.stderr = this.#out.stderr;
    }
    return e;
  }

  /** #translate: what reaches the embedder for what ended a run. */
  #translate(e: unknown): unknown {
    if (e instanceof PythonError || e instanceof LimitExceededError) return e;
    if (e instanceof LimitError) return new LimitExceededError(e.kind, e.value, e.max, e.message);
    if (e instanceof PySyntaxError) return new PythonError('SyntaxError', e.msg, formatSyntaxError(e));
    if (e instanceof PyException) {
      let message: string;
      try {
        message = str(e);
      } catch {
        message = '<exception str() failed>';
      }
      let traceback: string;
      try {
        traceback = formatException(this.#vm, e);
      } catch {
        traceback = `${typeOf(e).name}: ${message}\n`;
      }
      return new PythonError(typeOf(e).name, message, traceback);
    }
    if (e instanceof ProcessExit) return new PythonError('SystemExit', `os._exit(${e.status})`, '');
    if (e instanceof Aborted) return new Error('the interpreter was stopped by an AbortSignal');
    if (e instanceof VMStop) return new Error((e as { message?: string }).message ?? 'the run was stopped');
    return e;
  }

  /** #hostFunction: a JS function as a Python host function (one per function). */
  #hostFunction(fn: (...args: never[]) => unknown, name: string): PyValue {
    const known = this.#hostFunctions.get(fn);
    if (known !== undefined) return known;
    const ctx = this.#ctx;
    const toError = (e: unknown) => this.#hostError(e);
    const f = new PyHostFunction(name, (args, kwnames) => {
      const n = args.length - (kwnames?.length ?? 0);
      const jsArgs: unknown[] = [];
      for (let i = 0; i < n; i++) jsArgs.push(toJs(ctx, args[i]!));
      if (kwnames !== null && kwnames.length > 0) {
        const kw: Record<string, unknown> = {};
        kwnames.forEach((k, i) => Object.defineProperty(kw, k, { value: toJs(ctx, args[n + i]!), enumerable: true, writable: true, configurable: true }));
        jsArgs.push(kw);
      }
      let r: unknown;
      try {
        r = (fn as (...a: unknown[]) => unknown)(...jsArgs);
      } catch (e) {
        throw toError(e);
      }
      if (typeof r === 'object' && r !== null && typeof (r as { then?: unknown }).then === 'function') {
        return new PyHostCall(name, r as PromiseLike<unknown>, (v) => this.#convertResult(v), toError);
      }
      return this.#convertResult(r);
    });
    this.#hostFunctions.set(fn, f);
    return f;
  }

  /**
   * #convertResult: a host function's result as a Python value. A JS error while reading it (a
   * getter, a Proxy trap) is the host function's error, as if it had thrown it.
   */
  #convertResult(v: unknown): PyValue {
    try {
      return toPy(this.#ctx, v);
    } catch (e) {
      if (e instanceof PyException || e instanceof VMStop) throw e;
      throw this.#hostError(e);
    }
  }

  /**
   * #hostError: what a host function threw, as a Python exception: a value naming a builtin
   * exception type (`{ type: 'ValueError', message }`, a PythonError) raises that type; anything
   * else a RuntimeError with its message. A stop of this interpreter (a limit reached in a call
   * back into it) stays a stop.
   */
  #hostError(e: unknown): PyException {
    const stopped = this.#vm.stopped;
    if (stopped !== null) throw stopped;
    let type = 'RuntimeError';
    let message = '';
    try {
      const t = (e as { type?: unknown })?.type;
      if (typeof t === 'string' && EXCEPTION_TYPES.has(t)) type = t;
      const m = e instanceof Error || (typeof e === 'object' && e !== null) ? (e as { message?: unknown }).message : e;
      message = typeof m === 'string' ? m : String(m);
    } catch {
      message = '<the host error could not be read>';
    }
    const cls = EXCEPTION_TYPES.get(type) ?? RuntimeError;
    return pyError(cls, message);
  }
}
