// runProgram: runs one Python program in a fresh interpreter and reports what CPython's process
// would have: its output, its exit code, plus the metering figures.

import { VM, type VMOptions } from '../vm/vm.js';
import { PyModule } from '../objects/module.js';
import { PyException, SystemExit } from '../objects/exception.js';
import { None } from '../objects/singletons.js';
import { str } from '../objects/protocol.js';
import { PyTuple } from '../objects/tuple.js';
import { PySyntaxError } from '../parser/errors.js';
import { formatSyntaxError } from '../parser/format-error.js';
import { compileCached } from '../vm/code-cache.js';
import { formatException } from '../vm/traceback.js';
import { Aborted, LimitError, PAUSE, ProcessExit, VMStop, type LimitName } from '../vm/limit-error.js';
import { hostNow, hostYield } from '../os/host-scheduler.js';
import { ReplayDivergence } from '../os/trace.js';
import { installRuntime } from '../vm/setup.js';
import { ExitFuncs } from '../modules/atexit.js';
import { STDLIB_ROOT } from '../vm/import.js';
import { MemoryOS } from '../os/memory.js';
import type { OS } from '../os/interface.js';
import { call } from '../objects/protocol.js';
import type { PyCode } from '../objects/code.js';

/** RunOptions: a program's world: an OS (default: a fresh MemoryOS with the given streams). */
export interface RunOptions extends Omit<VMOptions, 'os'> {
  os?: OS;
  filename?: string;
  /** stdout / stderr / stdin: the streams of the default MemoryOS (ignored when `os` is given). */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  stdin?: string;
}

/** LIMIT_EXIT_CODE: the exit code of a run stopped by a limit (the CLI's too). */
export const LIMIT_EXIT_CODE = 3;

/** RunStats: what a run cost. */
export interface RunStats {
  instructions: number;
  /** heapAllocated: bytes charged to the heap over the whole run (the size model's figure). */
  heapAllocated: number;
  /** heapLive: live heap bytes at the end of the run (by the size model, from a reachability pass). */
  heapLive: number;
  /**
   * heapPeak: the most live heap bytes measured: passes run only under a heap limit (when the
   * heap could have crossed it) and at the end, so without a limit this is the end figure.
   */
  heapPeak: number;
  allocations: number;
  outputBytes: number;
  osCalls: number;
  /** wallMs: wall time of the run, when a clock was given (options.now). */
  wallMs: number | null;
}

/** RunResult: how the program ended, and what it cost. */
export interface RunResult {
  exitCode: number;
  /** limit: the limit that stopped the run, or null. */
  limit: { limit: LimitName; value: number; max: number; message: string } | null;
  stats: RunStats;
  instructions: number;
  heapBytes: number;
  /** checkFailures: instructions whose stack effect disagreed with the opcode table (checked mode). */
  checkFailures: readonly string[];
}

/** exitCodeOf: the process exit status for a SystemExit, printing its message like CPython. */
function exitCodeOf(vm: VM, e: PyException): number {
  let code = e.args.length === 0 ? None : e.args.length === 1 ? e.args[0]! : new PyTuple(e.args);
  if (code === None) return 0;
  if (typeof code === 'boolean') code = code ? 1 : 0;
  if (typeof code === 'number') return code & 0xff;
  if (typeof code === 'bigint') return Number(BigInt.asUintN(8, code));
  let text: string;
  try {
    text = str(code);
  } catch {
    text = '<exception str() failed>';
  }
  report(vm, text + '\n');
  return 1;
}

/** report: writes to stderr; if even that fails (descriptor 2 closed), the text is lost, as in CPython. */
function report(vm: VM, text: string): void {
  try {
    vm.stderr(text);
  } catch {
    // Nothing is left to tell.
  }
}

/** newMainModule: a __main__ module (with __file__ when a file is given), registered in sys.modules. */
export function newMainModule(vm: VM, file: string | null): PyModule {
  const main = new PyModule('__main__');
  if (file !== null) main.dict.setStr('__file__', file);
  for (const attr of ['__package__', '__spec__', '__loader__', '__doc__']) main.dict.setStr(attr, None);
  main.dict.setStr('__builtins__', vm.modules.getStr('builtins')!);
  vm.modules.setStr('__main__', main);
  return main;
}

