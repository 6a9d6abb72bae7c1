// Limits: a run stops where the embedder said, for good, and reports which limit with its figures.
// Instructions stop exactly; no except, finally, __exit__ or generator cleanup of the guest runs
// after the stop; output before the stop is delivered up to the limit; the recursion limit caps
// sys.setrecursionlimit; the timeout stops a run that would never end. The command prints one
// line and exits with 3.

import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';
import { run } from '../support/python.js';

type Api = typeof import('../../src/index.js');
const { runProgram } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

function go(source: string, limits: Record<string, number>, now?: () => number) {
  let stdout = '';
  let stderr = '';
  const r = runProgram(source, {
    filename: 'limits.py',
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    limits,
    now,
  });
  return { ...r, stdout, stderr };
}

const ESCAPES = {
  'except BaseException': `
try:
    while True:
        pass
except BaseException:
    print('caught')
print('after')`,
  finally: `
try:
    while True:
        pass
finally:
    print('finally ran')`,
  '__exit__ returning True': `
class Swallow:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exit ran')
        return True
with Swallow():
    while True:
        pass
print('after')`,
  'generator close': `
def g():
    try:
        yield 1
        while True:
            pass
    finally:
        print('generator cleanup')
for x in g():
    pass`,
  'nested in a builtin callback': `
def key(x):
    while True:
        pass
try:
    sorted([3, 1, 2], key=key)
except BaseException:
    print('caught')`,
  'finally: continue': `
for i in range(10**9):
    try:
        while True:
            pass
    finally:
        continue
print('after')`,
  'while True inside finally': `
try:
    while True:
        pass
finally:
    while True:
        print('in finally')`,
  'a callback called by map': `
def f(x):
    while True:
        pass
try:
    list(map(f, [1, 2]))
except BaseException:
    print('caught')`,
  '__eq__ during a dict lookup': `
class K:
    def __hash__(self): return 1
    def __eq__(self, other):
        while True:
            pass
d = {K(): 1}
try:
    d[K()]
except BaseException:
    print('caught')`,
  'an open file is not flushed by guest code': `
f = open('out.txt', 'w')
f.write('x' * 10)
while True:
    pass`,
};

