// Values across the boundary (src/api/convert.ts): every kind both ways, edge numbers, shared and
// cyclic structures, 100,000 levels of nesting both ways without touching the JS stack, huge
// inputs stopped by the heap limit (never a host crash), non-str keys as Maps, "__proto__" as a
// plain key, unconvertible JS values refused with a Python TypeError, handles of other
// interpreters refused, and a fast-check round-trip property over JSON-like values (seeded like
// the parser's property tests: TERRARIUM_FC_SEED=<seed> explores other values).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { propertySeed } from '../parser/support/seed.js';

type Api = typeof import('../../src/index.js');
const api = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;
const { Interpreter, PyHandle, PythonError, LimitExceededError } = api;
type InterpreterT = InstanceType<Api['Interpreter']>;
type PyHandleT = InstanceType<Api['PyHandle']>;

const SEED = propertySeed(0x7e57c0);


function pyType(e: unknown): string {
  expect(e).toBeInstanceOf(PythonError);
  return (e as InstanceType<Api['PythonError']>).type;
}

function limitOf(e: unknown): string {
  expect(e).toBeInstanceOf(LimitExceededError);
  return (e as InstanceType<Api['LimitExceededError']>).limit;
}

/** roundTrip: a JS value into Python (globals.set) and back (globals.get). */
function roundTrip(py: InterpreterT, v: unknown): unknown {
  py.globals.set('v', v);
  return py.globals.get('v');
}

/** pyView: Python's type name and repr of a JS value. */
function pyView(py: InterpreterT, v: unknown): string {
  py.globals.set('v', v);
  return py.run('print(type(v).__name__, repr(v))').stdout.trimEnd();
}

/** fromPy: the JS value of a Python expression. */
function fromPy(py: InterpreterT, expr: string): unknown {
  py.run(`r = ${expr}`);
  return py.globals.get('r');
}

describe('JavaScript to Python', () => {
  const py = new Interpreter();
  const cases: [string, unknown, string][] = [
    ['null', null, 'NoneType None'],
    ['undefined', undefined, 'NoneType None'],
    ['true', true, 'bool True'],
    ['false', false, 'bool False'],
    ['0', 0, 'int 0'],
    ['-0', -0, 'float -0.0'],
    ['integer', -42, 'int -42'],
    ['2**53 - 1', 2 ** 53 - 1, 'int 9007199254740991'],
    ['2**53', 2 ** 53, 'int 9007199254740992'],
    ['-(2**53)', -(2 ** 53), 'int -9007199254740992'],
    ['2**64 as a number', 2 ** 64, 'int 18446744073709551616'],
    ['1.5', 1.5, 'float 1.5'],
    ['NaN', NaN, 'float nan'],
    ['Infinity', Infinity, 'float inf'],
    ['-Infinity', -Infinity, 'float -inf'],
    ['MIN_VALUE', Number.MIN_VALUE, 'float 5e-324'],
    ['bigint small', 5n, 'int 5'],
    ['bigint big', 10n ** 30n, 'int 1000000000000000000000000000000'],
    ['bigint negative', -(2n ** 100n), 'int -1267650600228229401496703205376'],
    ['empty string', '', "str ''"],
    ['unicode string', 'héllo 😀', "str 'héllo 😀'"],
    ['Uint8Array', new Uint8Array([0, 1, 255]), "bytes b'\\x00\\x01\\xff'"],
    ['array', [1, 'a', null, [true]], "list [1, 'a', None, [True]]"],
    ['plain object', { a: 1, b: { c: [2] } }, "dict {'a': 1, 'b': {'c': [2]}}"],
    ['null-prototype object', Object.assign(Object.create(null) as object, { x: 1 }), "dict {'x': 1}"],
    ['Map', new Map<unknown, unknown>([[1, 'one'], ['k', 2n], [2.5, null]]), "dict {1: 'one', 'k': 2, 2.5: None}"],
    ['Set', new Set([1, 'a']), "set {1, 'a'}"],
    ['empty containers', [[], {}, new Map(), new Set()], 'list [[], {}, {}, set()]'],
  ];
  for (const [name, value, expected] of cases) {
    it(`${name} -> ${expected}`, () => expect(pyView(py, value)).toBe(expected));
  }

  it('strings keep every UTF-16 unit (astral characters are one Python character; lone surrogates survive)', () => {
    py.globals.set('s', 'a\ud800b😀');
    expect(py.run('print(len(s), ascii(s))').stdout).toBe("4 'a\\ud800b\\U0001f600'\n");
    expect(py.globals.get('s')).toBe('a\ud800b😀');
  });

  it('Uint8Array is copied: later changes on either side do not show on the other', () => {
    const u = new Uint8Array([1, 2, 3]);
    py.globals.set('b', u);
    u[0] = 99;
    expect(py.run('print(b[0])').stdout).toBe('1\n');
    const back = py.globals.get('b') as Uint8Array;
    back[1] = 77;
    expect(py.run('print(b[1])').stdout).toBe('2\n');
  });

  it('plain objects are copied (own enumerable string keys; getters read once)', () => {
    let reads = 0;
    const o = {
      get g() {
        reads++;
        return reads;
      },
      [Symbol('hidden')]: 1,
      plain: 'p',
    };
    Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
    py.globals.set('o', o);
    expect(py.run('print(o, o, o["g"])').stdout).toBe("{'g': 1, 'plain': 'p'} {'g': 1, 'plain': 'p'} 1\n");
    expect(reads).toBe(1);
    py.run('o["plain"] = "changed"');
    expect(o.plain).toBe('p');
  });

  it('array holes and extra properties: holes are None, only indices count', () => {
    const a: unknown[] = [1, , 3]; // eslint-disable-line no-sparse-arrays
    (a as unknown as { extra: number }).extra = 9;
    expect(pyView(py, a)).toBe('list [1, None, 3]');
  });
});

