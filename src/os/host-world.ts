// The host's clock, entropy and stdin, for embedders (and the CLI's --real-time) that let a script
// see real time and real randomness. One of the places allowed to touch the host.

import { randomFillSync } from 'node:crypto';
import { readSync } from 'node:fs';
import type { ClockId } from './interface.js';

const processStart = process.hrtime.bigint();

/** hostClock: the host's clocks, in ns: wall (epoch based), monotonic, and this process's CPU time. */
export function hostClock(id: ClockId): bigint {
  if (id === 'realtime') return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
  if (id === 'monotonic') return process.hrtime.bigint() - processStart;
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

/** hostSleep: blocks the thread for ns nanoseconds (a synchronous VM cannot yield here). */
export function hostSleep(ns: bigint): void {
  const ms = Number(ns / 1_000_000n);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** hostEntropy: n bytes from the host's cryptographic generator. */
export function hostEntropy(n: number): Uint8Array {
  return randomFillSync(new Uint8Array(n));
}

/** hostStdin: reads the process's standard input synchronously, a chunk per call; null at EOF. */
export function hostStdin(): () => Uint8Array | null {
  const buf = new Uint8Array(65536);
  return () => {
    for (;;) {
      try {
        const n = readSync(0, buf, 0, buf.length, null);
        return n === 0 ? null : buf.slice(0, n);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        if (code === 'EOF') return null;
        throw e;
      }
    }
  };
}
