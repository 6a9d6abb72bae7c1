// Isolated mode (runIsolated, terrarium/host): the interpreter in a worker thread, the world in
// this one. A program's output, exit code, counts and limits are those of an in-process run; the
// OS's failures cross as the classes they were thrown as; a controller may answer asynchronously
// and this thread is never blocked by the guest; a dying worker (an interpreter bug, V8 out of
// memory, a thread exit) rejects the run with IsolateError and the host goes on; the watchdog
// terminates a worker stuck past its timeout. Runs on the built bundle (dist/).

import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/build.js';

ensureBuilt();

type Api = typeof import('../../src/index.js');
type HostApi = typeof import('../../src/os/host.js');
type OS = import('../../src/os/interface.js').OS;
type AsyncOS = import('../../src/os/host-isolate.js').AsyncOS;
type RunResult = import('../../src/api/run.js').RunResult;
const { runProgram, MemoryOS, OSFault, TracingOS, ReplayOS } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;
const { runIsolated, IsolateError, isolateResourceLimits } = (await import(new URL('../../dist/host.js', import.meta.url).href)) as HostApi;

interface Outcome {
  stdout: string;
  stderr: string;
  result: RunResult;
}

interface WorldOptions {
  stdin?: string;
  files?: Record<string, string>;
  limits?: Record<string, number>;
  /** wrap: the OS the run is given, made from the world's MemoryOS. */
  wrap?: (os: InstanceType<typeof MemoryOS>) => OS | AsyncOS;
}

function world(o: WorldOptions) {
  const out = { stdout: '', stderr: '' };
  const mem = new MemoryOS({ stdin: o.stdin, files: o.files, cwd: '/work', argv: ['prog.py', 'x'], stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) });
  return { out, mem, os: o.wrap ? o.wrap(mem) : mem };
}

function inProcess(source: string, o: WorldOptions = {}): Outcome {
  const w = world(o);
  const result = runProgram(source, { os: w.os as OS, filename: 'prog.py', argv: ['prog.py', 'x'], limits: o.limits, now: o.limits?.timeout ? () => performance.now() : undefined });
  return { ...w.out, result };
}

async function isolated(source: string, o: WorldOptions = {}): Promise<Outcome> {
  const w = world(o);
  const result = await runIsolated(source, { os: w.os, filename: 'prog.py', argv: ['prog.py', 'x'], limits: o.limits });
  return { ...w.out, result };
}

/** same: the isolated run is the in-process run, but for the wall time. */
async function same(source: string, o: WorldOptions = {}): Promise<Outcome> {
  // The worker starts (loading the bundle takes most of an isolated run) while this thread runs
  // the program in process.
  const pending = isolated(source, o);
  const a = inProcess(source, o);
  const b = await pending;
  const strip = (x: Outcome) => ({ ...x, result: { ...x.result, stats: { ...x.result.stats, wallMs: null } } });
  expect(strip(b)).toEqual(strip(a));
  return b;
}

const FILES = `import os, sys
print('argv', sys.argv, 'cwd', os.getcwd())
os.makedirs('out/deep')
with open('out/deep/a.txt', 'w') as f:
    for i in range(50):
        print(i, 'é' * (i % 3), file=f)
with open('out/deep/a.txt', 'rb') as f:
    data = f.read()
print(len(data), data[:12], os.listdir('out'), os.stat('out/deep/a.txt').st_size)
os.rename('out/deep/a.txt', 'out/b.txt')
print(sorted(os.listdir('out')), open('/data/in.txt').read().split())
print(os.urandom(4).hex(), sys.stdin.readline().strip(), input())
`;