describe('Python to JavaScript', () => {
  const py = new Interpreter();
  it('None, bools, ints (number when safe, bigint beyond), floats', () => {
    expect(fromPy(py, 'None')).toBe(null);
    expect(fromPy(py, 'True')).toBe(true);
    expect(fromPy(py, 'False')).toBe(false);
    expect(fromPy(py, '0')).toBe(0);
    expect(fromPy(py, '2**53 - 1')).toBe(2 ** 53 - 1);
    expect(fromPy(py, '-(2**53 - 1)')).toBe(-(2 ** 53 - 1));
    expect(fromPy(py, '2**53')).toBe(2n ** 53n);
    expect(fromPy(py, '-2**53')).toBe(-(2n ** 53n));
    expect(fromPy(py, '10**30')).toBe(10n ** 30n);
    expect(fromPy(py, '-2**200')).toBe(-(2n ** 200n));
    expect(Object.is(fromPy(py, '-0.0'), -0)).toBe(true);
    expect(fromPy(py, 'float("nan")')).toBeNaN();
    expect(fromPy(py, 'float("inf")')).toBe(Infinity);
    expect(fromPy(py, 'float("-inf")')).toBe(-Infinity);
    expect(fromPy(py, '1e308 * 10')).toBe(Infinity);
    expect(fromPy(py, '0.1 + 0.2')).toBe(0.1 + 0.2);
    expect(fromPy(py, '5e-324')).toBe(Number.MIN_VALUE);
    expect(fromPy(py, 'True + 0')).toBe(1);
  });

  it('str, bytes, bytearray (copies), list and tuple, dict, set and frozenset', () => {
    expect(fromPy(py, '"é\\U0001f600\\udc80"')).toBe('é😀\udc80');
    expect(fromPy(py, 'b"\\x00ab"')).toEqual(new Uint8Array([0, 97, 98]));
    expect(fromPy(py, 'bytearray(b"cd")')).toEqual(new Uint8Array([99, 100]));
    expect(fromPy(py, '(1, [2, (3,)])')).toEqual([1, [2, [3]]]);
    const d = fromPy(py, '{"a": 1, "b": [None]}');
    expect(d).toEqual({ a: 1, b: [null] });
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    expect(fromPy(py, '{1, 2}')).toEqual(new Set([1, 2]));
    expect(fromPy(py, 'frozenset(["x"])')).toEqual(new Set(['x']));
    expect(fromPy(py, 'set()')).toEqual(new Set());
    expect(fromPy(py, '{}')).toEqual({});
  });

  it('dicts with a non-str key become Maps with converted keys, in order', () => {
    const m = fromPy(py, '{1: "a", "k": 2, (1, 2): 3, None: 4, 2**70: 5, 1.5: 6}') as Map<unknown, unknown>;
    expect(m).toBeInstanceOf(Map);
    expect([...m.values()]).toEqual(['a', 2, 3, 4, 5, 6]);
    const keys = [...m.keys()];
    expect(keys[0]).toBe(1);
    expect(keys[1]).toBe('k');
    expect(keys[2]).toEqual([1, 2]);
    expect(keys[3]).toBe(null);
    expect(keys[4]).toBe(2n ** 70n);
    expect(keys[5]).toBe(1.5);
    // Map -> dict -> Map keeps the keys.
    expect(roundTrip(py, new Map<unknown, unknown>([[1, 'x'], [2.5, 'y'], [null, 'z']]))).toEqual(new Map<unknown, unknown>([[1, 'x'], [2.5, 'y'], [null, 'z']]));
  });

  it('a dict with the key "__proto__" is a plain object with that own property; Object.prototype untouched', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const o = fromPy(py, '{"__proto__": {"polluted": 1}, "constructor": 2, "hasOwnProperty": 3, "toString": 4}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.hasOwn(o, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')!.value).toEqual({ polluted: 1 });
    expect(Object.keys(o)).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
    expect(o.constructor).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    // And the other way: an own "__proto__" property is just a key.
    py.globals.set('j', JSON.parse('{"__proto__": {"x": 1}, "a": 2}'));
    expect(py.run('print(j)').stdout).toBe("{'__proto__': {'x': 1}, 'a': 2}\n");
    expect(roundTrip(py, JSON.parse('{"__proto__": {"x": 1}}'))).toEqual(JSON.parse('{"__proto__": {"x": 1}}'));
  });

  it('other objects are PyHandles (call, get, repr, toString, type)', () => {
    py.run('import collections\nclass K:\n    def __init__(self): self.v = 5\nobjs = [len, K(), 1+2j, range(3), collections.deque(), lambda: 7, K, ...]');
    const objs = py.globals.get('objs') as PyHandleT[];
    for (const h of objs) expect(h).toBeInstanceOf(PyHandle);
    expect(objs.map((h) => h.type)).toEqual(['builtin_function_or_method', 'K', 'complex', 'range', 'deque', 'function', 'type', 'ellipsis']);
    expect(objs[0]!.call([1, 2])).toBe(2);
    expect(objs[1]!.get('v')).toBe(5);
    expect(objs[2]!.repr()).toBe('(1+2j)');
    expect(objs[3]!.toString()).toBe('range(0, 3)');
    expect(objs[5]!.call()).toBe(7);
    expect((objs[6]!.call() as PyHandleT).type).toBe('K');
    // Handles are opaque to JS: no own state, not thenable, not JSON.
    const h = objs[1]!;
    expect(Object.keys(h)).toEqual([]);
    expect(JSON.stringify(h)).toBe('{}');
    expect('then' in h).toBe(false);
  });
});

