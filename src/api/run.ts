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
import { LimitError, ProcessExit, type LimitName } from '../vm/limit-error.js';
import { ReplayDivergence } from '../os/trace.js';
import { installRuntime } from '../vm/setup.js';
import { STDLIB_ROOT } from '../vm/import.js';
import { MemoryOS } from '../os/memory.js';
import type { OS } from '../os/interface.js';
import { call } from '../objects/protocol.js';

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

/** flushFiles: at exit, files the program left open are flushed, as CPython's finalizers do. */
function flushFiles(vm: VM): void {
  const io = vm.modules.getStr('io');
  if (!(io instanceof PyModule)) return;
  const flush = io.dict.getStr('_flush_open_files');
  if (flush === undefined) return;
  try {
    call(flush, []);
  } catch {
    // As at CPython's shutdown, a file that cannot be flushed is given up silently.
  }
}

/** runProgram: compiles and runs `source` as __main__ in a fresh interpreter. */
export function runProgram(source: string, options: RunOptions = {}): RunResult {
  installRuntime();
  const filename = options.filename ?? '<string>';
  const path = [...(options.path ?? []), STDLIB_ROOT];
  const os = options.os ?? new MemoryOS({ stdout: options.stdout, stderr: options.stderr, stdin: options.stdin, argv: options.argv ?? [filename] });
  const vm = new VM({ os, path, checked: options.checked, argv: options.argv, limits: options.limits, now: options.now });
  const t0 = options.now?.();
  const leave = vm.enter();
  let exitCode = 0;
  try {
    try {
      const code = compileCached(vm, source, filename, true);
      const main = new PyModule('__main__');
      main.dict.setStr('__file__', filename);
      main.dict.setStr('__package__', None);
      main.dict.setStr('__spec__', None);
      main.dict.setStr('__loader__', None);
      main.dict.setStr('__doc__', None);
      main.dict.setStr('__builtins__', vm.modules.getStr('builtins')!);
      vm.modules.setStr('__main__', main);
      vm.runCode(code, main.dict);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        report(vm, formatSyntaxError(e));
        exitCode = 1;
      } else if (e instanceof PyException) {
        if (e.cls.isSubtypeOf(SystemExit)) exitCode = exitCodeOf(vm, e);
        else {
          report(vm, formatException(vm, e));
          exitCode = 1;
        }
      } else if (e instanceof ProcessExit) {
        exitCode = e.status;
      } else if (e instanceof ReplayDivergence) {
        report(vm, `terrarium: ${e.message}\n`);
        exitCode = 1;
      } else if (e instanceof LimitError) {
        exitCode = LIMIT_EXIT_CODE;
      } else {
        const msg = e instanceof Error ? e.message : String(e);
        report(vm, `terrarium: internal error: ${msg}\n`);
        exitCode = 1;
      }
    }
  } finally {
    // After a limit, no more guest code runs: files left open are not flushed.
    if (vm.stopped === null) flushFiles(vm);
    leave();
  }
  // A stop wins over whatever the program was doing when it happened.
  const stop = vm.stopped;
  if (stop instanceof LimitError) exitCode = LIMIT_EXIT_CODE;
  try {
    os.exit(exitCode);
  } catch {
    // The OS's own failure at exit changes nothing about how the program ended.
  }
  const m = vm.meter;
  // The live heap at the end (a reachability pass; no guest code runs).
  const heapLive = vm.measureHeap();
  return {
    exitCode,
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
      wallMs: t0 === undefined ? null : Math.round((options.now!() - t0) * 1000) / 1000,
    },
  };
}