describe('the same run as in process', () => {
  it('files, directories, stdin, argv, entropy', async () => {
    const r = await same(FILES, { stdin: 'first line\nsecond\n', files: { '/data/in.txt': 'alpha beta\n' } });
    expect(r.stdout).toContain("argv ['prog.py', 'x'] cwd /work");
    expect(r.stdout).toContain('first line second');
    expect(r.result.exitCode).toBe(0);
  });

  it('an uncaught exception: the traceback and exit code 1', async () => {
    const r = await same("def f(x):\n    return x['k']\n\nprint('before')\nf({})\n");
    expect(r.stderr).toContain("KeyError: 'k'");
    expect(r.result.exitCode).toBe(1);
  });

  it('sys.exit(4), os._exit(5) and a syntax error', async () => {
    const [exit, _exit, syntax] = await Promise.all([
      same("import sys\nprint('bye')\nsys.exit(4)\n"),
      same("import os\ntry:\n    os._exit(5)\nfinally:\n    print('not printed')\n"),
      same('x = (1,\n'),
    ]);
    expect(exit.result.exitCode).toBe(4);
    expect(_exit.result.exitCode).toBe(5);
    expect(syntax.stderr).toContain('SyntaxError');
  });

  it('OS errors cross as the OSError CPython raises', async () => {
    const r = await same(`import os
for f in (lambda: open('/nope'), lambda: os.listdir('/data/in.txt'), lambda: os.mkdir('/data'), lambda: os.read(99, 1), lambda: open('/data', 'w')):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
`, { files: { '/data/in.txt': 'x' } });
    expect(r.stdout).toBe(
      "FileNotFoundError 2 [Errno 2] No such file or directory: '/nope'\n" +
        "NotADirectoryError 20 [Errno 20] Not a directory: '/data/in.txt'\n" +
        "FileExistsError 17 [Errno 17] File exists: '/data'\n" +
        'OSError 9 [Errno 9] Bad file descriptor\n' +
        "IsADirectoryError 21 [Errno 21] Is a directory: '/data'\n",
    );
  });

  it("a controller's own failures: an OSFault of its choosing, a plain Error", async () => {
    const wrap = (mem: InstanceType<typeof MemoryOS>): OS =>
      Object.assign(Object.create(mem) as OS, {
        listdir: (path: string) => {
          if (path === '/secret') throw new OSFault(13);
          if (path === '/bug') throw new TypeError('controller bug');
          return mem.listdir(path);
        },
      });
    const r = await same("import os\ntry:\n    os.listdir('/secret')\nexcept PermissionError as e:\n    print(e)\nos.listdir('/bug')\n", { wrap });
    expect(r.stdout).toBe("[Errno 13] Permission denied: '/secret'\n");
    expect(r.stderr).toContain('controller bug');
  });

  it('a replay that diverges stops the same way (ReplayDivergence crosses as itself)', async () => {
    const lines: string[] = [];
    const rec = new TracingOS(new MemoryOS({ stdout: () => {} }), (l) => lines.push(l), { full: true });
    runProgram("import os\nprint(os.urandom(2).hex())\nprint(os.getcwd())\n", { os: rec });
    const log = lines.join('\n');
    const changed = "import os\nprint(os.urandom(2).hex())\nprint(os.listdir('/'))\nprint('after')\n";
    const a = { stdout: '', stderr: '' };
    const b = { stdout: '', stderr: '' };
    const sink = (o: { stdout: string; stderr: string }) => ({ stdout: (d: Uint8Array) => (o.stdout += new TextDecoder().decode(d)), stderr: (d: Uint8Array) => (o.stderr += new TextDecoder().decode(d)) });
    const osA = new ReplayOS(log, sink(a));
    const osB = new ReplayOS(log, sink(b));
    const ra = runProgram(changed, { os: osA });
    const rb = await runIsolated(changed, { os: osB });
    expect(b).toEqual(a);
    expect(rb.exitCode).toBe(ra.exitCode);
    expect(osB.divergence).toBe(osA.divergence);
    expect(osA.divergence).toMatch(/^replay diverged at call \d+: the log has getcwd\(\), the program made listdir\("\/"\)/);
  });

  it('limits: instructions (the same count), heap, output, recursion', async () => {
    const [r, h, o, d] = await Promise.all([
      same('i = 0\nwhile True:\n    i += 1\n', { limits: { instructions: 12345 } }),
      same('l = []\nwhile True:\n    l.append([0] * 100)\n', { limits: { heap: 2 * 1024 * 1024 } }),
      same("while True:\n    print('spam' * 10)\n", { limits: { output: 1000 } }),
      same('import sys\nsys.setrecursionlimit(10**6)\n', { limits: { recursion: 500 } }),
    ]);
    expect(r.result.limit?.limit).toBe('instructions');
    expect(r.result.instructions).toBe(12345);
    expect(r.result.exitCode).toBe(3);
    expect(h.result.limit?.limit).toBe('heap');
    expect(o.result.limit?.limit).toBe('output');
    expect(o.stdout.length).toBe(1000);
    expect(d.result.limit?.limit).toBe('recursion');
  });

  it('the timeout limit stops the VM in the worker (no watchdog needed)', async () => {
    const r = await isolated('while True:\n    pass\n', { limits: { timeout: 200 } });
    expect(r.result.limit?.limit).toBe('timeout');
    expect(r.result.exitCode).toBe(3);
    expect((r.result as { watchdog?: boolean }).watchdog).toBeUndefined();
    expect(r.result.instructions).toBeGreaterThan(0);
  });

  it('a bad limit is refused before a worker starts', async () => {
    await expect(runIsolated('pass', { limits: { speed: 1 } as Record<string, number> })).rejects.toThrow(RangeError);
  });
});

