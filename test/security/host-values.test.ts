// Escape attempts from Python against what the embedder passes in: host functions, host modules,
// converted values and the host_call awaitables of async host functions. Nothing of the host may
// be reached: no JavaScript object, no `process`, no Function constructor, no prototype pollution
// (Object.prototype, Function.prototype, Array.prototype and globalThis are compared before and
// after every test). Where a host function should look exactly like a CPython builtin function,
// the expected outcome is what python3 gives for `len` (same exception type and message).

import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { caught } from '../support/caught.js';
import { pythonJson } from '../support/python.js';
import { hostState } from '../support/host-state.js';

type Api = typeof import('../../src/index.js');
const api = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;
const { Interpreter, PyHandle, PythonError } = api;
type InterpreterT = InstanceType<Api['Interpreter']>;
type PyHandleT = InstanceType<Api['PyHandle']>;

// ------------------------------------------------------------------------------------------------
// The host's state (test/support/host-state.ts), which no test may change

let before = '';
beforeEach(() => {
  before = hostState();
});
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(hostState()).toBe(before);
});

// ------------------------------------------------------------------------------------------------
// Probing

type Outcome = ['value', string, string] | ['raise', string, string];

const PROBE = `
def __probe(src):
    try:
        v = eval(src)
    except BaseException as e:
        return ['raise', type(e).__name__, str(e)]
    try:
        return ['value', type(v).__name__, repr(v)]
    except BaseException as e:
        return ['value', type(v).__name__, '<repr failed: ' + type(e).__name__ + '>']
`;

