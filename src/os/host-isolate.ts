// Isolated mode: runIsolated() runs a program's interpreter in a worker thread (host-isolate-worker.ts)
// with V8 resource limits derived from the heap limit, and a watchdog on the wall-clock timeout
// that terminates the worker. The embedder's OS stays here, in the main thread: the controller.
// The worker's proxy OS posts each call on a MessagePort and waits on a shared flag; the
// controller answers in its event loop (awaiting the OS method if it returns a Promise), posts the
// answer and raises the flag. A worker that dies (V8 out of memory, an interpreter bug) rejects
// the run with an IsolateError; the host goes on. See ARCHITECTURE.md, "Isolated mode".

import { MessageChannel, Worker } from 'node:worker_threads';
import type { RunOptions, RunResult } from '../api/run.js';
import { limitMessage } from '../vm/limit-error.js';
import { checkLimits, type Limits } from '../vm/limits.js';
import type { OS } from './interface.js';
import { MemoryOS } from './memory.js';
import { detach, isolateResourceLimits, toWire, type IsolateResourceLimits, type OSReply, type OSRequest } from './isolate-protocol.js';

/**
 * AsyncOS: an OS whose methods may answer with a Promise: a controller of an isolated run may
 * answer asynchronously (the guest waits, synchronously, in its worker).
 */
export type AsyncOS = { [K in keyof OS]: (...args: Parameters<OS[K]>) => ReturnType<OS[K]> | Promise<ReturnType<OS[K]>> };

/**
 * IsolateTestHook: what the worker does instead of behaving, for tests: 'crash' (an Error escapes
 * the worker after it started), 'exit' (the worker exits with 7), 'exhaust-v8-heap' (allocates
 * until V8 gives up), 'spin' (loops in JavaScript at the first OS call, counting nothing).
 */
export type IsolateTestHook = 'crash' | 'exit' | 'exhaust-v8-heap' | 'spin';

/** IsolatedRunOptions: RunOptions, with the controller's OS and the isolate's own settings. */
export interface IsolatedRunOptions extends Omit<RunOptions, 'os' | 'now'> {
  /** os: the controller: the world, in this thread (default: a fresh MemoryOS with the given streams). */
  os?: OS | AsyncOS;
  /**
   * now: given, the run is timed (stats.wallMs). Functions cannot cross to the worker: the worker
   * uses its own performance.now(), for wallMs and the timeout limit (which turns it on as well).
   */
  now?: () => number;
  /** resourceLimits: override the worker's V8 limits (default: isolateResourceLimits(limits.heap)). */
  resourceLimits?: IsolateResourceLimits;
  /** watchdogGraceMs: how long after limits.timeout the watchdog terminates the worker (default 1000). */
  watchdogGraceMs?: number;
  /** testHook: makes the worker misbehave (tests only). */
  testHook?: IsolateTestHook;
}

/** IsolatedRunResult: a RunResult; `watchdog` when the watchdog ended the run. */
export interface IsolatedRunResult extends RunResult {
  /**
   * watchdog: the worker did not stop by itself within limits.timeout + watchdogGraceMs and was
   * terminated. The result then reports the timeout limit (exit code 3); the figures only the
   * worker knew (instructions, heap, allocations) are -1.
   */
  watchdog?: boolean;
}

/** IsolateFailure: why a worker died. */
export type IsolateFailure = 'out-of-memory' | 'crashed' | 'exited';

/**
 * IsolateError: the worker died before the run ended: V8 ran out of memory ('out-of-memory'), an
 * error escaped the interpreter ('crashed'), or the thread exited ('exited'). The message is one
 * line; the host is unaffected.
 */
export class IsolateError extends Error {
  constructor(
    readonly reason: IsolateFailure,
    message: string,
  ) {
    super(message);
    this.name = 'IsolateError';
  }
}

/** DEFAULT_WATCHDOG_GRACE_MS: the watchdog's margin over limits.timeout. */
export const DEFAULT_WATCHDOG_GRACE_MS = 1000;

/** WorkerInit: the worker's workerData. */
export interface WorkerInit {
  source: string;
  filename: string;
  argv: string[] | undefined;
  path: string[] | undefined;
  limits: Limits | undefined;
  checked: boolean | undefined;
  /** clock: whether the worker times the run (performance.now()). */
  clock: boolean;
  port: import('node:worker_threads').MessagePort;
  /** flag: 4 bytes of shared memory: 1 when an answer waits on the port. */
  flag: SharedArrayBuffer;
  testHook: IsolateTestHook | undefined;
}

/** WorkerDone: the worker's last message. */
export interface WorkerDone {
  type: 'done';
  result: RunResult;
}

/**
 * workerUrl: dist/isolate-worker.js, next to the entry points; this code may sit in dist/chunks/
 * (code splitting), and from the sources (src/os/) the built worker is used.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  if (/\/chunks\/[^/]*$/.test(here)) return new URL('../isolate-worker.js', here);
  if (/\.ts$/.test(here)) return new URL('../../dist/isolate-worker.js', here);
  return new URL('./isolate-worker.js', here);
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

/** firstLine: what an error says, in one line, without its stack. */
function firstLine(e: unknown): string {
  let text: string;
  try {
    text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    text = '<unprintable>';
  }
  return text.split('\n')[0]!;
}