describe('shared, cyclic and deep structures', () => {
  it('a Python list containing itself is a JS array containing itself; sharing is kept', () => {
    const py = new Interpreter();
    py.run('L = [1]\nL.append(L)\nD = {"n": 1}\nD["self"] = D\nS = [0]\nT = (S, S, {"s": S})\nM = {1: None}\nM[1] = M');
    const L = py.globals.get('L') as unknown[];
    expect(L[1]).toBe(L);
    const D = py.globals.get('D') as Record<string, unknown>;
    expect(D.self).toBe(D);
    const T = py.globals.get('T') as unknown[];
    expect(T[0]).toBe(T[1]);
    expect((T[2] as Record<string, unknown>).s).toBe(T[0]);
    const M = py.globals.get('M') as Map<unknown, unknown>;
    expect(M.get(1)).toBe(M);
  });

  it('a cyclic JS object is a cyclic dict; a self-containing array a self-containing list', () => {
    const py = new Interpreter();
    const o: Record<string, unknown> = { a: 1 };
    o.me = o;
    o.arr = [o];
    const a: unknown[] = [];
    a.push(a, a);
    const m = new Map<unknown, unknown>();
    m.set('m', m);
    py.globals.set('o', o);
    py.globals.set('a', a);
    py.globals.set('m', m);
    expect(py.run('print(o["me"] is o, o["arr"][0] is o, a[0] is a, a[1] is a, m["m"] is m)\nprint(a)').stdout).toBe('True True True True True\n[[...], [...]]\n');
    // And back again: the same shape.
    const back = py.globals.get('o') as Record<string, unknown>;
    expect(back.me).toBe(back);
  });

  it('100,000 levels of nesting both ways (lists and dicts): no stack overflow', () => {
    const py = new Interpreter();
    const DEPTH = 100_000;
    let v: unknown = [];
    for (let i = 0; i < DEPTH; i++) v = [v];
    py.globals.set('deep', v);
    expect(py.run('d = 0\nx = deep\nwhile x:\n    x = x[0]\n    d += 1\nprint(d)').stdout).toBe(`${DEPTH}\n`);
    let o: Record<string, unknown> = {};
    for (let i = 0; i < DEPTH; i++) o = { k: o };
    py.globals.set('deepd', o);
    expect(py.run('d = 0\nx = deepd\nwhile x:\n    x = x["k"]\n    d += 1\nprint(d)').stdout).toBe(`${DEPTH}\n`);

    py.run(`y = []\nfor i in range(${DEPTH}):\n    y = [y]\nz = {}\nfor i in range(${DEPTH}):\n    z = {"k": z}\nm = None\nfor i in range(${DEPTH}):\n    m = {i: m}`);
    let a = py.globals.get('y') as unknown[];
    let d = 0;
    while (a.length > 0) {
      a = a[0] as unknown[];
      d++;
    }
    expect(d).toBe(DEPTH);
    let z = py.globals.get('z') as Record<string, unknown>;
    d = 0;
    while ('k' in z) {
      z = z.k as Record<string, unknown>;
      d++;
    }
    expect(d).toBe(DEPTH);
    let mm = py.globals.get('m') as Map<number, unknown> | null;
    d = 0;
    while (mm !== null) {
      mm = mm.get(DEPTH - 1 - d) as Map<number, unknown> | null;
      d++;
    }
    expect(d).toBe(DEPTH);
  });

  it('deep structures through a host function (arguments and result)', () => {
    let depthSeen = 0;
    const py = new Interpreter({
      modules: {
        app: {
          echo: (v: unknown) => {
            let x = v as unknown[];
            while (x.length > 0) {
              x = x[0] as unknown[];
              depthSeen++;
            }
            return v;
          },
        },
      },
    });
    const r = py.run('from app import echo\ny = []\nfor i in range(100_000):\n    y = [y]\nw = echo(y)\nd = 0\nwhile w:\n    w = w[0]\n    d += 1\nprint(d)');
    expect(r.stdout).toBe('100000\n');
    expect(depthSeen).toBe(100_000);
  });

  it('shared substructure stays linear (a DAG of 2**60 paths)', () => {
    const py = new Interpreter({ limits: { instructions: 1_000_000 } });
    py.run('x = [1]\nfor i in range(60):\n    x = [x, x]');
    const x = py.globals.get('x') as unknown[];
    expect(x[0]).toBe(x[1]);
    let j: unknown[] = [1];
    for (let i = 0; i < 60; i++) j = [j, j];
    py.globals.set('j', j);
    expect(py.run('print(j[0] is j[1])').stdout).toBe('True\n');
  });
});

