// The cost of isolated mode (runIsolated, terrarium/host): what one OS call costs when the
// interpreter runs in a worker and the world answers from the main thread (a MessagePort message
// each way plus an Atomics.wait/notify), against the same call in process; and what starting an
// isolated run costs. It reports; it never fails. See bench/README.md.
//
//     npm run build && node bench/syscall.bench.mjs
//
// BENCH_CALLS (default 20000) calls per timed loop; BENCH_REPEAT (default 5) loops per figure
// (the minimum is reported); BENCH_STARTS (default 10) runs per startup figure (the median).

import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { runProgram, MemoryOS } = await import(join(ROOT, 'dist/index.js'));
const { runIsolated } = await import(join(ROOT, 'dist/host.js'));

const CALLS = Number(process.env.BENCH_CALLS ?? 20_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const STARTS = Number(process.env.BENCH_STARTS ?? 10);

// Each loop is timed inside the program with time.perf_counter(), which reads the controller's
// clock (below: the host's monotonic clock): worker startup and the interpreter's setup are not
// in the figures. `base` is the same loop with a builtin call instead of an OS call: subtracted,
// what is left is the call itself (posix's Python-side work plus the OS call).
const PROGRAM = `
import os, time
N = ${CALLS}
fd = os.open('/bench.bin', os.O_RDWR | os.O_CREAT)
big = b'x' * 65536
os.write(fd, big)
def base():
    for _ in range(N): len('/')
def stat():
    for _ in range(N): os.stat('/')
def write1():
    for _ in range(N): os.write(fd, b'x')
def write64k():
    for _ in range(N // 10): os.write(fd, big)
def read64k():
    for _ in range(N // 10):
        os.lseek(fd, 0, 0)
        os.read(fd, 65536)
def getcwd():
    for _ in range(N): os.getcwd()
best = {}
for _ in range(${REPEAT}):
    for f, per in ((base, N), (stat, N), (write1, N), (write64k, N // 10), (read64k, N // 10), (getcwd, N)):
        os.lseek(fd, 0, 0)
        os.ftruncate(fd, 65536)
        t = time.perf_counter()
        f()
        us = (time.perf_counter() - t) * 1e6 / per
        best[f.__name__] = min(best.get(f.__name__, us), us)
print(' '.join(f'{k}={v:.3f}' for k, v in best.items()))
`;

const monotonic = (id) => (id === 'realtime' ? BigInt(Date.now()) * 1_000_000n : BigInt(Math.round(performance.now() * 1e6)));

function world() {
  let out = '';
  const os = new MemoryOS({ clockSource: monotonic, stdout: (t) => (out += t), stderr: (t) => (out += t) });
  return { os, out: () => out };
}

function parse(out) {
  const m = Object.fromEntries(out.trim().split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
  if (!('base' in m)) throw new Error(`the bench program failed:\n${out}`);
  return m;
}

/** asyncOS: every method of `os` answered through a resolved Promise (an asynchronous controller). */
function asyncOS(os) {
  return new Proxy(os, {
    get(target, name) {
      const f = target[name];
      return typeof f === 'function' ? (...args) => Promise.resolve().then(() => f.apply(target, args)) : f;
    },
  });
}

async function calls() {
  const a = world();
  runProgram(PROGRAM, { os: a.os });
  const inProcess = parse(a.out());
  const b = world();
  await runIsolated(PROGRAM, { os: b.os });
  const isolated = parse(b.out());
  const c = world();
  await runIsolated(PROGRAM, { os: asyncOS(c.os) });
  const asyncIsolated = parse(c.out());
  return { inProcess, isolated, asyncIsolated };
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

async function startup() {
  const proc = [];
  const iso = [];
  // One of each first: the in-process figure is for a warm host (runtime installed, code cached).
  await runIsolated('pass\n');
  for (let i = 0; i < STARTS; i++) {
    let t = performance.now();
    runProgram('pass\n');
    proc.push(performance.now() - t);
    t = performance.now();
    await runIsolated('pass\n');
    iso.push(performance.now() - t);
  }
  return { inProcess: median(proc), isolated: median(iso) };
}

const fmt = (x, d = 2) => x.toFixed(d).padStart(8);

console.log(`syscall bench: node ${process.version}, ${cpus().length} cpus, load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`${CALLS} calls per loop (64 KiB loops: ${CALLS / 10}), best of ${REPEAT}; startup: median of ${STARTS}\n`);
// The first run in this process installs the runtime: what every isolated run pays in its worker.
const t0 = performance.now();
runProgram('pass\n');
const cold = performance.now() - t0;
const r = await calls();
console.log('µs per call        in-process  isolated  async ctl   isolated - in-process');
const rows = [
  ['loop body (len)', 'base'],
  ['os.stat("/")', 'stat'],
  ['os.write 1 byte', 'write1'],
  ['os.getcwd()', 'getcwd'],
  ['os.write 64 KiB', 'write64k'],
  ['lseek+read 64 KiB', 'read64k'],
];
for (const [label, key] of rows) {
  const p = r.inProcess[key];
  const i = r.isolated[key];
  const a = r.asyncIsolated[key];
  console.log(`${label.padEnd(18)} ${fmt(p)}  ${fmt(i)}  ${fmt(a)}   ${fmt(i - p)}  (${(i / p).toFixed(1)}x)`);
}
const s = await startup();
console.log(`\na run of 'pass' (ms): in-process ${s.inProcess.toFixed(1)} (the first in the process: ${cold.toFixed(1)}), isolated ${s.isolated.toFixed(1)}`);
