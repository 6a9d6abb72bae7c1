// runProgramAsync: the VM runs in time slices and yields to the event loop between them. A sliced
// run is the same run: output, exit code, instruction count and heap figures equal runProgram's,
// however small the slices; the host's timers keep firing while a CPU-bound script runs; an
// AbortSignal ends the run at the next slice boundary; limits stop sliced runs exactly as unsliced
// ones; interpreters running concurrently in one process do not disturb each other.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.js';

type Api = typeof import('../../src/index.js');
const { runProgram, runProgramAsync } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

const PROGRAMS = join(ROOT, 'test/programs');

function sync(source: string, options: { limits?: Record<string, number>; stdin?: string; filename?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const r = runProgram(source, { ...options, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), checked: true });
  return { ...r, stdout, stderr };
}

async function sliced(source: string, options: { limits?: Record<string, number>; stdin?: string; filename?: string; sliceMs?: number } = {}) {
  let stdout = '';
  let stderr = '';
  let slices = 0;
  const r = await runProgramAsync(source, {
    ...options,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    checked: true,
    // A fresh slice of "no time at all": the loop pauses at every look at the clock.
    sliceMs: options.sliceMs ?? 1e-9,
    yieldToHost: () =>
      new Promise((resolve) => {
        slices++;
        setImmediate(resolve);
      }),
  });
  return { ...r, stdout, stderr, slices };
}

const CPU_BOUND = `
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
a = Acc()
def gen(n):
    for i in range(n):
        yield i * i
for round in range(ROUNDS):
    for v in gen(20000):
        a.add(v % 13)
    try:
        {}[round]
    except KeyError:
        a.add(fib(15))
print(a.total)
`;

describe('a sliced run is the same run', () => {
  const names = readdirSync(PROGRAMS).filter((n) => n.endsWith('.py')).sort();
  it.each(names)('%s', async (name) => {
    const source = readFileSync(join(PROGRAMS, name), 'utf8');
    const stdinPath = join(PROGRAMS, name.replace(/\.py$/, '.stdin'));
    let stdin: string | undefined;
    try {
      stdin = readFileSync(stdinPath, 'utf8');
    } catch {
      stdin = undefined;
    }
    const a = sync(source, { filename: name, stdin });
    const b = await sliced(source, { filename: name, stdin });
    expect(b.stdout).toBe(a.stdout);
    expect(b.stderr).toBe(a.stderr);
    expect(b.exitCode).toBe(a.exitCode);
    expect(b.instructions).toBe(a.instructions);
    expect(b.heapBytes).toBe(a.heapBytes);
    expect(b.stats.heapLive).toBe(a.stats.heapLive);
    expect(b.stats.allocations).toBe(a.stats.allocations);
    expect(b.checkFailures).toEqual([]);
  });

  it('a slice ends at the first look at the clock (every 10,000 instructions) back in the outermost loop', async () => {
    // The loop body at the outermost level, and a body that is mostly a generator driven by sum():
    // the slice ends when the loop is next back at the outermost level.
    for (const source of ['t = 0\nfor k in range(200000):\n    t += k\nprint(t)\n', 'def g(n):\n    return sum(i for i in range(n))\nt = 0\nfor k in range(2000):\n    t += g(100)\nprint(t)\n']) {
      const b = await sliced(source);
      // One slice for the compile, then one per 10,000 instructions.
      expect(Math.abs(b.slices - 1 - Math.floor(b.instructions / 10_000))).toBeLessThanOrEqual(1);
      expect(b.stdout).toBe(sync(source).stdout);
    }
  });

  it('limits stop a sliced run at the same place', async () => {
    const source = CPU_BOUND.replace('ROUNDS', '20');
    for (const limits of [{ instructions: 123_457 }, { heap: 600_000 }, { output: 10 }] as Record<string, number>[]) {
      const a = sync(source + 'x = [0] * 10**6\nprint(a.total)\n', { limits });
      const b = await sliced(source + 'x = [0] * 10**6\nprint(a.total)\n', { limits });
      expect(a.limit).not.toBeNull();
      expect(b.limit).toEqual(a.limit);
      expect(b.instructions).toBe(a.instructions);
      expect(b.stdout).toBe(a.stdout);
      expect(b.exitCode).toBe(3);
    }
  });

  it('a syntax error and an uncaught exception end sliced runs like unsliced ones', async () => {
    for (const source of ['x = (1,\n', 'def f():\n    return 1 / 0\nfor i in range(30000):\n    pass\nf()\n']) {
      const a = sync(source, { filename: 'bad.py' });
      const b = await sliced(source, { filename: 'bad.py' });
      expect(b.stderr).toBe(a.stderr);
      expect(b.exitCode).toBe(1);
      expect(b.instructions).toBe(a.instructions);
    }
  });
});

