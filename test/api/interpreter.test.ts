// The embedding API (src/api/interpreter.ts): an Interpreter lives as long as the embedder keeps
// it; run() is synchronous, runAsync() runs in slices and is the only way to wait for an async host
// function; errors are PythonError (CPython's traceback) and LimitExceededError; host functions
// get converted arguments (keywords as a trailing plain object), their results are converted back,
// what they throw becomes a Python exception; async host functions suspend plain code and are
// awaitable in async def code (asyncio's Task waits on them); a Promise that never settles is ended
// by the timeout or an AbortSignal; state persists from run to run, each run has the full
// instruction budget, a limit finishes the interpreter; many interpreters run concurrently, each
// with its own world, modules, limits, state and figures.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { PYTHON } from '../support/python.js';

type Api = typeof import('../../src/index.js');
const api = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;
const { Interpreter, MemoryOS, PyHandle, PythonError, LimitExceededError } = api;
type InterpreterT = InstanceType<Api['Interpreter']>;
type PyHandleT = InstanceType<Api['PyHandle']>;


async function rejected(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

function pythonError(e: unknown): InstanceType<Api['PythonError']> {
  expect(e).toBeInstanceOf(PythonError);
  return e as InstanceType<Api['PythonError']>;
}

function limitError(e: unknown): InstanceType<Api['LimitExceededError']> {
  expect(e).toBeInstanceOf(LimitExceededError);
  return e as InstanceType<Api['LimitExceededError']>;
}

const TMP = mkdtempSync(join(tmpdir(), 'terrarium-api-'));

/** cpython: what python3 writes running `source` saved at a path (that path is returned too). */
function cpython(name: string, source: string): { path: string; stdout: string; stderr: string; status: number | null } {
  const path = join(TMP, name);
  writeFileSync(path, source);
  const r = spawnSync(PYTHON, [path], { encoding: 'utf8' });
  return { path, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// ------------------------------------------------------------------------------------------------

describe('the contract example', () => {
  it('runs, converts and calls as the issue shows', async () => {
    const py = new Interpreter({
      os: new MemoryOS({ files: { '/data/in.txt': 'a\nb\n' } }),
      limits: { instructions: 10_000_000, heap: 64 * 2 ** 20 },
      modules: { app: { double: (x: number) => x * 2, fetch_user: async (id: number) => ({ id, name: 'ann' }), VERSION: '1.0' } },
    });
    const r = py.run('from app import double\nx = double(21)\nprint(x)');
    expect(r).not.toBeInstanceOf(Promise);
    expect(r.stdout).toBe('42\n');
    expect(r.stderr).toBe('');
    expect(r.stats.instructions).toBeGreaterThan(0);
    expect(py.globals.get('x')).toBe(42);
    py.globals.set('items', [1, 2, 3]);
    expect(py.run('print(items, type(items).__name__)').stdout).toBe('[1, 2, 3] list\n');
    py.run('def f(a, b=2):\n    return a * b');
    expect(py.call('f', 5)).toBe(10);
    expect(py.call('f', 5, 3)).toBe(15);
    await expect(py.callAsync('f', 5)).resolves.toBe(10);
    const signal = new AbortController().signal;
    const p = py.runAsync('from app import fetch_user\nu = fetch_user(7)\nprint(u["name"])', { signal });
    expect(p).toBeInstanceOf(Promise);
    const ra = await p;
    expect(ra.stdout).toBe('ann\n');
    expect(py.globals.get('u')).toEqual({ id: 7, name: 'ann' });
    expect(py.run('import app\nprint(app.VERSION)\nprint(open("/data/in.txt").read(), end="")').stdout).toBe('1.0\na\nb\n');
  });
});

describe('run and runAsync', () => {
  it('captures stdout and stderr of each run separately', async () => {
    const py = new Interpreter();
    const r1 = py.run('import sys\nprint("out1")\nsys.stderr.write("err1\\n")');
    expect(r1).toMatchObject({ stdout: 'out1\n', stderr: 'err1\n' });
    const r2 = await py.runAsync('print("out2")\nprint("err2", file=sys.stderr)');
    expect(r2).toMatchObject({ stdout: 'out2\n', stderr: 'err2\n' });
    expect(py.run('pass')).toMatchObject({ stdout: '', stderr: '' });
  });

  it('runAsync runs in slices: the host event loop turns while a CPU-bound script runs', async () => {
    const py = new Interpreter({ sliceMs: 1 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      const r = await py.runAsync('n = 0\nfor i in range(300_000):\n    n += i\nprint(n)');
      expect(r.stdout).toBe(`${(300_000 * 299_999) / 2}\n`);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('an uncaught exception is a PythonError with CPython\'s traceback, and what was printed before', () => {
    const source = 'print("before")\ndef f(n):\n    return 1 / n\nf(0)\n';
    const c = cpython('tb.py', source);
    const py = new Interpreter();
    const e = pythonError(caught(() => py.run(source, { filename: c.path })));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PythonError');
    expect(e.type).toBe('ZeroDivisionError');
    expect(e.message).toBe('division by zero');
    expect(e.traceback).toBe(c.stderr);
    expect(e.stdout).toBe(c.stdout);
    expect(e.stdout).toBe('before\n');
    // The interpreter goes on.
    expect(py.run('print(f(2))').stdout).toBe('0.5\n');
  });

  it('chained exceptions have CPython\'s traceback too', () => {
    const source = 'try:\n    {}["k"]\nexcept KeyError as e:\n    raise ValueError("bad") from e\n';
    const c = cpython('chain.py', source);
    const e = pythonError(caught(() => new Interpreter().run(source, { filename: c.path })));
    expect(e.type).toBe('ValueError');
    expect(e.traceback).toBe(c.stderr);
  });

  it('runAsync rejects with a PythonError carrying stdout and stderr', async () => {
    const py = new Interpreter();
    const e = pythonError(await rejected(py.runAsync('import sys\nprint("a")\nprint("b", file=sys.stderr)\nraise KeyError("k")', { filename: 'x.py' })));
    expect(e.type).toBe('KeyError');
    expect(e.message).toBe("'k'");
    expect(e.stdout).toBe('a\n');
    expect(e.stderr).toBe('b\n');
    expect(e.traceback).toBe('Traceback (most recent call last):\n  File "x.py", line 4, in <module>\n    raise KeyError("k")\nKeyError: \'k\'\n');
  });

  it('a syntax error is a PythonError of type SyntaxError in CPython\'s format; the interpreter goes on', async () => {
    const c = cpython('se.py', 'x = (\n');
    const py = new Interpreter();
    const e = pythonError(caught(() => py.run('x = (\n', { filename: c.path })));
    expect(e.type).toBe('SyntaxError');
    expect(e.message).toBe("'(' was never closed");
    expect(e.traceback).toBe(c.stderr);
    const e2 = pythonError(await rejected(py.runAsync('def (:', { filename: 'a.py' })));
    expect(e2.type).toBe('SyntaxError');
    expect(py.run('print("fine")').stdout).toBe('fine\n');
  });

  it('SystemExit from the script is a PythonError, not a crash', () => {
    const e = pythonError(caught(() => new Interpreter().run('import sys\nprint("x")\nsys.exit(3)')));
    expect(e.type).toBe('SystemExit');
    expect(e.stdout).toBe('x\n');
  });

  it('state persists across runs (names, functions, classes, imports, module state), sync and async', async () => {
    const py = new Interpreter();
    py.run('import math\ncount = 0\nclass C:\n    n = 0\n    def bump(self):\n        C.n += 1\n        return C.n\ndef inc():\n    global count\n    count += 1\n    return count');
    py.run('inc()\nc = C()\nc.bump()');
    await py.runAsync('inc()\nc.bump()');
    expect(py.run('print(count, C.n, math.pi > 3, inc())').stdout).toBe('2 2 True 3\n');
    expect(py.call('inc')).toBe(4);
    expect(py.globals.get('count')).toBe(4);
  });

  it('globals: get, set, has, delete, keys', () => {
    const py = new Interpreter();
    expect(py.globals.get('nope')).toBeUndefined();
    expect(py.globals.has('nope')).toBe(false);
    py.globals.set('a', { k: [1, 'two', null] });
    expect(py.globals.has('a')).toBe(true);
    expect(py.run('print(a)').stdout).toBe("{'k': [1, 'two', None]}\n");
    expect(py.globals.keys()).toContain('a');
    expect(py.globals.delete('a')).toBe(true);
    expect(py.globals.delete('a')).toBe(false);
    expect(py.globals.has('a')).toBe(false);
    expect(pythonError(caught(() => py.run('a'))).type).toBe('NameError');
  });
});

describe('limits', () => {
  it('the instruction limit holds per run: every run gets the full budget', async () => {
    const py = new Interpreter({ limits: { instructions: 200_000 } });
    const loop = 'n = 0\nfor i in range(20_000):\n    n += 1';
    const first = py.run(loop).stats.instructions;
    expect(first).toBeGreaterThan(100_000);
    expect(first).toBeLessThan(200_000);
    // Together far more than the budget, each alone under it.
    for (let i = 0; i < 5; i++) expect(py.run(loop).stats.instructions).toBe(first);
    for (let i = 0; i < 3; i++) expect((await py.runAsync(loop)).stats.instructions).toBe(first);
  });

  it('a LimitExceededError finishes the interpreter: every later call throws it again', async () => {
    const py = new Interpreter({ limits: { instructions: 50_000 } });
    py.run('def f():\n    return 1\nx = 5');
    const h = py.globals.get('f') as PyHandleT;
    const e = limitError(caught(() => py.run('print("start")\nwhile True:\n    pass')));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('LimitExceededError');
    expect(e.limit).toBe('instructions');
    expect(e.value).toBe(50_000);
    expect(e.max).toBe(50_000);
    expect(e.stdout).toBe('start\n');
    const again = (x: unknown) => {
      const l = limitError(x);
      expect([l.limit, l.value, l.max]).toEqual(['instructions', 50_000, 50_000]);
    };
    again(caught(() => py.run('print(1)')));
    again(await rejected(py.runAsync('print(1)')));
    again(caught(() => py.call('f')));
    again(await rejected(py.callAsync('f')));
    again(caught(() => py.globals.get('x')));
    again(caught(() => py.globals.set('y', 1)));
    again(caught(() => h.call()));
    again(caught(() => h.repr()));
  });

  it('the heap limit is a LimitExceededError naming heap', () => {
    const py = new Interpreter({ limits: { heap: 4 * 2 ** 20 } });
    const e = limitError(caught(() => py.run('x = []\nwhile True:\n    x.append([0] * 100)')));
    expect(e.limit).toBe('heap');
    expect(e.max).toBe(4 * 2 ** 20);
    expect(e.value).toBeGreaterThan(e.max);
  });

  it('r.stats: every figure, deterministic from interpreter to interpreter', async () => {
    const source = 'import sys\nxs = [str(i) * 3 for i in range(500)]\nprint(len(xs), "é")\nprint("e", file=sys.stderr)';
    const a = new Interpreter({ limits: { heap: 16 * 2 ** 20 } });
    const r = a.run(source);
    const s = r.stats;
    expect(Object.keys(s).sort()).toEqual(['allocations', 'heapAllocated', 'heapPeak', 'instructions', 'osCalls', 'outputBytes', 'wallMs']);
    for (const v of Object.values(s)) expect(typeof v).toBe('number');
    expect(s.instructions).toBeGreaterThan(500);
    expect(s.allocations).toBeGreaterThan(500);
    expect(s.heapAllocated).toBeGreaterThan(500 * 3);
    expect(s.heapPeak).toBeGreaterThan(0);
    expect(s.heapPeak).toBeLessThanOrEqual(16 * 2 ** 20);
    expect(s.outputBytes).toBe(Buffer.byteLength(r.stdout) + Buffer.byteLength(r.stderr));
    expect(s.osCalls).toBeGreaterThanOrEqual(2);
    expect(s.wallMs).toBeGreaterThanOrEqual(0);
    // The same run in a fresh interpreter, sync or async, costs the same.
    const b = new Interpreter({ limits: { heap: 16 * 2 ** 20 } });
    const rb = await b.runAsync(source);
    for (const k of ['instructions', 'allocations', 'heapAllocated', 'outputBytes', 'osCalls'] as const) expect([k, rb.stats[k]]).toEqual([k, s[k]]);
    // A second run reports its own figures, not the totals.
    const r2 = a.run('print(1)');
    expect(r2.stats.instructions).toBeLessThan(50);
    expect(r2.stats.outputBytes).toBe(2);
  });
});

describe('call, callAsync and PyHandle', () => {
  it('call a global by name or a handle; the result converted back', async () => {
    const py = new Interpreter();
    py.run('def add(a, b):\n    return [a + b, {"a": a}]\nsq = lambda x: x * x');
    expect(py.call('add', 1, 2)).toEqual([3, { a: 1 }]);
    const sq = py.globals.get('sq') as PyHandleT;
    expect(sq).toBeInstanceOf(PyHandle);
    expect(sq.type).toBe('function');
    expect(sq.call(7)).toBe(49);
    await expect(sq.callAsync(8)).resolves.toBe(64);
    expect(py.call(sq, 9)).toBe(81);
    expect(pythonError(caught(() => py.call('missing'))).type).toBe('NameError');
  });

  it('a Python exception in a callback is a PythonError with the traceback (call, handle.call, callAsync)', async () => {
    const source = 'def bad(n):\n    x = n + 1\n    return {}[x]\n';
    const py = new Interpreter();
    py.run(source, { filename: 'cb.py' });
    const expected = 'Traceback (most recent call last):\n  File "cb.py", line 3, in bad\n    return {}[x]\n           ~~^^^\nKeyError: 2\n';
    const e1 = pythonError(caught(() => py.call('bad', 1)));
    expect(e1.type).toBe('KeyError');
    expect(e1.message).toBe('2');
    expect(e1.traceback).toBe(expected);
    const h = py.globals.get('bad') as PyHandleT;
    const e2 = pythonError(caught(() => h.call(1)));
    expect(e2.traceback).toBe(expected);
    const e3 = pythonError(await rejected(h.callAsync(1)));
    expect(e3.traceback).toBe(expected);
    // Compare with CPython calling it from the top level: the callback's own frame is the same.
    const c = cpython('cb.py', source + 'bad(1)\n');
    expect(c.stderr.endsWith(expected.replace('Traceback (most recent call last):\n', '').replace('cb.py', c.path))).toBe(true);
  });

  it('PyHandle: type, repr, toString, get, call; valid across runs; not constructible', () => {
    const py = new Interpreter();
    py.run('class P:\n    """doc"""\n    x = 3\n    def __repr__(self): return "P()"\n    def __str__(self): return "a P"\n    def m(self, k): return self.x * k\np = P()');
    const h = py.globals.get('p') as PyHandleT;
    expect(h).toBeInstanceOf(PyHandle);
    expect(h.type).toBe('P');
    expect(h.repr()).toBe('P()');
    expect(h.toString()).toBe('a P');
    expect(String(h)).toBe('a P');
    expect(h.get('x')).toBe(3);
    const m = h.get('m') as PyHandleT;
    expect(m.type).toBe('method');
    py.run('P.x = 10');
    expect(m.call(2)).toBe(20);
    expect(pythonError(caught(() => h.get('nope'))).type).toBe('AttributeError');
    expect(pythonError(caught(() => h.call())).type).toBe('TypeError');
    // A handle passed back is the same object.
    py.globals.set('q', h);
    expect(py.run('print(q is p)').stdout).toBe('True\n');
    const Ctor = PyHandle as unknown as new (...a: unknown[]) => unknown;
    expect(() => new Ctor(py, 1, Symbol('PyHandle'))).toThrow(TypeError);
  });
});

describe('host functions', () => {
  it('arguments are converted, keywords arrive as a trailing plain object, results converted back', () => {
    const calls: unknown[][] = [];
    const py = new Interpreter({
      modules: {
        app: {
          rec: (...args: unknown[]) => {
            calls.push(args);
            return { got: args.length, list: [1, [2, 3]], none: null, t: true };
          },
        },
      },
    });
    const r = py.run('from app import rec\nprint(rec(1, "s", [1.5, None], {"k": (1, 2)}))\nprint(rec())\nprint(rec(7, flag=True, opts={"a": 1}))');
    expect(r.stdout).toBe(
      "{'got': 4, 'list': [1, [2, 3]], 'none': None, 't': True}\n{'got': 0, 'list': [1, [2, 3]], 'none': None, 't': True}\n{'got': 2, 'list': [1, [2, 3]], 'none': None, 't': True}\n",
    );
    expect(calls[0]).toEqual([1, 's', [1.5, null], { k: [1, 2] }]);
    expect(calls[1]).toEqual([]);
    expect(calls[2]).toEqual([7, { flag: true, opts: { a: 1 } }]);
    const kw = calls[2]![1] as object;
    expect(Object.getPrototypeOf(kw)).toBe(Object.prototype);
    expect(Object.keys(kw)).toEqual(['flag', 'opts']);
    // Star-args and **kwargs too.
    py.run('rec(*[1, 2], **{"x": 3})');
    expect(calls[3]).toEqual([1, 2, { x: 3 }]);
  });

  it('a host function that throws: Error -> RuntimeError, {type} -> that type, both catchable', () => {
    const py = new Interpreter({
      modules: {
        app: {
          boom: () => {
            throw new Error('kaput');
          },
          bad: () => {
            throw { type: 'ValueError', message: 'bad value' };
          },
          key: () => {
            throw { type: 'KeyError', message: 'k' };
          },
          odd: () => {
            throw { type: 'NotAnException', message: 'odd' };
          },
          str: () => {
            throw 'a string';
          },
        },
      },
    });
    const r = py.run(`
import app
for name in ['boom', 'bad', 'key', 'odd', 'str']:
    try:
        getattr(app, name)()
    except Exception as e:
        print(name, type(e).__name__, e.args)
try:
    app.bad()
except ValueError:
    print('caught as ValueError')
`);
    expect(r.stdout).toBe(
      "boom RuntimeError ('kaput',)\nbad ValueError ('bad value',)\nkey KeyError ('k',)\nodd RuntimeError ('odd',)\nstr RuntimeError ('a string',)\ncaught as ValueError\n",
    );
  });

  it('an uncaught host error is a PythonError of that type, with the traceback through the call', async () => {
    const py = new Interpreter({
      modules: {
        app: {
          boom: () => {
            throw new Error('kaput');
          },
          bad: async () => {
            throw { type: 'ValueError', message: 'bad value' };
          },
        },
      },
    });
    const e = pythonError(caught(() => py.run('import app\nprint("p")\napp.boom()', { filename: 'h.py' })));
    expect(e.type).toBe('RuntimeError');
    expect(e.message).toBe('kaput');
    expect(e.stdout).toBe('p\n');
    expect(e.traceback).toBe('Traceback (most recent call last):\n  File "h.py", line 3, in <module>\n    app.boom()\nRuntimeError: kaput\n');
    const e2 = pythonError(await rejected(py.runAsync('import app\nx = app.bad()', { filename: 'h2.py' })));
    expect(e2.type).toBe('ValueError');
    expect(e2.message).toBe('bad value');
    expect(e2.traceback).toContain('File "h2.py", line 2, in <module>');
  });

  it('host functions may re-enter the interpreter (py.call, py.run); their errors cross back typed', () => {
    let py!: InterpreterT;
    py = new Interpreter({
      modules: {
        app: {
          sq_plus_one: (n: number) => (py.call('sq', n) as number) + 1,
          inner_print: () => {
            py.run('print("inner")');
            return 'ok';
          },
          call_bad: () => py.call('bad'),
          twice: (f: PyHandleT, x: unknown) => f.call(f.call(x)),
        },
      },
    });
    py.run('def sq(x):\n    return x * x\ndef bad():\n    return 1 / 0');
    const r = py.run(`
import app
print(app.sq_plus_one(5))
print(app.inner_print())
try:
    app.call_bad()
except ZeroDivisionError as e:
    print('caught', e)
print(app.twice(lambda v: v * 3, 2))
print(app.twice(app.sq_plus_one, 1))
`);
    expect(r.stdout).toBe('26\ninner\nok\ncaught division by zero\n18\n5\n');
  });

  it('host module constants are Python values; the same function is one object', () => {
    const shared = (x: number) => x + 1;
    const py = new Interpreter({ modules: { a: { f: shared, n: 1.5, cfg: { deep: [1, { x: 'y' }] } }, b: { g: shared } } });
    expect(py.run('import a, b\nprint(a.f is b.g, a.n, a.cfg, type(a.f).__name__, a.f.__name__)').stdout).toBe(
      "True 1.5 {'deep': [1, {'x': 'y'}]} builtin_function_or_method f\n",
    );
  });
});

describe('async host functions', () => {
  it('awaits 1,000 async host calls in a loop in plain code', async () => {
    let n = 0;
    const py = new Interpreter({
      modules: {
        app: {
          inc: async (i: number) => {
            n++;
            await Promise.resolve();
            return i + 1;
          },
        },
      },
    });
    const r = await py.runAsync('from app import inc\ns = 0\nfor i in range(1000):\n    s += inc(i)\nprint(s)');
    expect(r.stdout).toBe(`${(1000 * 1001) / 2}\n`);
    expect(n).toBe(1000);
  });

  it('awaits 1,000 async host calls inside async def under asyncio.run', async () => {
    const py = new Interpreter({ modules: { app: { inc: async (i: number) => (await tick(), i + 1) } } });
    const r = await py.runAsync(`
import asyncio
from app import inc
async def main():
    s = 0
    for i in range(1000):
        s += await inc(i)
    return s
print(asyncio.run(main()))
`);
    expect(r.stdout).toBe(`${(1000 * 1001) / 2}\n`);
  });

  it('asyncio.gather of host calls, and async comprehensions', async () => {
    const py = new Interpreter({ modules: { app: { get: async (i: number) => (await tick(), i * 10) } } });
    const r = await py.runAsync(`
import asyncio
from app import get
async def one(i):
    return await get(i)
async def main():
    a = await asyncio.gather(get(1), get(2))
    b = await asyncio.gather(*[one(i) for i in range(3)])
    c = [await get(i) for i in range(3)]
    return a, b, c
print(asyncio.run(main()))
`);
    expect(r.stdout).toBe('([10, 20], [0, 10, 20], [0, 10, 20])\n');
  });

  it('asyncio.gather over a list comprehension of host calls inside async def', async () => {
    // The idiom `await asyncio.gather(*[fetch(i) for i in ids])`: in CPython, calling an async
    // function anywhere gives an awaitable. The comprehension's frame is not CO_COROUTINE, but it
    // runs inside async def code and its host calls must give host_call awaitables too.
    const py = new Interpreter({ modules: { app: { get: async (i: number) => (await tick(), i * 10) } } });
    const r = await py.runAsync(`
import asyncio
from app import get
async def main():
    return await asyncio.gather(*[get(i) for i in range(3)])
print(asyncio.run(main()))
`);
    expect(r.stdout).toBe('[0, 10, 20]\n');
  });

  it('a rejected Promise is a Python exception, in plain code and in async def', async () => {
    const py = new Interpreter({
      modules: {
        app: {
          fail: async (kind: string) => {
            await tick();
            if (kind === 'value') throw { type: 'ValueError', message: 'v' };
            throw new Error('plain');
          },
        },
      },
    });
    const r = await py.runAsync(`
import asyncio
from app import fail
for kind in ['value', 'other']:
    try:
        fail(kind)
    except Exception as e:
        print(type(e).__name__, e)
async def main():
    try:
        await fail('value')
    except ValueError as e:
        return 'async ' + str(e)
print(asyncio.run(main()))
`);
    expect(r.stdout).toBe('ValueError v\nRuntimeError plain\nasync v\n');
  });

  it('run() calling an async host function: a PythonError whose message names runAsync', () => {
    const py = new Interpreter({ modules: { app: { fetch_user: async (id: number) => ({ id }) } } });
    const e = pythonError(caught(() => py.run('from app import fetch_user\nprint("a")\nfetch_user(7)')));
    expect(e.type).toBe('RuntimeError');
    expect(e.message).toMatch(/runAsync/);
    expect(e.stdout).toBe('a\n');
    // The script can catch it, and the interpreter goes on.
    expect(py.run('try:\n    fetch_user(1)\nexcept RuntimeError as e:\n    print("runAsync" in str(e))').stdout).toBe('True\n');
  });

  it('callAsync awaits the async host functions the callback calls', async () => {
    const py = new Interpreter({ modules: { app: { get: async (k: string) => (await tick(), k.toUpperCase()) } } });
    py.run('from app import get\ndef f(a, b):\n    return get(a) + get(b)');
    await expect(py.callAsync('f', 'x', 'y')).resolves.toBe('XY');
    expect(pythonError(caught(() => py.call('f', 'x', 'y'))).message).toMatch(/runAsync/);
  });

  it('a Promise that never settles is ended by the timeout limit', async () => {
    const py = new Interpreter({ limits: { timeout: 200 }, modules: { app: { never: () => new Promise(() => {}) } } });
    const t0 = performance.now();
    const e = limitError(await rejected(py.runAsync('print("waiting")\nfrom app import never\nnever()')));
    const took = performance.now() - t0;
    expect(e.limit).toBe('timeout');
    expect(e.max).toBe(200);
    expect(e.value).toBeGreaterThanOrEqual(200);
    expect(e.stdout).toBe('waiting\n');
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(3000);
    expect(limitError(caught(() => py.run('print(1)'))).limit).toBe('timeout');
  });

  it('a Promise that never settles in async def code is ended by the timeout limit', async () => {
    const py = new Interpreter({ limits: { timeout: 200 }, modules: { app: { never: () => new Promise(() => {}) } } });
    const e = limitError(await rejected(py.runAsync('import asyncio\nfrom app import never\nasync def m():\n    await never()\nasyncio.run(m())')));
    expect(e.limit).toBe('timeout');
  });

  it('an AbortSignal ends a run waiting for a Promise that never settles: rejects with signal.reason', async () => {
    const py = new Interpreter({ modules: { app: { never: () => new Promise(() => {}) } } });
    const ac = new AbortController();
    const reason = new Error('stop it');
    setTimeout(() => ac.abort(reason), 50);
    const t0 = performance.now();
    const e = await rejected(py.runAsync('from app import never\nnever()', { signal: ac.signal }));
    expect(e).toBe(reason);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('an AbortSignal ends a CPU-bound runAsync; an already aborted signal runs nothing', async () => {
    const py = new Interpreter();
    const ac = new AbortController();
    setTimeout(() => ac.abort('enough'), 50);
    expect(await rejected(py.runAsync('while True:\n    pass', { signal: ac.signal }))).toBe('enough');
    const fresh = new Interpreter();
    const done = new AbortController();
    done.abort('already');
    expect(await rejected(fresh.runAsync('x = 1', { signal: done.signal }))).toBe('already');
    expect(fresh.globals.get('x')).toBeUndefined();
  });

  it('the interpreter refuses other runs while a runAsync owns it', async () => {
    let release!: (v: number) => void;
    const py = new Interpreter({ modules: { app: { wait: () => new Promise<number>((r) => (release = r)) } } });
    const p = py.runAsync('from app import wait\nx = wait()');
    await tick();
    expect(() => py.run('y = 1')).toThrow(/busy/);
    await expect(py.runAsync('y = 1')).rejects.toThrow(/busy/);
    release(5);
    await p;
    expect(py.globals.get('x')).toBe(5);
    expect(py.globals.get('y')).toBeUndefined();
  });
});

describe('many interpreters', () => {
  it('100 interpreters run runAsync concurrently, each with its own module, globals, limits and figures', async () => {
    const N = 100;
    const program = (i: number) => `
from app import tag, ident
total = 0
for k in range(20):
    total += tag(k)
name = ident()
print(f"{name}:{total:06d}:{mine}")
`;
    const make = (i: number) => {
      const py = new Interpreter({
        limits: { instructions: 1_000_000 + i, heap: 8 * 2 ** 20 },
        modules: {
          app: {
            tag: async (k: number) => {
              await new Promise((r) => setTimeout(r, (k * 7 + i) % 3));
              return k * 1000 + i;
            },
            ident: () => `i${String(i).padStart(3, '0')}`,
          },
        },
      });
      py.globals.set('mine', `m${String(i).padStart(3, '0')}`);
      return py;
    };
    // The figures of one interpreter alone.
    const solo = await make(0).runAsync(program(0));
    const interpreters = Array.from({ length: N }, (_, i) => make(i));
    const results = await Promise.all(interpreters.map((py, i) => py.runAsync(program(i))));
    results.forEach((r, i) => {
      const id = String(i).padStart(3, '0');
      const total = String(190 * 1000 + 20 * i).padStart(6, '0');
      expect(r.stdout).toBe(`i${id}:${total}:m${id}\n`);
      expect(r.stderr).toBe('');
      for (const k of ['instructions', 'allocations', 'heapAllocated', 'heapPeak', 'outputBytes', 'osCalls'] as const) expect([i, k, r.stats[k]]).toEqual([i, k, solo.stats[k]]);
      expect(r.stats.heapPeak).toBeLessThanOrEqual(8 * 2 ** 20);
    });
    interpreters.forEach((py, i) => expect(py.globals.get('name')).toBe(`i${String(i).padStart(3, '0')}`));
  });

  it('interpreters interleave: limits, errors and state stay with their own interpreter', async () => {
    const slowPy = new Interpreter({ modules: { app: { slow: async () => (await new Promise((r) => setTimeout(r, 50)), 'slow') } } });
    const limited = new Interpreter({ limits: { instructions: 10_000 } });
    const other = new Interpreter();
    const a = slowPy.runAsync('from app import slow\nsecret = "A"\nv = slow()\nprint(v, secret)');
    const b = limited.runAsync('while True:\n    pass');
    const c = other.runAsync('secret = "C"\nimport sys\nprint("app" in sys.modules, "secret" in dir())');
    const [ra, rb, rc] = await Promise.allSettled([a, b, c]);
    expect(ra).toMatchObject({ status: 'fulfilled', value: { stdout: 'slow A\n' } });
    expect(rb.status).toBe('rejected');
    expect(limitError((rb as PromiseRejectedResult).reason).limit).toBe('instructions');
    expect(rc).toMatchObject({ status: 'fulfilled', value: { stdout: 'False True\n' } });
    expect(slowPy.globals.get('secret')).toBe('A');
    expect(other.globals.get('secret')).toBe('C');
    // The other interpreters are not finished by the limit of one.
    expect(slowPy.run('print(1)').stdout).toBe('1\n');
    expect(other.run('print(2)').stdout).toBe('2\n');
  });

  it('each interpreter has its own OS', () => {
    const a = new Interpreter({ os: new MemoryOS({ files: { '/f.txt': 'A' } }) });
    const b = new Interpreter({ os: new MemoryOS({ files: { '/f.txt': 'B' } }) });
    a.run('with open("/f.txt", "w") as f:\n    f.write("changed")\nwith open("/new.txt", "w") as f:\n    f.write("x")');
    expect(b.run('import os\nprint(open("/f.txt").read(), os.path.exists("/new.txt"))').stdout).toBe('B False\n');
    expect(a.run('print(open("/f.txt").read())').stdout).toBe('changed\n');
  });
});

describe('host modules look like Python modules', () => {
  it('a host module has the attributes of a types.ModuleType module (as CPython: None)', () => {
    const py = new Interpreter({ modules: { app: { f: () => 1 } } });
    const r = py.run('import app, types\nm = types.ModuleType("m")\nprint([getattr(app, k, "missing") for k in ("__doc__", "__loader__", "__package__", "__spec__")] == [getattr(m, k) for k in ("__doc__", "__loader__", "__package__", "__spec__")])');
    expect(r.stdout).toBe('True\n');
  });
});

describe('between runs', () => {
  it('a file the guest left open is flushed at the end of each run, and stays open', async () => {
    const os = new MemoryOS();
    const py = new Interpreter({ os });
    const text = () => new TextDecoder().decode(os.readFile('/out.txt') ?? new Uint8Array());
    py.run("f = open('/out.txt', 'w')\nf.write('hello')");
    expect(text()).toBe('hello');
    py.run("f.write(' world')");
    expect(text()).toBe('hello world');
    await py.runAsync("f.write('!')");
    expect(text()).toBe('hello world!');
    expect(py.run('print(f.closed)').stdout).toBe('False\n');
  });

  it('call() finds builtins by name when __main__ does not define the name', () => {
    const py = new Interpreter();
    expect(py.call('len', [1, 2, 3])).toBe(3);
    py.run('len = lambda x: -1');
    expect(py.call('len', [1, 2, 3])).toBe(-1);
    expect(() => py.call('no_such_function')).toThrow(PythonError);
  });
});