/**
 * runIsolated: runProgram in a worker thread. Resolves to the RunResult (the same as runProgram's
 * for the same program and world, but for wallMs), or, when the watchdog had to stop the worker,
 * to a timeout result; rejects with IsolateError if the worker died.
 */
export function runIsolated(source: string, options: IsolatedRunOptions = {}): Promise<IsolatedRunResult> {
  let limits: Limits | undefined;
  try {
    limits = options.limits === undefined ? undefined : checkLimits(options.limits);
  } catch (e) {
    return Promise.reject(e);
  }
  const filename = options.filename ?? '<string>';
  const os: OS | AsyncOS =
    options.os ?? new MemoryOS({ stdout: options.stdout, stderr: options.stderr, stdin: options.stdin, argv: options.argv ?? [filename] });
  const resourceLimits = { ...isolateResourceLimits(limits?.heap), ...options.resourceLimits };
  const flagBuffer = new SharedArrayBuffer(4);
  const flag = new Int32Array(flagBuffer);
  const { port1, port2 } = new MessageChannel();
  const init: WorkerInit = {
    source,
    filename,
    argv: options.argv,
    path: options.path,
    limits,
    checked: options.checked,
    clock: options.now !== undefined || limits?.timeout !== undefined,
    port: port2,
    flag: flagBuffer,
    testHook: options.testHook,
  };
  const started = performance.now();
  let osCalls = 0;
  let outputBytes = 0;

  return new Promise<IsolatedRunResult>((resolve, reject) => {
    let settled = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const worker = new Worker(workerUrl(), { workerData: init, transferList: [port2], resourceLimits });

    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      if (watchdog !== undefined) clearTimeout(watchdog);
      port1.close();
      return true;
    };
    const fail = (reason: IsolateFailure, message: string): void => {
      if (!settle()) return;
      void worker.terminate();
      reject(new IsolateError(reason, message));
    };

    const answer = (reply: OSReply, transfer: ArrayBuffer[] = []): void => {
      if (settled) return;
      try {
        port1.postMessage(reply, transfer);
      } catch (e) {
        // The OS answered with something that cannot be cloned: the call fails in the guest.
        port1.postMessage({ ok: false, error: toWire(e) } satisfies OSReply);
      }
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    };

    port1.on('message', (request: OSRequest) => {
      osCalls++;
      if (request.method === 'write' && (request.args[0] === 1 || request.args[0] === 2)) outputBytes += (request.args[1] as Uint8Array).length;
      let value: unknown;
      try {
        const method = os[request.method] as (...args: unknown[]) => unknown;
        value = method.apply(os, request.args);
      } catch (e) {
        answer({ ok: false, error: toWire(e) });
        return;
      }
      // Most calls answer at once, in this same turn of the event loop; a Promise is awaited.
      const transfer: ArrayBuffer[] = [];
      if (!isThenable(value)) {
        answer({ ok: true, value: detach(value, transfer) }, transfer);
        return;
      }
      Promise.resolve(value).then(
        (v) => answer({ ok: true, value: detach(v, transfer) }, transfer),
        (e: unknown) => answer({ ok: false, error: toWire(e) }),
      );
    });

    worker.on('message', (message: WorkerDone) => {
      if (message.type !== 'done' || !settle()) return;
      void worker.terminate();
      resolve(message.result);
    });
    worker.on('messageerror', (e) => fail('crashed', `the isolated interpreter crashed: ${firstLine(e)}`));
    worker.on('error', (e: unknown) => {
      if ((e as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        fail('out-of-memory', `the isolated interpreter ran out of memory (V8 heap limit ${resourceLimits.maxOldGenerationSizeMb} MB)`);
      } else fail('crashed', `the isolated interpreter crashed: ${firstLine(e)}`);
    });
    worker.on('exit', (code) => fail('exited', `the isolated interpreter exited unexpectedly (exit code ${code})`));

    const timeout = limits?.timeout;
    if (timeout !== undefined) {
      const grace = options.watchdogGraceMs ?? DEFAULT_WATCHDOG_GRACE_MS;
      watchdog = setTimeout(() => {
        if (!settle()) return;
        const elapsed = Math.round(performance.now() - started);
        void worker.terminate();
        // As at the end of any run, the OS hears the exit status; its answer is not awaited (a
        // controller that never answered is one reason for the watchdog), and its failure, as in
        // runProgram, changes nothing.
        try {
          const r: unknown = os.exit(3);
          if (isThenable(r)) r.then(undefined, () => {});
        } catch {
          // Nothing to do.
        }
        resolve({
          exitCode: 3,
          watchdog: true,
          limit: { limit: 'timeout', value: elapsed, max: timeout, message: `${limitMessage('timeout', elapsed, timeout)} (the watchdog stopped the interpreter)` },
          instructions: -1,
          heapBytes: -1,
          checkFailures: [],
          stats: {
            instructions: -1,
            heapAllocated: -1,
            heapLive: -1,
            heapPeak: -1,
            allocations: -1,
            outputBytes,
            osCalls,
            wallMs: init.clock ? elapsed : null,
          },
        });
      }, timeout + grace);
    }
  });
}
