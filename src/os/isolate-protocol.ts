// The protocol between an isolated run's worker (host-isolate-worker.ts: the interpreter, with a
// proxy OS) and its controller (host-isolate.ts: the embedder's OS, in the main thread). Pure: the
// messages, how a failure thrown by the controller's OS crosses to the worker as the same class,
// and how the worker's V8 heap is sized from the run's heap limit. The host code lives in the
// host-isolate*.ts files.

import { OSFault } from './errno.js';
import type { OS } from './interface.js';
import { ReplayDivergence, ReplayError } from './trace.js';
import { LimitError, ProcessExit, VMStop, type LimitName } from '../vm/limit-error.js';

/** OS_METHODS: every method of the OS interface: what the worker's proxy forwards. */
export const OS_METHODS = [
  'open', 'read', 'write', 'lseek', 'close', 'fstat', 'ftruncate', 'isatty',
  'stat', 'listdir', 'mkdir', 'rmdir', 'unlink', 'rename', 'getcwd', 'chdir',
  'clock', 'sleep', 'urandom', 'environ', 'argv', 'exit',
] as const satisfies readonly (keyof OS)[];

export type OSMethod = (typeof OS_METHODS)[number];

// A method added to the OS interface and not to OS_METHODS fails the type check here.
type Missing = Exclude<keyof OS, OSMethod>;
const everyMethod: [Missing] extends [never] ? true : Missing = true;
void everyMethod;

/** OSRequest: one call, worker -> controller. */
export interface OSRequest {
  method: OSMethod;
  args: unknown[];
}

/** OSReply: its answer, controller -> worker. */
export type OSReply = { ok: true; value: unknown } | { ok: false, error: WireError };

/**
 * WireError: a throwable of the controller's OS, as data. Each class the OS implementations throw
 * (errno.ts, trace.ts, limit-error.ts) has its own shape and is thrown again as that class in the
 * worker; any other Error keeps its name and message; anything else its String().
 */
export type WireError =
  | { kind: 'OSFault'; errno: number }
  | { kind: 'ProcessExit'; status: number }
  | { kind: 'ReplayDivergence'; call: number; message: string }
  | { kind: 'LimitError'; limit: LimitName; value: number; max: number }
  | { kind: 'VMStop' }
  | { kind: 'ReplayError'; message: string }
  | { kind: 'Error'; name: string; message: string }
  | { kind: 'other'; text: string };

/** toWire: a throwable as data (the controller side). */
export function toWire(e: unknown): WireError {
  if (e instanceof OSFault) return { kind: 'OSFault', errno: e.errno };
  if (e instanceof ProcessExit) return { kind: 'ProcessExit', status: e.status };
  if (e instanceof ReplayDivergence) return { kind: 'ReplayDivergence', call: e.call, message: e.message };
  if (e instanceof LimitError) return { kind: 'LimitError', limit: e.kind, value: e.value, max: e.max };
  if (e instanceof VMStop) return { kind: 'VMStop' };
  if (e instanceof ReplayError) return { kind: 'ReplayError', message: e.message };
  if (e instanceof Error) return { kind: 'Error', name: e.name, message: e.message };
  let text: string;
  try {
    text = String(e);
  } catch {
    text = '<unprintable>';
  }
  return { kind: 'other', text };
}

/** fromWire: the throwable again (the worker side), of the class it had in the controller. */
export function fromWire(w: WireError): unknown {
  switch (w.kind) {
    case 'OSFault':
      return new OSFault(w.errno);
    case 'ProcessExit':
      return new ProcessExit(w.status);
    case 'ReplayDivergence':
      return new ReplayDivergence(w.call, w.message);
    case 'LimitError':
      return new LimitError(w.limit, w.value, w.max);
    case 'VMStop':
      return new VMStop();
    case 'ReplayError':
      return new ReplayError(w.message);
    case 'Error': {
      const e = new Error(w.message);
      e.name = w.name;
      return e;
    }
    case 'other':
      return new Error(w.text);
  }
}

/**
 * detach: bytes to send on their own: a structured clone copies a typed array's whole buffer, so a
 * view into a larger buffer (a page cache, a read-ahead chunk) or into shared memory is copied to
 * a buffer of its own size first. That copy is nobody else's: it goes in `transfer` (moved, not
 * cloned again).
 */
export function detach<T>(v: T, transfer: ArrayBuffer[]): T {
  if (v instanceof Uint8Array && (v.byteOffset !== 0 || v.byteLength !== v.buffer.byteLength || !(v.buffer instanceof ArrayBuffer))) {
    const copy = v.slice();
    transfer.push(copy.buffer);
    return copy as T;
  }
  return v;
}

/** IsolateResourceLimits: the worker's V8 limits (node:worker_threads' ResourceLimits). */
export interface IsolateResourceLimits {
  maxOldGenerationSizeMb?: number;
  maxYoungGenerationSizeMb?: number;
  codeRangeSizeMb?: number;
  stackSizeMb?: number;
}

/** ISOLATE_BASE_MB: V8 old-generation room for the interpreter itself (see ARCHITECTURE.md). */
export const ISOLATE_BASE_MB = 64;
/** ISOLATE_HEAP_FACTOR: V8 bytes allowed per byte of the heap limit (the size model's bytes). */
export const ISOLATE_HEAP_FACTOR = 8;
/** ISOLATE_DEFAULT_OLD_MB: the old generation of a run without a heap limit. */
export const ISOLATE_DEFAULT_OLD_MB = 2048;
/** ISOLATE_STACK_MB: the worker's stack (Node's default for workers; the main thread has 984 KB). */
export const ISOLATE_STACK_MB = 4;

/**
 * isolateResourceLimits: the worker's V8 limits for a run with heap limit `heapBytes` (bytes of
 * the size model, or undefined): old generation = base + factor x limit, so that the VM's own heap
 * limit (exact, deterministic) stops a program first and V8's (the backstop for what the size
 * model does not see) only an interpreter that misbehaves. The young generation is left to V8
 * (it sizes it from the old one; setting it changed nothing measurable).
 */
export function isolateResourceLimits(heapBytes?: number): { maxOldGenerationSizeMb: number; stackSizeMb: number } {
  const old = heapBytes === undefined ? ISOLATE_DEFAULT_OLD_MB : ISOLATE_BASE_MB + Math.ceil((ISOLATE_HEAP_FACTOR * heapBytes) / (1024 * 1024));
  return { maxOldGenerationSizeMb: old, stackSizeMb: ISOLATE_STACK_MB };
}
