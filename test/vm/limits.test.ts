// Limits: a run stops where the embedder said, for good, and reports which limit with its figures.
// Instructions stop exactly; no except, finally, __exit__ or generator cleanup of the guest runs
// after the stop, nor atexit handlers, __del__ or the flush of open files (a handler is metered
// like the program: a limit inside one stops the run and the handlers after it); output before the
// stop is delivered up to the limit; the recursion limit caps sys.setrecursionlimit; the timeout
// stops a run that would never end. The command prints one line and exits with 3.

import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';
import { run } from '../support/python.js';

type Api = typeof import('../../src/index.js');
const { runProgram, runProgramAsync, MemoryOS } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

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
  'an atexit handler': `
import atexit
atexit.register(print, 'atexit handler ran')
while True:
    pass`,
  '__del__ of a dropped object and of a live one': `
class Noisy:
    def __del__(self):
        print('__del__ ran')
dropped = Noisy()
del dropped
kept = Noisy()
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

// What the guest leaves for the end of the run (atexit handlers, finalizers, open files) is traced in
// a file of the in-memory world, which the host reads after the run: printing would not tell, as
// nothing is delivered past the output limit.
const MARK = `
import atexit
def mark(what):
    with open('/marks.txt', 'a') as f:
        f.write(what + '\\n')
`;

interface Marked {
  exitCode: number;
  limit: { limit: string } | null;
  instructions: number;
  stdout: string;
  stderr: string;
  /** marks: the lines mark() wrote, in order. */
  marks: string[];
  /** leftOpen: what reached /left-open.txt, a file the program wrote to and never closed (null: no such file). */
  leftOpen: string | null;
}

function worldOf(): { os: InstanceType<typeof MemoryOS>; out: { stdout: string; stderr: string }; result: (r: { exitCode: number; limit: { limit: string } | null; instructions: number }) => Marked } {
  const out = { stdout: '', stderr: '' };
  const os = new MemoryOS({ stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) });
  const text = (path: string): string | null => {
    const b = os.readFile(path);
    return b === null ? null : new TextDecoder().decode(b);
  };
  return {
    os,
    out,
    result: (r) => ({
      exitCode: r.exitCode,
      limit: r.limit,
      instructions: r.instructions,
      stdout: out.stdout,
      stderr: out.stderr,
      marks: (text('/marks.txt') ?? '').split('\n').filter((l) => l !== ''),
      leftOpen: text('/left-open.txt'),
    }),
  };
}

function marked(source: string, limits: Record<string, number> = {}): Marked {
  const w = worldOf();
  const r = runProgram(MARK + source, { os: w.os, filename: 'limits.py', limits, now: () => performance.now() });
  return w.result(r);
}

async function markedSliced(source: string, limits: Record<string, number> = {}): Promise<Marked> {
  const w = worldOf();
  const r = await runProgramAsync(MARK + source, {
    os: w.os,
    filename: 'limits.py',
    limits,
    // A slice of no time at all: the outermost loop pauses at every look at the clock.
    sliceMs: 1e-9,
    yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
  });
  return w.result(r);
}

/** STOPS: a program that registers a handler and then never ends by itself, for each limit. */
const STOPS: [string, string, Record<string, number>][] = [
  ['instructions', 'while True:\n    pass\n', { instructions: 20_000 }],
  ['timeout', 'while True:\n    pass\n', { timeout: 500 }],
  ['output', "while True:\n    print('spam')\n", { output: 1000 }],
  ['heap', "held = []\nwhile True:\n    held.append('x' * 1000 + str(len(held)))\n", { heap: 1 << 20 }],
  ['recursion', 'import sys\nsys.setrecursionlimit(10**6)\n', { recursion: 500 }],
];

describe('exit handlers, finalizers and open files after a stop', () => {
  it('without a stop, the handlers run last registered first and then open files are flushed', () => {
    const r = marked("f = open('/left-open.txt', 'w')\nf.write('flushed at exit')\natexit.register(mark, 'registered first')\natexit.register(mark, 'registered last')\n");
    expect(r.exitCode).toBe(0);
    expect(r.marks).toEqual(['registered last', 'registered first']);
    expect(r.leftOpen).toBe('flushed at exit');
  });

  it.each(STOPS)('a handler registered before the %s limit stops the run does not run', (kind, body, limits) => {
    const r = marked(`f = open('/left-open.txt', 'w')\nf.write('never flushed')\natexit.register(mark, 'atexit handler ran')\n${body}`, limits);
    expect(r.exitCode).toBe(3);
    expect(r.limit?.limit).toBe(kind);
    expect(r.marks).toEqual([]);
    expect(r.leftOpen).toBe('');
    expect(r.stderr).toBe('');
  });

  it('os._exit() runs no handler and flushes no file, in the program or in a handler', () => {
    const inMain = marked("import os\nf = open('/left-open.txt', 'w')\nf.write('never flushed')\natexit.register(mark, 'atexit handler ran')\nos._exit(5)\n");
    expect([inMain.exitCode, inMain.marks, inMain.leftOpen]).toEqual([5, [], '']);
    const inHandler = marked(
      "import os\nf = open('/left-open.txt', 'w')\nf.write('never flushed')\natexit.register(mark, 'registered first: never runs')\natexit.register(os._exit, 6)\natexit.register(mark, 'registered last: runs')\n",
    );
    expect([inHandler.exitCode, inHandler.marks, inHandler.leftOpen]).toEqual([6, ['registered last: runs'], '']);
  });

  /** HANDLER_STOPS: a handler body that runs into each limit. */
  const HANDLER_STOPS: [string, string, Record<string, number>][] = [
    ['instructions', 'while True:\n            pass', { instructions: 200_000 }],
    ['timeout', 'while True:\n            pass', { timeout: 500 }],
    ['output', "while True:\n            print('spam')", { output: 1000 }],
    ['heap', "held = []\n        while True:\n            held.append('x' * 1000 + str(len(held)))", { heap: 1 << 20 }],
  ];
  const stuckHandler = (body: string) => `