describe('the host stays responsive', () => {
  it('a 10 ms timer keeps firing with no gap over 50 ms while a CPU-bound script runs', async () => {
    // Warm the parser and the eval loop first: their first use in a process is compiled by V8.
    await runProgramAsync(CPU_BOUND.replace('ROUNDS', '2'), { stdout: () => {} });
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const t = performance.now();
      gaps.push(t - last);
      last = t;
    }, 10);
    let out = '';
    const t0 = performance.now();
    try {
      await runProgramAsync(CPU_BOUND.replace('ROUNDS', '150'), { stdout: (t) => (out += t) });
    } finally {
      clearInterval(timer);
    }
    const ran = performance.now() - t0;
    expect(out).toMatch(/^\d+\n$/);
    // The script kept the CPU busy long enough for the figure to mean something.
    expect(ran).toBeGreaterThan(300);
    expect(gaps.length).toBeGreaterThan(ran / 50);
    expect(Math.max(...gaps)).toBeLessThan(50);
  });
});

describe('AbortSignal', () => {
  it('ends an endless script at the next slice boundary; the promise rejects with the reason', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('enough')), 30);
    let out = '';
    const p = runProgramAsync('print("started")\nwhile True:\n    pass\n', { signal: ac.signal, stdout: (t) => (out += t) });
    await expect(p).rejects.toThrow('enough');
    expect(out).toBe('started\n');
  });

  it('no guest code runs after the abort: not finally, not except BaseException', async () => {
    const ac = new AbortController();
    let out = '';
    const p = runProgramAsync('try:\n    while True:\n        pass\nexcept BaseException:\n    print("caught")\nfinally:\n    print("finally")\n', {
      signal: ac.signal,
      stdout: (t) => (out += t),
    });
    setTimeout(() => ac.abort(), 20);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    // Give any stray continuation a chance to run: none exists.
    await new Promise((r) => setTimeout(r, 20));
    expect(out).toBe('');
  });

  it('an already aborted signal runs nothing', async () => {
    const ac = new AbortController();
    ac.abort(new Error('before'));
    let out = '';
    await expect(runProgramAsync('print(1)', { signal: ac.signal, stdout: (t) => (out += t) })).rejects.toThrow('before');
    expect(out).toBe('');
  });

  it('rejects a slice length that is not a positive number of ms', async () => {
    for (const sliceMs of [0, -1, Number.NaN, Infinity]) {
      await expect(runProgramAsync('pass', { sliceMs })).rejects.toThrow(/sliceMs must be a positive number/);
    }
  });
});

describe('timeout', () => {
  it('stops a sliced endless loop with the timeout limit', async () => {
    const r = await runProgramAsync('while True:\n    pass\n', { limits: { timeout: 100 } });
    expect(r.limit?.limit).toBe('timeout');
    expect(r.exitCode).toBe(3);
  });
});

describe('concurrent interpreters', () => {
  it('interleaved sliced runs each give their own output, counts and heap figures', async () => {
    const sources = [1, 2, 3, 4].map((k) => CPU_BOUND.replace('ROUNDS', String(5 * k)) + `print(${k})\n`);
    const alone = sources.map((s) => sync(s));
    const together = await Promise.all(
      sources.map(async (s) => {
        let stdout = '';
        const r = await runProgramAsync(s, { stdout: (t) => (stdout += t), sliceMs: 0.05 });
        return { ...r, stdout };
      }),
    );
    together.forEach((b, i) => {
      expect(b.stdout).toBe(alone[i]!.stdout);
      expect(b.instructions).toBe(alone[i]!.instructions);
      expect(b.heapBytes).toBe(alone[i]!.heapBytes);
      expect(b.stats.heapLive).toBe(alone[i]!.stats.heapLive);
    });
  });
});