describe('huge inputs meet the limits, never crash the host', () => {
  const HEAP = 2 * 2 ** 20;
  const small = (modules?: Record<string, Record<string, unknown>>) => new Interpreter({ limits: { heap: HEAP }, modules });

  /** expectHeapStop: `f` stops with the heap limit, and the interpreter is finished. */
  function expectHeapStop(py: InterpreterT, f: () => unknown): void {
    expect(limitOf(caught(f))).toBe('heap');
    expect(limitOf(caught(() => py.run('print(1)')))).toBe('heap');
  }

  it('a 10,000,000-item array', () => {
    const py = small();
    expectHeapStop(py, () => py.globals.set('big', new Array(10_000_000).fill(1)));
  });

  it('a 50,000,000-character string and a 50 MB Uint8Array', () => {
    const a = small();
    expectHeapStop(a, () => a.globals.set('big', 'x'.repeat(50_000_000)));
    const b = small();
    expectHeapStop(b, () => b.globals.set('big', new Uint8Array(50_000_000)));
  });

  it('200,000 small arrays (many small allocations)', () => {
    const py = small();
    expectHeapStop(py, () => py.globals.set('big', Array.from({ length: 200_000 }, () => [1, 2, 3])));
  });

  it('an object with 200,000 keys', () => {
    const py = small();
    const o: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) o[`k${i}`] = i;
    expectHeapStop(py, () => py.globals.set('big', o));
  });

  it('a host function returning a huge structure', () => {
    const py = small({ app: { big: () => Array.from({ length: 200_000 }, (_, i) => ({ i })) } });
    expectHeapStop(py, () => py.run('from app import big\nx = big()\nprint(len(x))'));
  });

  it('the instruction limit bounds conversions both ways', () => {
    const a = new Interpreter({ limits: { instructions: 100_000 } });
    expect(limitOf(caught(() => a.globals.set('x', new Array(5_000_000).fill(0))))).toBe('instructions');
    // A call's result is converted within the call's budget.
    const b = new Interpreter({ limits: { instructions: 100_000 } });
    b.run('def make():\n    return [0] * 10**6');
    expect(limitOf(caught(() => b.call('make')))).toBe('instructions');
  });
});

