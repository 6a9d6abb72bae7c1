// The host's clock and event loop, as far as a time-sliced run needs them: a millisecond clock and
// a way to give the event loop a turn. Both exist in Node and in browsers (no node: module), so the
// main entry can use them; the VM itself never does (runProgramAsync passes them in). Reached
// through globalThis so that the library's typings need neither Node's nor the DOM's.

interface Port {
  onmessage: ((e: unknown) => void) | null;
  postMessage(message: unknown): void;
}

const host = globalThis as unknown as {
  performance: { now(): number };
  setImmediate?: (callback: () => void) => unknown;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  MessageChannel: new () => { port1: Port; port2: Port };
};

/** hostNow: a monotonic clock in milliseconds. */
export function hostNow(): number {
  return host.performance.now();
}

const setImmediateFn = host.setImmediate;
let channel: { port1: Port; port2: Port } | null = null;
const waiting: (() => void)[] = [];

/**
 * hostYield: resolves after the event loop has run its pending tasks (timers, I/O): setImmediate
 * in Node; in browsers a MessageChannel message, which, unlike setTimeout(0), is not clamped to 4 ms.
 */
export function hostYield(): Promise<void> {
  return new Promise((resolve) => {
    if (setImmediateFn !== undefined) {
      setImmediateFn(resolve);
      return;
    }
    if (channel === null) {
      channel = new host.MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** hostDelay: a Promise that resolves after `ms` milliseconds, and a way to cancel the timer. */
export function hostDelay(ms: number): { promise: Promise<void>; cancel: () => void } {
  let handle: unknown;
  const promise = new Promise<void>((resolve) => {
    handle = host.setTimeout(resolve, Math.max(0, ms));
  });
  return { promise, cancel: () => host.clearTimeout(handle) };
}