/**
 * flushOpenFiles: files the program left open are flushed (CPython's finalizers do this when they
 * are dropped; Terrarium has none): at exit, forgetting them (`forget`), or after an embedded run,
 * keeping them tracked. Runs guest code (io's flush methods), metered like any.
 */
export function flushOpenFiles(vm: VM, forget: boolean): void {
  const io = vm.modules.getStr('io');
  if (!(io instanceof PyModule)) return;
  const flush = io.dict.getStr('_flush_open_files');
  if (flush !== undefined) call(flush, [forget]);
}

/** flushFiles: flushOpenFiles at exit; as at CPython's shutdown, a file that cannot be flushed is given up silently. */
function flushFiles(vm: VM): void {
  try {
    flushOpenFiles(vm, true);
  } catch {
    // A stop while flushing (a limit) is recorded in vm.stopped; the result reports it.
  }
}

/**
 * ProgramRun: one program in a fresh interpreter, run to its end in one go (runProgram) or in time
 * slices (runProgramAsync): step() runs until the program ends or its slice does.
 */
class ProgramRun {
  readonly vm: VM;
  readonly os: OS;
  private readonly t0: number | undefined;
  /** phase: what step() does next: compile, start the main module, or resume it. */
  private phase: 'compile' | 'start' | 'resume' = 'compile';
  private code: PyCode | null = null;
  private main: PyModule | null = null;
  /** exiting: the atexit handlers left to run, once the program has ended (null before). */
  private exiting: ExitFuncs | null = null;
  exitCode = 0;

  constructor(
    private readonly source: string,
    private readonly options: RunOptions,
  ) {
    installRuntime();
    const filename = options.filename ?? '<string>';
    const path = [...(options.path ?? []), STDLIB_ROOT];
    this.os = options.os ?? new MemoryOS({ stdout: options.stdout, stderr: options.stderr, stdin: options.stdin, argv: options.argv ?? [filename] });
    this.vm = new VM({ os: this.os, path, checked: options.checked, argv: options.argv, limits: options.limits, now: options.now });
    this.t0 = options.now?.();
  }

  /**
   * step: runs until the program ends (true) or the time slice does (false). With `sliced`, the
   * compile is a step of its own (a cold parser can take tens of ms on its own).
   */
  step(sliced = false): boolean {
    const vm = this.vm;
    const leave = vm.enter();
    try {
      if (this.exiting === null) {
        try {
          if (this.phase === 'compile') {
            // The heap limit holds from here: __main__ and the program's constants are charged.
            this.main = this.makeMain();
            vm.armHeapLimit();
            this.code = compileCached(vm, this.source, this.options.filename ?? '<string>', true);
            this.phase = 'start';
            if (sliced) return false;
          }
          if (this.phase === 'start') {
            this.phase = 'resume';
            this.begin(this.code!);
          } else vm.resumePaused();
        } catch (e) {
          if (e === PAUSE) {
            vm.notePause();
            return false;
          }
          this.exitCode = this.failure(e);
          // A stop (a limit, os._exit, a replay that diverged) ends the process where it is:
          // no exit handlers run and no file is flushed.
          if (e instanceof VMStop) return true;
        }
        this.exiting = new ExitFuncs(vm);
      }
      return this.exit();
    } finally {
      leave();
    }
  }

  /**
   * exit: the interpreter's exit, as Py_FinalizeEx after the program's end was reported: the atexit
   * handlers (last registered first; they may pause a sliced run: false), then the files the
   * program left open are flushed. After a stop, nothing of the guest runs.
   */
  private exit(): boolean {
    const vm = this.vm;
    if (vm.stopped !== null) return true;
    try {
      this.exiting!.run();
    } catch (e) {
      if (e === PAUSE) {
        vm.notePause();
        return false;
      }
      // A stop inside a handler (a limit, os._exit): its exit code, and nothing more runs.
      this.exitCode = this.failure(e);
      return true;
    }
    if (vm.stopped === null) flushFiles(vm);
    return true;
  }

  /** makeMain: the __main__ module, registered in sys.modules. */
  private makeMain(): PyModule {
    return newMainModule(this.vm, this.options.filename ?? '<string>');
  }

  /** begin: starts the compiled program as __main__. */
  private begin(code: PyCode): void {
    this.vm.runCode(code, this.main!.dict);
  }