describe('unconvertible values are a Python TypeError', () => {
  class Klass {
    x = 1;
  }
  const values: [string, () => unknown][] = [
    ['Date', () => new Date(0)],
    ['class instance', () => new Klass()],
    ['Symbol', () => Symbol('s')],
    ['Promise', () => Promise.resolve(1)],
    ['WeakMap', () => new WeakMap()],
    ['Error', () => new Error('e')],
    ['RegExp', () => /x/],
    ['Int32Array', () => new Int32Array(2)],
    ['ArrayBuffer', () => new ArrayBuffer(4)],
    ['nested Date', () => ({ a: [1, { when: new Date(0) }] })],
    ['Map value Promise', () => new Map([['p', Promise.resolve(1)]])],
  ];
  for (const [name, make] of values) {
    it(`${name}: globals.set throws PythonError TypeError; a host function result raises a catchable TypeError`, () => {
      const py = new Interpreter({ modules: { app: { give: make } } });
      expect(pyType(caught(() => py.globals.set('v', make())))).toBe('TypeError');
      expect(py.globals.has('v')).toBe(false);
      // (A Promise returned by a host function is an async answer, not a value.)
      if (name !== 'Promise') {
        const r = py.run('from app import give\ntry:\n    give()\nexcept TypeError as e:\n    print("TypeError", e)');
        expect(r.stdout).toMatch(/^TypeError cannot convert/);
      }
      py.run('def g(x):\n    return x');
      expect(pyType(caught(() => py.call('g', make())))).toBe('TypeError');
    });
  }

  it('an unconvertible host module member is refused at construction with an Error, not an internal object', () => {
    for (const bad of [new Date(0), Symbol('s'), new Klass()]) {
      const e = caught(() => new Interpreter({ modules: { app: { c: bad } } }));
      // (Booleans: the failure message must not render the interpreter's internal object graph.)
      expect(e instanceof Error, `threw ${Object.prototype.toString.call(e)} ${(e as { constructor?: { name?: string } })?.constructor?.name}`).toBe(true);
      expect((e as Error).message).toMatch(/cannot convert/);
    }
  });

  it('a PyHandle of another interpreter is refused', () => {
    const a = new Interpreter();
    const b = new Interpreter({ modules: { app: { give: () => h } } });
    a.run('def f():\n    return 1\nsecret = [1, 2]');
    const h = a.globals.get('f') as PyHandleT;
    expect(pyType(caught(() => b.globals.set('x', h)))).toBe('TypeError');
    expect(pyType(caught(() => b.globals.set('x', [1, { h }])))).toBe('TypeError');
    expect(caught(() => b.call(h))).toBeInstanceOf(Error);
    b.run('def g(x):\n    return x');
    expect(pyType(caught(() => b.call('g', h)))).toBe('TypeError');
    expect(b.run('from app import give\ntry:\n    give()\nexcept TypeError:\n    print("refused")').stdout).toBe('refused\n');
    // Its own interpreter still takes it.
    a.globals.set('x', h);
    expect(a.run('print(x is f)').stdout).toBe('True\n');
  });
});