describe('an asynchronous controller', () => {
  /** later: every method of `mem` answered by a Promise, after a timer. */
  function later(mem: InstanceType<typeof MemoryOS>): AsyncOS {
    const os: Record<string, unknown> = {};
    for (const m of ['open', 'read', 'write', 'lseek', 'close', 'fstat', 'ftruncate', 'isatty', 'stat', 'listdir', 'mkdir', 'rmdir', 'unlink', 'rename', 'getcwd', 'chdir', 'clock', 'sleep', 'urandom', 'environ', 'argv', 'exit'] as const) {
      os[m] = (...args: unknown[]) =>
        new Promise((resolve, reject) =>
          setTimeout(() => {
            try {
              resolve((mem[m] as (...a: unknown[]) => unknown).apply(mem, args));
            } catch (e) {
              reject(e);
            }
          }, 0),
        );
    }
    return os as AsyncOS;
  }

  it('answers every call with a Promise: the same run', async () => {
    const source = FILES + "try:\n    open('/nope')\nexcept FileNotFoundError as e:\n    print(e)\n";
    const a = inProcess(source, { stdin: 'a\nb\n', files: { '/data/in.txt': 'x y\n' } });
    const b = await isolated(source, { stdin: 'a\nb\n', files: { '/data/in.txt': 'x y\n' }, wrap: later });
    expect(b.stdout).toBe(a.stdout);
    expect(b.result.instructions).toBe(a.result.instructions);
    expect(b.stdout).toContain("No such file or directory: '/nope'");
  });

  it('this thread stays free while the guest computes', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    try {
      const r = await isolated('import time\nt = time.perf_counter()\nn = 0\nwhile n < 3_000_000:\n    n += 1\nprint(n)\n');
      expect(r.stdout).toBe('3000000\n');
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(5);
  });
});

describe('a dying worker', () => {
  it('an interpreter crash rejects with IsolateError; the next run works', async () => {
    const e = await runIsolated("print('x')", { testHook: 'crash' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IsolateError);
    expect((e as InstanceType<typeof IsolateError>).reason).toBe('crashed');
    expect((e as Error).message).toBe('the isolated interpreter crashed: Error: test hook: a simulated interpreter crash');
    const x = await runIsolated("import os\nos._exit(0)\n", { testHook: 'exit' }).catch((x: unknown) => x);
    expect((x as InstanceType<typeof IsolateError>).reason).toBe('exited');
    let out = '';
    const r = await runIsolated("print(sum(range(10)))\n", { stdout: (t) => (out += t) });
    expect([r.exitCode, out]).toEqual([0, '45\n']);
  });

  it('V8 out of memory rejects with reason out-of-memory', async () => {
    const e = await runIsolated('pass', { testHook: 'exhaust-v8-heap', resourceLimits: { maxOldGenerationSizeMb: 48 } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IsolateError);
    expect((e as InstanceType<typeof IsolateError>).reason).toBe('out-of-memory');
    expect((e as Error).message).toBe('the isolated interpreter ran out of memory (V8 heap limit 48 MB)');
    const r = await runIsolated('print(1)', { stdout: () => {} });
    expect(r.exitCode).toBe(0);
  });

  it('the V8 heap follows the heap limit', () => {
    expect(isolateResourceLimits(16 * 1024 * 1024)).toEqual({ maxOldGenerationSizeMb: 64 + 8 * 16, stackSizeMb: 4 });
    expect(isolateResourceLimits(undefined).maxOldGenerationSizeMb).toBe(2048);
  });
});

describe('the watchdog', () => {
  it('terminates a worker stuck in JavaScript and reports the timeout', async () => {
    const t0 = performance.now();
    const r = await runIsolated('print(1)', { testHook: 'spin', limits: { timeout: 200 }, watchdogGraceMs: 100 });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.watchdog).toBe(true);
    expect(r.exitCode).toBe(3);
    expect(r.limit?.limit).toBe('timeout');
    expect(r.limit?.max).toBe(200);
    expect(r.limit?.value).toBeGreaterThanOrEqual(300);
  });

  it('terminates a worker waiting for a controller that never answers', async () => {
    const mem = new MemoryOS({});
    const os = Object.assign(Object.create(mem) as AsyncOS, { getcwd: () => new Promise<string>(() => {}) });
    const r = await runIsolated('import os\nos.getcwd()\n', { os, limits: { timeout: 200 }, watchdogGraceMs: 100 });
    expect([r.watchdog, r.exitCode, r.limit?.limit]).toEqual([true, 3, 'timeout']);
    expect((os as unknown as { exitStatus: number }).exitStatus).toBe(3);
  });
});