import sys
f = open('/left-open.txt', 'w')
f.write('never flushed')
atexit.register(mark, 'registered first: never runs')
def stuck():
    mark('stuck handler starts')
    try:
        ${body}
    except BaseException:
        mark('except in the handler')
    finally:
        mark('finally in the handler')
atexit.register(stuck)
atexit.register(mark, 'registered last: runs first')
print('main done')
raise SystemExit(0)
`;

  it.each(HANDLER_STOPS)('a handler is metered: the %s limit stops it, and no later handler runs', (kind, body, limits) => {
    const r = marked(stuckHandler(body), limits);
    expect(r.exitCode).toBe(3);
    expect(r.limit?.limit).toBe(kind);
    if (kind === 'instructions') expect(r.instructions).toBe(limits.instructions);
    expect(r.stdout.startsWith('main done\n')).toBe(true);
    expect(r.marks).toEqual(['registered last: runs first', 'stuck handler starts']);
    expect(r.leftOpen).toBe('');
    expect(r.stderr).toBe('');
  });

  it('a handler stops the same way in a time-sliced run, which pauses inside it', async () => {
    const sync = marked(stuckHandler(HANDLER_STOPS[0]![1]), HANDLER_STOPS[0]![2]);
    const sliced = await markedSliced(stuckHandler(HANDLER_STOPS[0]![1]), HANDLER_STOPS[0]![2]);
    expect(sliced).toEqual(sync);
    // And a handler that ends is resumed to its end between slices.
    const src = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    mark(f'work {n} {t}')\natexit.register(work, 50_000)\natexit.register(work, 40_000)\n";
    const a = marked(src);
    const b = await markedSliced(src);
    expect(b).toEqual(a);
    expect(a.marks).toEqual(['work 40000 119995', 'work 50000 149997']);
  });

  it('what the handlers hold counts against the heap limit, even once no module refers to them', () => {
    const src = (register: boolean) => `
import sys
def setup():
    import atexit
    data = ['x' * 1000 + str(i) for i in range(600)]
    ${register ? 'atexit.register(len, data)' : 'pass'}
setup()
del sys.modules['atexit']
more = ['y' * 1000 + str(i) for i in range(600)]
print('completed')
`;
    expect(go(src(false), { heap: 1 << 20 }).stdout).toBe('completed\n');
    const r = go(src(true), { heap: 1 << 20 });
    expect([r.exitCode, r.limit?.limit, r.stdout]).toEqual([3, 'heap', '']);
  });

  // Terrarium has no reference counting and calls no finalizer at all (ARCHITECTURE.md, "Known
  // differences"): __del__ is an ordinary method nothing calls. What matters here is that no stop
  // lets one run: not for an object dropped before the stop, a temporary, a cycle or a live one.
  const FINALIZERS = `
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)
        mark('__del__ ' + self.name)
dropped = Noisy('dropped')
del dropped
Noisy('temporary')
cycle = Noisy('cycle')
cycle.me = cycle
del cycle
kept = Noisy('alive at the stop')
`;

  it.each(STOPS)('no __del__ runs when the %s limit stops the run', (kind, body, limits) => {
    const r = marked(FINALIZERS + body, limits);
    expect(r.exitCode).toBe(3);
    expect(r.limit?.limit).toBe(kind);
    expect(r.stdout).not.toContain('__del__');
    expect(r.marks).toEqual([]);
  });

  it('no __del__ runs at a normal end either (no finalizers; CPython would call all four)', () => {
    const r = marked(FINALIZERS);
    expect([r.exitCode, r.stdout, r.marks]).toEqual([0, '', []]);
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