  /** failure: the exit code for how the program ended, reporting it on stderr like CPython. */
  private failure(e: unknown): number {
    const vm = this.vm;
    if (e instanceof PySyntaxError) {
      report(vm, formatSyntaxError(e));
      return 1;
    }
    if (e instanceof PyException) {
      if (e.cls.isSubtypeOf(SystemExit)) return exitCodeOf(vm, e);
      report(vm, formatException(vm, e));
      return 1;
    }
    if (e instanceof ProcessExit) return e.status;
    if (e instanceof ReplayDivergence) {
      report(vm, `terrarium: ${e.message}\n`);
      return 1;
    }
    if (e instanceof VMStop) return LIMIT_EXIT_CODE;
    const msg = e instanceof Error ? e.message : String(e);
    report(vm, `terrarium: internal error: ${msg}\n`);
    return 1;
  }

  /** abandon: ends a paused run for good (an aborted runProgramAsync): no more guest code runs. */
  abandon(): void {
    try {
      this.vm.stop(new Aborted());
    } catch {
      // stop() throws the stop; here it only needs recording.
    }
  }

  /** finish: the process exit, the end-of-run heap pass, and the result. */
  finish(): RunResult {
    const vm = this.vm;
    // A stop wins over whatever the program was doing when it happened.
    const stop = vm.stopped;
    if (stop instanceof LimitError || stop instanceof Aborted) this.exitCode = LIMIT_EXIT_CODE;
    try {
      this.os.exit(this.exitCode);
    } catch {
      // The OS's own failure at exit changes nothing about how the program ended.
    }
    const m = vm.meter;
    // The live heap at the end (a reachability pass; no guest code runs).
    const heapLive = vm.measureHeap();
    const now = this.options.now;
    return {
      exitCode: this.exitCode,
      instructions: m.instructions,
      heapBytes: m.allocated,
      checkFailures: vm.checkFailures,
      limit: stop instanceof LimitError ? { limit: stop.kind, value: stop.value, max: stop.max, message: stop.message } : null,
      stats: {
        instructions: m.instructions,
        heapAllocated: m.allocated,
        heapLive,
        heapPeak: vm.heapPeak,
        allocations: m.allocations,
        outputBytes: m.output,
        osCalls: m.osCalls,
        wallMs: this.t0 === undefined ? null : Math.round((now!() - this.t0) * 1000) / 1000,
      },
    };
  }
}


/** runProgram: compiles and runs `source` as __main__ in a fresh interpreter. */
export function runProgram(source: string, options: RunOptions = {}): RunResult {
  const run = new ProgramRun(source, options);
  run.step();
  return run.finish();
}

/** AsyncRunOptions: a time-sliced run: its slice length, the way to yield, and an AbortSignal. */
export interface AsyncRunOptions extends RunOptions {
  /** sliceMs: how long the VM runs before yielding to the event loop (default 5 ms). */
  sliceMs?: number;
  /** signal: aborting it ends the run at its next slice boundary; the promise rejects with signal.reason. */
  signal?: AbortSignalLike;
  /** yieldToHost: resolves when the host has had its turn (default: a macrotask, see host-scheduler). */
  yieldToHost?: () => Promise<void>;
}

/** AbortSignalLike: what runProgramAsync uses of an AbortSignal (any object with these will do). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** DEFAULT_SLICE_MS: the default time slice of runProgramAsync. */
export const DEFAULT_SLICE_MS = 5;

/**
 * runProgramAsync: runProgram in time slices: the VM runs for `sliceMs`, then yields to the event
 * loop, so a long script never keeps the host busy for much longer than a slice (code nested under
 * a builtin's callback finishes that callback first). Same output, counts and heap figures as
 * runProgram.
 */
export async function runProgramAsync(source: string, options: AsyncRunOptions = {}): Promise<RunResult> {
  const now = options.now ?? hostNow;
  const yieldToHost = options.yieldToHost ?? hostYield;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  if (!(typeof sliceMs === 'number' && sliceMs > 0 && Number.isFinite(sliceMs))) throw new RangeError(`sliceMs must be a positive number of milliseconds, not ${String(sliceMs)}`);
  const signal = options.signal;
  if (signal?.aborted) throw signal.reason;
  const run = new ProgramRun(source, { ...options, now });
  for (;;) {
    run.vm.beginSlice(sliceMs);
    if (run.step(true)) break;
    await yieldToHost();
    if (signal?.aborted) {
      run.abandon();
      run.finish();
      throw signal.reason;
    }
  }
  run.vm.endSlicing();
  return run.finish();
}
