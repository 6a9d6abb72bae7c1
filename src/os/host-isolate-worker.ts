// The worker of an isolated run (runIsolated, host-isolate.ts): the interpreter runs here, in a
// worker thread with V8 resource limits of its own, against a proxy OS. Each OS call is posted to
// the controller in the main thread on a MessagePort; the worker then sleeps on a shared flag
// (Atomics.wait) until the controller has posted the answer and raised the flag, and takes the
// answer off the port synchronously (receiveMessageOnPort). So the guest sees synchronous calls,
// and the controller may take its time, in its event loop, to answer them.

import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { runProgram } from '../api/run.js';
import type { OS } from './interface.js';
import { detach, fromWire, OS_METHODS, type OSMethod, type OSReply, type OSRequest } from './isolate-protocol.js';
import type { IsolateTestHook, WorkerInit, WorkerDone } from './host-isolate.js';

/** proxyOS: an OS whose every call is answered by the controller. */
function proxyOS(port: MessagePort, flag: Int32Array, hook: IsolateTestHook | undefined): OS {
  const call = (method: OSMethod, args: unknown[]): unknown => {
    if (hook === 'spin') for (;;) {
      // An interpreter stuck in JavaScript: no instruction is counted, no clock is read.
    }
    const transfer: ArrayBuffer[] = [];
    const request: OSRequest = { method, args: args.map((a) => detach(a, transfer)) };
    Atomics.store(flag, 0, 0);
    port.postMessage(request, transfer);
    while (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0);
    const got = receiveMessageOnPort(port);
    if (got === undefined) throw new Error(`isolate: no answer to ${method}()`);
    const reply = got.message as OSReply;
    if (reply.ok) return reply.value;
    throw fromWire(reply.error);
  };
  const os: Record<string, (...args: unknown[]) => unknown> = {};
  for (const m of OS_METHODS) os[m] = (...args) => call(m, args);
  return os as unknown as OS;
}

/** exhaustHeap: allocates until V8 gives up (the test hook for a worker out of memory). */
function exhaustHeap(): never {
  const hog: number[][] = [];
  for (;;) hog.push(new Array<number>(1 << 16).fill(hog.length + 0.5));
}

function main(): void {
  const init = workerData as WorkerInit;
  const os = proxyOS(init.port, new Int32Array(init.flag), init.testHook);
  if (init.testHook === 'exhaust-v8-heap') exhaustHeap();
  if (init.testHook === 'crash') {
    // Started and talking to the controller: then an interpreter bug escapes.
    os.getcwd();
    throw new Error('test hook: a simulated interpreter crash');
  }
  if (init.testHook === 'exit') {
    os.getcwd();
    process.exit(7);
  }
  const result = runProgram(init.source, {
    os,
    filename: init.filename,
    argv: init.argv,
    path: init.path,
    limits: init.limits,
    checked: init.checked,
    now: init.clock ? () => performance.now() : undefined,
  });
  const done: WorkerDone = { type: 'done', result };
  parentPort!.postMessage(done);
}

main();