describe('the instruction limit', () => {
  it.each(Object.entries(ESCAPES))('stops for good: %s', (_name, source) => {
    const r = go(source, { instructions: 5000 });
    expect(r.exitCode).toBe(3);
    expect(r.limit).toMatchObject({ limit: 'instructions', value: 5000, max: 5000 });
    expect(r.instructions).toBe(5000);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('a run needing fewer instructions than the limit completes with the same count as without a limit', () => {
    const src = 'total = 0\nfor i in range(1000):\n    total += i * i\nprint(total)\n';
    const free = go(src, {});
    const limited = go(src, { instructions: free.instructions });
    expect(limited.exitCode).toBe(0);
    expect(limited.limit).toBeNull();
    expect(limited.instructions).toBe(free.instructions);
    const short = go(src, { instructions: free.instructions - 1 });
    expect(short.exitCode).toBe(3);
    expect(short.instructions).toBe(free.instructions - 1);
  });

  it('executes exactly min(N, needed) instructions (property)', () => {
    const programs = [
      'x = 0\nfor i in range(300):\n    x += i\nprint(x)\n',
      'def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nprint(f(12))\n',
      'print(sorted(range(50), key=lambda v: -v)[:3])\n',
      'class A:\n    def __init__(self, v): self.v = v\n    def __lt__(self, o): return self.v < o.v\nprint(min(A(i) for i in range(40)).v)\n',
      'try:\n    [1][5]\nexcept IndexError as e:\n    print(e)\nprint([x * 2 for x in range(30)])\n',
    ];
    const needed = programs.map((p) => go(p, {}).instructions);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: programs.length - 1 }), fc.integer({ min: 0, max: 20_000 }), (i, n) => {
        const r = go(programs[i]!, { instructions: n });
        expect(r.instructions).toBe(Math.min(n, needed[i]!));
        expect(r.exitCode).toBe(n >= needed[i]! ? 0 : 3);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the output limit', () => {
  it('delivers output up to the limit, then stops', () => {
    const r = go("try:\n    while True:\n        print('spam')\nfinally:\n    print('never')\n", { output: 22 });
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe('spam\n'.repeat(4) + 'sp');
    // print() writes 'spam' and '\n' separately: the fifth 'spam' would make 24 bytes.
    expect(r.limit).toMatchObject({ limit: 'output', value: 24, max: 22 });
  });

  it('counts stdout and stderr together', () => {
    const r = go("import sys\nfor i in range(10):\n    print('out')\n    print('err', file=sys.stderr)\n", { output: 16 });
    expect(r.stdout + r.stderr).toHaveLength(16);
    expect(r.limit?.limit).toBe('output');
  });
});

describe('the recursion limit', () => {
  it('caps the default and what sys.setrecursionlimit may ask for', () => {
    const r = go('import sys\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(300)\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(10**6)\nprint("never")\n', { recursion: 500 });
    expect(r.stdout).toBe('500\n300\n');
    expect(r.limit).toMatchObject({ limit: 'recursion', value: 10 ** 6, max: 500 });
  });

  it('leaves RecursionError catchable, as in CPython', () => {
    const r = go('def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__)\n', { recursion: 200 });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('RecursionError\n');
  });
});

describe('the timeout', () => {
  it('stops a loop that never ends, with the time it took', () => {
    const r = go('while True:\n    pass\n', { timeout: 100 }, () => performance.now());
    expect(r.exitCode).toBe(3);
    expect(r.limit?.limit).toBe('timeout');
    expect(r.limit!.value).toBeGreaterThanOrEqual(100);
  });

  it('refuses a bad limit with a clear error', () => {
    expect(() => go('pass', { instructions: -1 })).toThrow(/limit 'instructions' must be a whole number/);
    expect(() => go('pass', { bogus: 1 })).toThrow(/unknown limit 'bogus'/);
  });
});

describe('the command', () => {
  it('prints one line naming the limit, exits with 3, and --stats prints the figures', async () => {
    ensureBuilt();
    const bin = join(ROOT, 'bin', 'terrarium');
    const r = await run(bin, ['--max-instructions', '2k', '--stats', '-c', 'while True:\n    pass']);
    expect(r.status).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('terrarium: instruction limit reached: 2000 of at most 2000 instructions');
    const stats = JSON.parse(lines[1]!) as Record<string, unknown>;
    expect(stats).toMatchObject({ instructions: 2000, exitCode: 3, limit: 'instructions' });
    for (const k of ['heapAllocated', 'heapLive', 'heapPeak', 'allocations', 'outputBytes', 'osCalls', 'wallMs']) expect(stats).toHaveProperty(k);
    for (const [flag, value, message] of [
      ['--max-instructions', 'lots', '--max-instructions expects a whole number (suffixes K, M, G), not lots'],
      ['--max-output', '1.5M', '--max-output expects a whole number of bytes (suffixes K, M, G), not 1.5M'],
      ['--max-depth', '0', '--max-depth must be at least 1'],
      ['--timeout', '-1', '--timeout expects a positive number of seconds, not -1'],
      ['--max-heap', '16Q', '--max-heap expects a whole number of bytes (suffixes K, M, G), not 16Q'],
    ]) {
      const bad = await run(bin, [flag!, value!, '-c', 'pass']);
      expect(bad.status).toBe(2);
      expect(bad.stderr.split('\n')[0]).toBe(`terrarium: ${message}`);
    }
    const out = await run(bin, ['--max-output', '1K', '--timeout', '5', '--max-depth', '100', '-c', "print('x' * 2000)"]);
    expect(out.status).toBe(3);
    expect(out.stdout).toBe('x'.repeat(1024));
    // print() writes the 2,000 x's, then the newline: the first write already crosses the limit.
    expect(out.stderr).toBe('terrarium: output limit reached: 2000 of at most 1024 bytes of output\n');
  }, 60_000);
});