// ------------------------------------------------------------------------------------------------
// The round-trip property

/** expected: what a JSON-like value comes back as (integers beyond the safe range as bigints). */
function expected(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(expected);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: expected((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

/** same: deep equality that tells -0 from 0 and compares own keys in order. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (typeof a === 'object' && a !== null) {
    if (typeof b !== 'object' || b === null || Array.isArray(b) || Object.getPrototypeOf(b) !== Object.prototype) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

describe('round-trip property over JSON-like values', () => {
  it('toPy then toJs gives the value back, directly and through a host function', () => {
    let echoed: unknown;
    const py = new Interpreter({
      modules: {
        app: {
          echo: (v: unknown) => {
            echoed = v;
            return v;
          },
        },
      },
    });
    py.run('from app import echo');
    const json = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(json, (v) => {
        const want = expected(v);
        py.globals.set('v', v);
        expect(same(py.globals.get('v'), want)).toBe(true);
        py.run('w = echo(v)\nok = (w == v)');
        expect(same(echoed, want)).toBe(true);
        expect(same(py.globals.get('w'), want)).toBe(true);
        expect(py.globals.get('ok')).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bigints and Maps and Sets of scalars round-trip', () => {
    const py = new Interpreter();
    const scalar = fc.oneof(fc.bigInt({ min: -(2n ** 130n), max: 2n ** 130n }), fc.string(), fc.boolean(), fc.constant(null), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.tuple(scalar, scalar), { maxLength: 8 }), (pairs) => {
        const norm = (x: unknown) => (typeof x === 'bigint' && x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);
        // Python dict keys: 1 == True, so keep one of each equal pair the way Python does.
        const map = new Map<unknown, unknown>(pairs);
        py.globals.set('m', map);
        const back = py.globals.get('m');
        py.run('same = all(type(k) is str for k in m)');
        const allStr = py.globals.get('same') as boolean;
        const wantEntries: [unknown, unknown][] = [];
        const seen = new Map<string, number>();
        for (const [k, v] of map) {
          const nk = norm(k);
          const key = typeof nk === 'boolean' ? String(Number(nk)) : typeof nk === 'number' || typeof nk === 'bigint' ? String(nk) : `${typeof nk}:${String(nk)}`;
          if (seen.has(key)) wantEntries[seen.get(key)!]![1] = norm(v);
          else {
            seen.set(key, wantEntries.length);
            wantEntries.push([nk, norm(v)]);
          }
        }
        if (allStr) expect(back).toEqual(Object.fromEntries(wantEntries));
        else expect(back).toEqual(new Map(wantEntries));
        const set = new Set(pairs.map((p) => p[0]).filter((x) => typeof x !== 'boolean'));
        py.globals.set('s', set);
        expect(py.globals.get('s')).toEqual(new Set([...set].map(norm)));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