/** JS_MARKERS: text that would show a JavaScript object or the host's files in a Python string. */
const JS_MARKERS = /=>|\[native code\]|\[object |function \(|\bprocess\b|node:|\/work\/|file:\/\/|globalThis|Symbol\(|undefined/;

function noHost(o: Outcome): void {
  expect(o[1]).not.toBe('SystemError');
  expect(o[2]).not.toMatch(JS_MARKERS);
}

const calls: { name: string; self: unknown; args: unknown[] }[] = [];

function hostModules(): Record<string, Record<string, unknown>> {
  return {
    app: {
      double: function double(this: unknown, x: number) {
        calls.push({ name: 'double', self: this, args: [x] });
        return x * 2;
      },
      later: async (x: number) => x,
      boom: () => {
        throw new Error('kaput');
      },
      VERSION: '1.0',
      config: { nested: { a: 1 }, list: [1, 2] },
    },
  };
}

function interpreter(): InterpreterT {
  const py = new Interpreter({ limits: { instructions: 20_000_000 }, modules: hostModules() });
  py.run(PROBE + 'import app\nfrom app import double as f\n');
  return py;
}

function probe(py: InterpreterT, expr: string): Outcome {
  const o = py.call('__probe', expr) as Outcome;
  noHost(o);
  return o;
}

// What python3 says for the same expressions with f = len.
const MIRRORED = [
  'f.__class__',
  'f.__globals__',
  'f.__closure__',
  'f.__code__',
  'f.__dict__',
  'f.__defaults__',
  'f.__kwdefaults__',
  'f.__func__',
  'f.__wrapped__',
  'f.__call__.__self__ is f',
  'vars(f)',
  'f.__class__.__mro__',
  'f.__class__.__bases__',
  'sorted(dir(f))',
  'type(f)()',
  'type(f).__name__',
  'f == f and hash(f) == hash(f)',
  'object.__getattribute__(f, "__globals__")',
  '"{0.__class__.__init__.__globals__}".format(f)',
  '"{0.__globals__}".format(f)',
  '"{0.__dict__}".format(f)',
  '"{0.constructor}".format(f)',
  '"{0.__class__.__dict__[__call__]}".format(f)[:40]',
  'f.__getstate__()',
  'f.__init_subclass__()',
  'import_copy.copy(f) is f and import_copy.deepcopy([f])[0] is f',
];

const JS_NAMES = [
  'constructor',
  '__proto__',
  'prototype',
  'then',
  'valueOf',
  'toString',
  'toLocaleString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__lookupGetter__',
  'call',
  'apply',
  'bind',
  'caller',
  'arguments',
  'length',
  'name',
];

const GETATTRS = JS_NAMES.map((n) => `getattr(f, ${JSON.stringify(n)})`);

const oracle = pythonJson<Record<string, Outcome>>(
  `
import json, sys, copy as import_copy
f = len
out = {}
for src in json.load(sys.stdin):
    try:
        v = eval(src)
    except BaseException as e:
        out[src] = ['raise', type(e).__name__, str(e)]
    else:
        out[src] = ['value', type(v).__name__, repr(v)]
print(json.dumps(out))
`,
  [...MIRRORED, ...GETATTRS],
);

// ------------------------------------------------------------------------------------------------

describe('a host function looks like a CPython builtin function, and holds nothing of the host', () => {
  const py = interpreter();
  py.run('import copy as import_copy');

  for (const expr of [...MIRRORED, ...GETATTRS]) {
    it(`${expr}: as python3 with len`, () => {
      expect(probe(py, expr)).toEqual(oracle[expr]);
    });
  }

  it('object.__new__(type(f)) is refused with a TypeError (as python3, whose message differs)', () => {
    expect(probe(py, 'object.__new__(type(f))')[1]).toBe('TypeError');
  });

  it('f.__self__ is None or a module, f.__module__ a str, f.__doc__ and __text_signature__ None (no JS source)', () => {
    expect(py.run('import types\nprint(f.__self__ is None or type(f.__self__) is types.ModuleType, type(f.__module__).__name__, f.__doc__, f.__text_signature__)').stdout).toBe(
      'True str None None\n',
    );
    noHost(probe(py, 'f.__self__'));
    noHost(probe(py, 'repr(f) + str(f) + f.__qualname__'));
  });

  it('type(f).__subclasses__() holds only Python types, none of them constructible into a host function', () => {
    const r = py.run(`
subs = type(f).__subclasses__()
print(all(isinstance(c, type) for c in subs))
for c in subs:
    try:
        c()
    except TypeError:
        pass
`);
    expect(r.stdout).toBe('True\n');
  });

  it('f.__reduce_ex__(2) gives nothing that rebuilds a host function', () => {
    const r = py.run(`
r = f.__reduce_ex__(2)
if isinstance(r, str):
    print('by name')
else:
    try:
        r[0](*r[1])
        print('rebuilt!')
    except TypeError:
        print('refused')
`);
    expect(['by name\n', 'refused\n']).toContain(r.stdout);
  });

  it('a host function is called with no `this` and with Python values only', () => {
    calls.length = 0;
    py.run('f(3)\ntype(f).__call__(f, 4)\nf.__call__(5)\nlist(map(f, [6]))');
    expect(calls.map((c) => c.args[0])).toEqual([3, 4, 5, 6]);
    for (const c of calls) expect(c.self).toBeUndefined();
  });

  it('the type of host functions cannot be changed (it is shared by every interpreter)', () => {
    const r = py.run(`
for attempt in ['type(f).__call__ = lambda *a: 1', 'type(f).x = 1', 'f.x = 1', 'f.__name__ = "y"', 'f.__class__ = object']:
    try:
        exec(attempt)
        print('allowed', attempt)
    except (TypeError, AttributeError):
        pass
print(f(2))
`);
    expect(r.stdout).toBe('4\n');
    expect(interpreter().run('print(f(5), hasattr(type(f), "x"))').stdout).toBe('10 False\n');
  });
});

/** WALK_CLASSES: Python that gathers every class reachable from object.__subclasses__() in `classes`. */
const WALK_CLASSES = `seen = set()
todo = [object]
classes = []
while todo:
    c = todo.pop()
    if c in seen:
        continue
    seen.add(c)
    classes.append(c)
    todo.extend(type.__subclasses__(c))
`;

describe('walking object.__subclasses__()', () => {
  it('finds no type that is not Python\'s, and no attribute named as JavaScript\'s on any of them', () => {
    const py = interpreter();
    const r = py.run(`
${WALK_CLASSES}js = ${JSON.stringify(JS_NAMES.filter((n) => n !== 'name' && n !== 'length' && n !== 'call'))}
found = [(c.__name__, n) for c in classes for n in js if hasattr(c, n)]
print(len(classes) > 20, found)
print(sorted(c.__name__ for c in classes if 'host' in c.__name__.lower()))
`);
    expect(r.stdout).toBe("True []\n['host_call']\n");
  });

  it('the methods of host_call, builtin_function_or_method and module refuse a self of another type', () => {
    const py = interpreter();
    const r = py.run(`
async def g():
    return app.later(1)
try:
    g().send(None)
except StopIteration as e:
    hc = e.value
print(type(hc).__name__)
class Junk:
    pass
bad = []
for c in [type(hc), type(f), type(app)]:
    for name, attr in list(vars(c).items()):
        if type(attr).__name__ not in ('method_descriptor', 'wrapper_descriptor'):
            continue
        for junk in [Junk(), 1, 'str', None]:
            if isinstance(junk, c):
                continue
            try:
                attr(junk)
            except TypeError:
                continue
            except BaseException as e:
                bad.append(f'{c.__name__}.{name}({type(junk).__name__}): {type(e).__name__}')
                continue
            bad.append(f'{c.__name__}.{name}({type(junk).__name__}): returned')
print(bad)
`);
    expect(r.stdout).toBe('host_call\n[]\n');
  });

  it('every method descriptor of every class refuses a self of another type (no internal error)', () => {
    // CPython: "descriptor 'send' for 'generator' objects doesn't apply to a 'Junk' object".
    const py = interpreter();
    const r = py.run(`
${WALK_CLASSES}class Junk:
    pass
internal = []
for c in classes:
    if c is object or c is Junk:
        continue
    for name, attr in list(vars(c).items()):
        if type(attr).__name__ not in ('method_descriptor', 'wrapper_descriptor'):
            continue
        junk = Junk()
        try:
            attr(junk)
        except SystemError:
            internal.append(f'{c.__name__}.{name}')
        except BaseException:
            pass
print(len(internal), internal)
`);
    expect(r.stdout).toBe('0 []\n');
  });
});

describe('host_call: the awaitable of an async host function', () => {
  const py = interpreter();
  py.run('async def g():\n    return app.later(1)\ntry:\n    g().send(None)\nexcept StopIteration as e:\n    hc = e.value\nHC = type(hc)');

  for (const attr of ['promise', 'convert', 'toError', 'state', 'value', 'error', 'name', '__dict__', 'then', 'constructor']) {
    it(`hc.${attr} is not there`, () => {
      expect(probe(py, `hc.${attr}`)[1]).toBe('AttributeError');
    });
  }

  it('cannot be made from Python', () => {
    expect(probe(py, 'HC()')[1]).toBe('TypeError');
    expect(probe(py, 'object.__new__(HC)')[1]).toBe('TypeError');
    expect(probe(py, 'HC._wait(1)')[1]).toBe('RuntimeError');
  });

  it('its methods called with another object raise TypeError', () => {
    for (const expr of ['HC.__next__(1)', 'HC.send(1, None)', 'HC.__repr__(1)', 'HC.__await__(1)', 'HC.throw(1, ValueError())', 'HC.__next__(f)', 'HC.send(app, None)']) {
      expect([expr, probe(py, expr)[1]]).toEqual([expr, 'TypeError']);
    }
  });
});

describe('host modules', () => {
  it('app.__dict__, dir(app), __loader__, __spec__, __file__: Python values only', () => {
    const py = interpreter();
    const d = probe(py, 'app.__dict__');
    expect(d[1]).toBe('dict');
    expect(py.run('print(sorted(k for k in vars(app) if not k.startswith("__")))\nprint(sorted({type(v).__name__ for k, v in vars(app).items() if not k.startswith("__")}))').stdout).toBe(
      "['VERSION', 'boom', 'config', 'double', 'later']\n['builtin_function_or_method', 'dict', 'str']\n",
    );
    for (const a of ['__loader__', '__spec__', '__file__', '__path__', '__builtins__']) {
      const o = probe(py, `app.${a}`);
      expect(o[0] === 'raise' ? o[1] : o[2]).toMatch(/^(AttributeError|None)$/);
    }
    expect(probe(py, 'type(app).__name__')[2]).toBe("'module'");
  });

  it('changing the module in Python writes nothing to the embedder\'s objects, nor to other interpreters', () => {
    const modules = hostModules();
    const a = new Interpreter({ modules });
    const b = new Interpreter({ modules });
    a.run(`
import app, sys
app.VERSION = 'hacked'
app.config['nested']['a'] = 99
app.config['list'].append(3)
app.double = lambda x: 'hacked'
app.injected = 1
sys.modules['app'].__dict__['boom'] = None
`);
    expect(modules.app!.VERSION).toBe('1.0');
    expect(modules.app!.config).toEqual({ nested: { a: 1 }, list: [1, 2] });
    expect('injected' in modules.app!).toBe(false);
    expect(b.run('import app\nprint(app.VERSION, app.config, app.double(2), hasattr(app, "injected"), app.boom is not None)').stdout).toBe(
      "1.0 {'nested': {'a': 1}, 'list': [1, 2]} 4 False True\n",
    );
    a.run('import sys\ndel sys.modules["app"]\nsys.modules["app"] = type(sys)("app")');
    expect(b.run('import sys\nprint(sys.modules["app"].VERSION)').stdout).toBe('1.0\n');
    const c = new Interpreter({ modules });
    expect(c.run('import app\nprint(app.VERSION, app.double(3))').stdout).toBe('1.0 6\n');
  });

  it('no name of the host (process, require, globalThis, Function, Buffer, ...) is reachable from builtins, sys.modules, app or f', () => {
    const py = interpreter();
    const r = py.run(`
import builtins, sys
host = ['process', 'require', 'globalThis', 'global', 'Function', 'Buffer', 'window', 'self', 'Deno', 'Bun', 'module', 'exports', 'import_meta', 'js']
places = {'builtins': dir(builtins), 'sys.modules': list(sys.modules), 'app': dir(app), 'f': dir(f), 'type(f)': dir(type(f)), 'sys': dir(sys)}
print({k: [n for n in host if n in v] for k, v in places.items()})
`);
    expect(r.stdout).toBe("{'builtins': [], 'sys.modules': [], 'app': [], 'f': [], 'type(f)': [], 'sys': []}\n");
  });

  it('modules that reach the host do not exist', () => {
    const py = interpreter();
    for (const m of ['js', 'pyodide', 'ctypes', 'subprocess', 'socket', 'process', 'node', '_terrarium', 'importlib._bootstrap_external']) {
      // (Not through probe(): the message names the module, 'process' among them.)
      const o = py.call('__probe', `__import__(${JSON.stringify(m)})`) as Outcome;
      expect([m, o[0], o[1]]).toEqual([m, 'raise', 'ModuleNotFoundError']);
    }
  });
});

describe('__builtins__ tampering', () => {
  it('fake exception classes and builtins do not change what a host error raises, nor other interpreters', () => {
    const py = interpreter();
    const other = interpreter();
    const r = py.run(`
import builtins
Real = RuntimeError
RealValue = ValueError
class Fake(Exception):
    pass
builtins.RuntimeError = Fake
builtins.ValueError = Fake
builtins.getattr = None
builtins.isinstance = None
builtins.__import__ = None
globals()['__builtins__'] = {'RuntimeError': Fake}
try:
    app.boom()
except Real as e:
    print('real RuntimeError', e)
except Fake:
    print('fake')
print(f(21))
`);
    expect(r.stdout).toBe('real RuntimeError kaput\n42\n');
    expect(other.run('print(RuntimeError.__name__, getattr(f, "__name__"), isinstance(1, int))').stdout).toBe('RuntimeError double True\n');
  });
});

describe('Python objects handed to the host', () => {
  it('an object with __getattr__/__getattribute__ arrives as an opaque PyHandle; no guest code runs in the conversion', () => {
    const got: unknown[] = [];
    const py = new Interpreter({
      modules: {
        app: {
          take: (...xs: unknown[]) => {
            got.push(...xs);
            return xs.length;
          },
        },
      },
    });
    const r = py.run(`
from app import take
class Sneaky:
    def __getattr__(self, n):
        print('getattr', n)
        return 1
    def __getattribute__(self, n):
        print('getattribute', n)
        return object.__getattribute__(self, n)
class L(list):
    def __iter__(self):
        print('iter')
        return iter([])
    def __len__(self):
        print('len')
        return 0
class D(dict):
    def keys(self):
        print('keys')
        return []
    def __getitem__(self, k):
        print('getitem')
        return None
take(Sneaky(), L([1, 2]), D(a=1), then=Sneaky())
`);
    expect(r.stdout).toBe('');
    expect(got[0]).toBeInstanceOf(PyHandle);
    const h = got[0] as PyHandleT;
    expect(h.type).toBe('Sneaky');
    expect(Object.keys(h)).toEqual([]);
    expect(JSON.stringify(h)).toBe('{}');
    expect('then' in h).toBe(false);
    expect(got[1]).toEqual([1, 2]);
    expect(got[2]).toEqual({ a: 1 });
    const kw = got[3] as Record<string, unknown>;
    expect(Object.keys(kw)).toEqual(['then']);
    expect(kw.then).toBeInstanceOf(PyHandle);
  });

  it('keyword names "__proto__" and "constructor" are own properties of the keywords object', () => {
    let kw: Record<string, unknown> = {};
    const py = new Interpreter({ modules: { app: { k: (o: Record<string, unknown>) => ((kw = o), 0) } } });
    py.run('import app\napp.k(**{"__proto__": {"polluted": 1}, "constructor": 2})');
    expect(Object.getPrototypeOf(kw)).toBe(Object.prototype);
    expect(Object.hasOwn(kw, '__proto__')).toBe(true);
    expect(Object.hasOwn(kw, 'constructor')).toBe(true);
  });

  it('a Python object with a then method given back to JS is not a thenable', async () => {
    const py = new Interpreter();
    py.run('class T:\n    def then(self, *a):\n        print("then called")\n        return 1\ndef make():\n    return T()\ndef d():\n    return {"then": T().then}');
    const v = await py.callAsync('make');
    expect(v).toBeInstanceOf(PyHandle);
    const d = (await py.callAsync('d')) as Record<string, unknown>;
    expect(d.then).toBeInstanceOf(PyHandle);
    expect(typeof d.then).toBe('object');
  });
});

describe('values the host returns', () => {
  it('getters are read once into a copy; toJSON is just a key; then (not a function) is just a key', () => {
    let reads = 0;
    let toJsonThis: unknown = 'unset';
    const py = new Interpreter({
      modules: {
        app: {
          getter: () => ({
            get g() {
              reads++;
              return 'got';
            },
          }),
          tojson: () => ({
            a: 1,
            toJSON(this: unknown) {
              toJsonThis = this;
              return 'json';
            },
          }),
          thenish: () => ({ then: 5, catch: 'c' }),
        },
      },
    });
    const r = py.run(`
import app
d = app.getter()
print(d, d['g'], d['g'])
j = app.tojson()
print(sorted(j), j['toJSON']())
t = app.thenish()
print(t, type(t).__name__)
try:
    t.then
except AttributeError as e:
    print('AttributeError')
import asyncio
async def aw():
    return await t
try:
    asyncio.run(aw())
except TypeError:
    print('not awaitable')
`);
    expect(r.stdout).toBe("{'g': 'got'} got got\n['a', 'toJSON'] json\n{'then': 5, 'catch': 'c'} dict\nAttributeError\nnot awaitable\n");
    expect(reads).toBe(1);
    expect(toJsonThis).toBeUndefined();
  });

  it('a returned JS function becomes a host function: only callable', () => {
    let self: unknown = 'unset';
    const py = interpreter();
    const py2 = new Interpreter({
      modules: {
        app: {
          make: () =>
            function secret(this: unknown, x: number) {
              self = this;
              return x + 100;
            },
        },
      },
    });
    py2.run(PROBE + 'import app\ng = app.make()');
    expect(py2.run('print(g(1), type(g).__name__, g.__name__, g.__doc__)').stdout).toBe('101 builtin_function_or_method secret None\n');
    expect(self).toBeUndefined();
    for (const a of ['__globals__', '__code__', '__closure__', '__dict__', 'constructor', 'prototype', 'toString', 'call', 'bind']) {
      expect([a, probe(py2, `g.${a}`)[1]]).toEqual([a, 'AttributeError']);
    }
    noHost(probe(py2, 'repr(g)'));
    noHost(probe(py, 'repr(f)'));
  });

  it('a returned Proxy is read through its traps once, into a copy', () => {
    let traps = 0;
    const target = { a: 1, b: [2] };
    const proxy = new Proxy(target, {
      get(t, k, r) {
        traps++;
        return k === 'a' ? 99 : Reflect.get(t, k, r);
      },
    });
    const py = new Interpreter({ modules: { app: { p: () => proxy } } });
    const r = py.run('import app\nd = app.p()\nprint(d, type(d).__name__)\nd["a"] = 5');
    expect(r.stdout).toBe("{'a': 99, 'b': [2]} dict\n");
    const n = traps;
    py.run('print(d["a"], d["b"])');
    expect(traps).toBe(n);
    expect(target.a).toBe(1);
  });

  it('a value whose conversion throws is a Python exception the script can catch (RuntimeError with the message)', () => {
    const py = new Interpreter({
      modules: {
        app: {
          getter: () => ({
            get g(): unknown {
              throw new Error('getter threw');
            },
          }),
          trap: () =>
            new Proxy(
              {},
              {
                ownKeys() {
                  throw new Error('trap threw');
                },
              },
            ),
          proto: () =>
            new Proxy(
              {},
              {
                getPrototypeOf() {
                  throw new Error('proto threw');
                },
              },
            ),
        },
      },
    });
    const r = py.run(`
import app
for name in ['getter', 'trap', 'proto']:
    try:
        getattr(app, name)()
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
    except Exception as e:
        print(name, type(e).__name__, e)
`);
    expect(r.stdout).toBe('getter RuntimeError getter threw\ntrap RuntimeError trap threw\nproto RuntimeError proto threw\n');
  });

  it('an async host function whose value cannot be converted raises in Python, not in the embedder', async () => {
    const py = new Interpreter({
      modules: {
        app: {
          getter: async () => ({
            get g(): unknown {
              throw new Error('getter threw');
            },
          }),
          date: async () => new Date(0),
        },
      },
    });
    const r = await py.runAsync(`
import app
for name in ['date', 'getter']:
    try:
        getattr(app, name)()
    except Exception as e:
        print(name, type(e).__name__, e)
`);
    expect(r.stdout).toBe('date TypeError cannot convert a JavaScript Date to a Python value\ngetter RuntimeError getter threw\n');
  });
});

describe('host errors', () => {
  it('carry the message only: no JS stack, no host paths, no JS object', () => {
    const py = interpreter();
    const r = py.run(`
try:
    app.boom()
except RuntimeError as e:
    err = e
tb = err.__traceback__
frames = []
while tb is not None:
    frames.append(tb.tb_frame.f_code.co_filename)
    tb = tb.tb_next
print(err.args, repr(err), err.__cause__, err.__context__, vars(err), frames)
`, { filename: 'probe.py' });
    expect(r.stdout).toBe("('kaput',) RuntimeError('kaput') None None {} ['probe.py']\n");
    expect(r.stdout).not.toMatch(JS_MARKERS);
    expect(r.stdout).not.toMatch(/\bat \w+ \(/);
  });

  it('type names that are not exception types ("constructor", "__proto__", "toString", "Object") are RuntimeError', () => {
    for (const type of ['constructor', '__proto__', 'toString', 'Object', 'hasOwnProperty', 'valueOf', 'Error', 'Function']) {
      const py = new Interpreter({
        modules: {
          app: {
            t: () => {
              throw { type, message: 'm' };
            },
          },
        },
      });
      expect([type, py.run('import app\ntry:\n    app.t()\nexcept Exception as e:\n    print(type(e).__name__, e)').stdout]).toEqual([type, 'RuntimeError m\n']);
    }
  });

  it('a thrown value whose properties throw is still a RuntimeError', () => {
    const evil = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    const py = new Interpreter({
      modules: {
        app: {
          t: () => {
            throw evil;
          },
        },
      },
    });
    const out = py.run('import app\ntry:\n    app.t()\nexcept RuntimeError as e:\n    print("RuntimeError")').stdout;
    expect(out).toBe('RuntimeError\n');
  });
});

describe('isolation between interpreters', () => {
  it('builtins, sys.modules and host modules of one interpreter are not another\'s', () => {
    const a = interpreter();
    const b = interpreter();
    a.run('import builtins, sys\nbuiltins.len = lambda x: -1\nbuiltins.print = None\nsys.modules["app"].double = None\nsys.path.append("/evil")\nimport app\napp.VERSION = "A"');
    expect(b.run('import sys, app\nprint(len([1]), app.double(1), "/evil" in sys.path, app.VERSION)').stdout).toBe('1 2 False 1.0\n');
  });

  it('a host function of one interpreter is not the object another interpreter sees, nor can be passed to it', () => {
    const shared = (x: number) => x;
    const a = new Interpreter({ modules: { m: { shared } } });
    const b = new Interpreter({ modules: { m: { shared } } });
    a.run('import m\nh = m.shared');
    const h = a.globals.get('h') as PyHandleT;
    expect(h).toBeInstanceOf(PyHandle);
    expect(h.type).toBe('builtin_function_or_method');
    expect(h.call(5)).toBe(5);
    expect(caught(() => b.globals.set('h', h))).toBeInstanceOf(PythonError);
  });
});

