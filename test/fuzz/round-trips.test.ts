// Round trips (issue 8, item 3), in campaign form: run counts and seeds come from config.ts.
//
// 1. eval(repr(x)) == x: random Python values (ints up to thousands of digits, bools, None, floats
//    from any double, complex, str over all of Unicode, bytes, bytearray, range, Ellipsis, and
//    lists, tuples, dicts, sets and frozensets of them) are built by a program that prints, for
//    each, repr(x) and whether eval(repr(x)) equals x, has its type and reprs the same. The same
//    program runs under python3, and the outputs must be identical: so repr itself is checked
//    against CPython, value by value. Values without a NaN (nan != nan) and without a complex
//    with an infinite or NaN imaginary part (repr 'infj', which eval cannot read) must round-trip.
//    Sets hold only ints and tuples of ints: their order is CPython's for those (for str it is
//    not: no hash randomization, a deliberate difference).
// 2. Values through the embedding API (src/api/convert.ts, whose header states the rules):
//    JavaScript -> Python -> JavaScript (globals.set then globals.get, and a call of a Python
//    function returning its argument) gives the value back, as the rules say it comes back: an
//    integral number beyond 2**53 as a bigint, a safe bigint as a number, undefined as null,
//    Maps with only str keys as plain objects, keys equal in Python (1, 1n, true, 1.0) merged.
//    And Python -> JavaScript -> Python gives an equal value of the expected type: tuples come
//    back as lists, frozensets as sets, bytearrays as bytes, integral floats as ints; objects
//    without a JS counterpart (complex, range, Ellipsis) come back as themselves, through a
//    PyHandle. test/api/convert.test.ts has the basic round-trip properties (JSON-like values,
//    Maps and Sets of scalars) and the edge cases one by one; this goes further: deeper and mixed
//    shapes (Maps and Sets inside arrays inside objects), -0, NaN, infinities, lone surrogates,
//    "__proto__" keys, null-prototype objects, Uint8Arrays, and the Python-side direction.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzSeed, timeoutFor, turn, yielding } from './config.js';
import { cpython, terrarium } from './oracle.js';
import { asciiStrLiteral } from '../support/py-literal.js';

type Api = typeof import('../../src/index.js');
const { Interpreter, PyHandle } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

// ------------------------------------------------------------------------------------------------
// Python values as construction expressions

/**
 * PyVal: Python source that builds a value; whether eval(repr(value)) must give it back (exact);
 * whether the rebuilt copy may repr differently (loose): a set or frozenset may iterate in another
 * order, as in CPython, when elements collide in the hash table; a complex may flip a zero's sign.
 */
interface PyVal {
  src: string;
  exact: boolean;
  loose?: boolean;
}

const val = (src: string, exact = true, loose = false): PyVal => ({ src, exact, loose });
/** of: a container's PyVal from its source and its items'. */
const of = (src: string, xs: readonly PyVal[]): PyVal => val(src, xs.every((x) => x.exact), xs.some((x) => x.loose === true));

/** floatHex: a double as float.fromhex() reads it back exactly ('-0x1.8p+1'); nan and inf by name. */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? '-' : '';
  const exp = (hi >>> 20) & 0x7ff;
  const mant = ((hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0'));
  return exp === 0 ? `${sign}0x0.${mant}p-1022` : `${sign}0x1.${mant}p${exp - 1023 >= 0 ? '+' : ''}${exp - 1023}`;
}

const EDGE_DOUBLES = [
  0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e16, 1e22, 1e23, 0.1, 0.2, 0.3,
  1 / 3, 2 / 3, 123456789.125, 1e-7, 9.999999999999999e22, 2 ** 53, 2 ** 53 + 2, 1.5, 100, NaN, Infinity, -Infinity,
];

/** double: any double, edge values often. */
const double = fc.oneof({ weight: 3, arbitrary: fc.double() }, { weight: 1, arbitrary: fc.constantFrom(...EDGE_DOUBLES) });

const floatVal = double.map((x) => val(`float.fromhex('${floatHex(x)}')`, !Number.isNaN(x)));

// A complex with a zero part may come back with the other sign of zero (repr(complex(1, -0.0)) is
// '(1-0j)', which evaluates to 1 - 0j == complex(1, 0.0)): equal, with another repr, as in CPython.
const complexVal = fc.tuple(double, double).map(([re, im]) =>
  val(`complex(float.fromhex('${floatHex(re)}'), float.fromhex('${floatHex(im)}'))`, Number.isFinite(im) && !Number.isNaN(re), re === 0 || im === 0),
);

/** bigint: small, 64-bit-ish, and up to ~4,000 digits (below the int/str conversion limit of 4,300). */
const bigint = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.bigInt({ min: -(10n ** 4000n), max: 10n ** 4000n }),
  fc.constantFrom(2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n, 10n ** 4299n, -(10n ** 4299n) + 1n),
);
const intVal = bigint.map((n) => val(n < 0n ? `(${n})` : `${n}`));


/** text: str contents over all of Unicode but lone surrogates, with quotes and escapes often. */
const text = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.constantFrom("'", '"', '\\', '\n', '\r', '\t', '\0', '\x7f', '\x80', '\xa0', '\xad', 'é', '\u2028', '\ufeff', '😀', '\u0378', '\ue000', 'a', ' ') },
  ),
  maxLength: 24,
});
const strVal = text.map((s) => val(asciiStrLiteral(s)));

const hex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const bytesVal = fc.uint8Array({ maxLength: 24 }).map((b) => val(`bytes.fromhex('${hex(b)}')`));
const bytearrayVal = fc.uint8Array({ maxLength: 24 }).map((b) => val(`bytearray.fromhex('${hex(b)}')`));

const rangeVal = fc
  .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: -7, max: 7 }).filter((s) => s !== 0), fc.nat({ max: 2 }))
  .map(([a, b, c, form]) => val(form === 0 ? `range(${b})` : form === 1 ? `range(${a}, ${b})` : `range(${a}, ${b}, ${c})`));

const scalarVal: fc.Arbitrary<PyVal> = fc.oneof(
  { weight: 3, arbitrary: intVal },
  { weight: 1, arbitrary: fc.constantFrom(val('True'), val('False'), val('None'), val('...')) },
  { weight: 3, arbitrary: floatVal },
  { weight: 1, arbitrary: complexVal },
  { weight: 3, arbitrary: strVal },
  { weight: 1, arbitrary: bytesVal },
  { weight: 1, arbitrary: bytearrayVal },
  { weight: 1, arbitrary: rangeVal },
);

/** hashableVal: dict keys: ints, floats, str, bytes, bools, None, tuples of them. */
const hashableScalar = fc.oneof(intVal, floatVal, strVal, bytesVal, fc.constantFrom(val('True'), val('None'), val('...')));
const hashableVal = fc.oneof(
  { weight: 4, arbitrary: hashableScalar },
  { weight: 1, arbitrary: fc.array(hashableScalar, { maxLength: 3 }).map((xs) => val(`(${xs.map((x) => x.src + ',').join(' ')})`, xs.every((x) => x.exact))) },
);

/** setElement: ints and tuples of ints, whose set order is CPython's. */
const smallInt = fc.oneof(fc.bigInt({ min: -100n, max: 100n }), fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n })).map((n) => (n < 0n ? `(${n})` : `${n}`));
const setElement = fc.oneof({ weight: 3, arbitrary: smallInt }, { weight: 1, arbitrary: fc.array(smallInt, { maxLength: 3 }).map((xs) => `(${xs.map((x) => x + ',').join(' ')})`) });

const { value: pyValue } = fc.letrec<{ value: PyVal }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: scalarVal },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }).map((xs) => of(`[${xs.map((x) => x.src).join(', ')}]`, xs)) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }).map((xs) => of(`(${xs.map((x) => x.src + ',').join(' ')})`, xs)) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(hashableVal, tie('value')), { maxLength: 4 }).map((kvs) =>
        of(`{${kvs.map(([k, v]) => `${k.src}: ${v.src}`).join(', ')}}`, kvs.flat()),
      ),
    },
    { weight: 1, arbitrary: fc.array(setElement, { maxLength: 6 }).map((xs) => val(xs.length === 0 ? 'set()' : `{${xs.join(', ')}}`, true, true)) },
    { weight: 1, arbitrary: fc.array(setElement, { maxLength: 6 }).map((xs) => val(`frozenset([${xs.join(', ')}])`, true, true)) },
  ),
}));

// ------------------------------------------------------------------------------------------------
// eval(repr(x)) against CPython

/** reprProgram: checks each value's repr round trip, one line per value. */
function reprProgram(values: readonly PyVal[]): string {
  return [
    "NAMES = {'inf': float('inf'), 'nan': float('nan')}",
    'def check(x):',
    '    r = repr(x)',
    '    try:',
    '        y = eval(r, NAMES)',
    '    except Exception as e:',
    "        print(r, '->', type(e).__name__)",
    '        return',
    '    print(r, y == x, type(y) is type(x), repr(y) == r)',
    ...values.map((v) => `check(${v.src})`),
    '',
  ].join('\n');
}

const REPR_SEED = fuzzSeed(0x4e94);
const REPR_RUNS = fuzzRuns(2_000);
/** Values per program (one Terrarium run and one python3 process each). */
const REPR_BATCH = 500;

describe('eval(repr(x)) == x, with the reprs of CPython', () => {
  it(`${REPR_RUNS} values (seed ${REPR_SEED})`, { timeout: timeoutFor(REPR_RUNS, 5) }, async () => {
    const values = fc.sample(pyValue, { seed: REPR_SEED, numRuns: REPR_RUNS });
    const problems: string[] = [];
    for (let start = 0; start < values.length && problems.length < 5; start += REPR_BATCH) {
      await turn();
      const chunk = values.slice(start, start + REPR_BATCH);
      const source = reprProgram(chunk);
      const got = terrarium(source);
      const want = cpython([source])[0]!;
      expect(want.error, 'the program fails under python3').toBe(null);
      expect(got.error, 'the program fails under Terrarium').toBe(null);
      const g = got.stdout.split('\n');
      const w = want.stdout.split('\n');
      chunk.forEach((v, i) => {
        if (g[i] !== w[i]) problems.push(`${v.src}\n  python3:   ${w[i]}\n  terrarium: ${g[i]}`);
        else if (v.exact && !g[i]!.endsWith(v.loose ? ' True True False' : ' True True True') && !g[i]!.endsWith(' True True True')) {
          problems.push(`${v.src}\n  does not round-trip: ${g[i]}`);
        }
      });
    }
    expect(problems.slice(0, 5).join('\n')).toBe('');
  });
});

// ------------------------------------------------------------------------------------------------
// JavaScript -> Python -> JavaScript

/** A JS scalar as a Python dict key or set element: what Python makes of it decides merging. */
const jsScalar = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
  fc.constantFrom(-0, NaN, Infinity, 2 ** 53, 2 ** 64, 1, 1n, true, false, null, '', '__proto__', 'constructor'),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)), maxLength: 2 }),
);

/** A JS string key, "__proto__" and Object.prototype's names often. */
const jsKey = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 6 }) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '') });

/** plainObject: an object with own data properties (a "__proto__" key is an own property), maybe without prototype. */
function plainObject(entries: [string, unknown][], nullProto: boolean): Record<string, unknown> {
  const o = (nullProto ? Object.create(null) : {}) as Record<string, unknown>;
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

const { js: jsValue } = fc.letrec<{ js: unknown }>((tie) => ({
  js: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.oneof(jsScalar, fc.constant(undefined), fc.string({ unit: 'binary', maxLength: 10 })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 10 }) },
    { weight: 2, arbitrary: fc.array(tie('js'), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.tuple(fc.array(fc.tuple(jsKey, tie('js')), { maxLength: 4 }), fc.boolean()).map(([es, np]) => plainObject(es, np)) },
    { weight: 1, arbitrary: fc.array(fc.tuple(jsScalar, tie('js')), { maxLength: 4 }).map((es) => new Map<unknown, unknown>(es)) },
    { weight: 1, arbitrary: fc.array(jsScalar, { maxLength: 5 }).map((xs) => new Set<unknown>(xs)) },
  ),
}));

let nanKeys = 0;

/** pyKey: the identity of a JS scalar as a Python dict key (values equal in Python share one). */
function pyKey(x: unknown): string {
  if (x === null || x === undefined) return 'None';
  if (typeof x === 'boolean') return `n:${x ? 1 : 0}`;
  if (typeof x === 'bigint') return `n:${x}`;
  if (typeof x === 'number') {
    if (Number.isNaN(x)) return `nan:${++nanKeys}`; // every NaN is a key of its own
    if (Number.isInteger(x)) return `n:${BigInt(x)}`;
    return `n:${x}`;
  }
  if (typeof x === 'string') return `s:${x}`;
  throw new Error(`not a scalar: ${String(x)}`);
}

/** scalarBack: what a JS scalar comes back as (the rules at the top of convert.ts). */
function scalarBack(x: unknown): unknown {
  if (x === undefined) return null;
  if (typeof x === 'bigint') return x >= -(2n ** 53n - 1n) && x <= 2n ** 53n - 1n ? Number(x) : x;
  if (typeof x === 'number' && Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  return x;
}

/** expectedBack: what `v` comes back as after JS -> Python -> JS. */
function expectedBack(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return scalarBack(v);
  if (v instanceof Uint8Array) return v;
  if (Array.isArray(v)) return Array.from(v, expectedBack);
  if (v instanceof Set) {
    const seen = new Map<string, unknown>();
    for (const x of v) if (!seen.has(pyKey(x))) seen.set(pyKey(x), scalarBack(x));
    return new Set(seen.values());
  }
  const entries: [unknown, unknown][] = v instanceof Map ? [...v.entries()] : Object.keys(v).map((k) => [k, (v as Record<string, unknown>)[k]]);
  // Python keeps the first key of equal ones and the last value.
  const merged = new Map<string, [unknown, unknown]>();
  for (const [k, x] of entries) {
    const id = pyKey(k);
    const prev = merged.get(id);
    merged.set(id, [prev === undefined ? scalarBack(k) : prev[0], expectedBack(x)]);
  }
  const out = [...merged.values()];
  if (out.every(([k]) => typeof k === 'string')) return plainObject(out as [string, unknown][], false);
  return new Map(out);
}

/** same: deep equality telling -0 from 0, NaN equal to NaN, key order kept, sets unordered. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  if (a instanceof Uint8Array) return b instanceof Uint8Array && a.length === b.length && a.every((x, i) => x === b[i]);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    const rest = [...b];
    return [...a].every((x) => {
      const i = rest.findIndex((y) => same(x, y));
      return i >= 0 && rest.splice(i, 1).length === 1;
    });
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    const ea = [...a.entries()];
    const eb = [...b.entries()];
    return ea.every(([k, x], i) => same(k, eb[i]![0]) && same(x, eb[i]![1]));
  }
  if (b instanceof Map || b instanceof Set || Array.isArray(b) || b instanceof Uint8Array) return false;
  if (Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const show = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'bigint' ? `${x}n` : typeof x === 'number' && !Number.isFinite(x) ? String(x) : Object.is(x, -0) ? '-0' : x instanceof Map ? { Map: [...x] } : x instanceof Set ? { Set: [...x] } : x instanceof Uint8Array ? { Uint8Array: [...x] } : x === undefined ? 'undefined' : x,
  );

const JS_SEED = fuzzSeed(0x75e7);
const JS_RUNS = fuzzRuns(5_000);

describe('JavaScript -> Python -> JavaScript gives the value back, as the rules say', () => {
  it(`${JS_RUNS} values, through globals and through a call (seed ${JS_SEED})`, { timeout: timeoutFor(JS_RUNS, 5) }, async () => {
    const py = new Interpreter();
    py.run('def ident(x):\n    return x');
    await fc.assert(
      fc.asyncProperty(jsValue, yielding((v: unknown) => {
        const want = expectedBack(v);
        py.globals.set('v', v);
        const back = py.globals.get('v');
        expect(same(back, want), `globals: ${show(v)} came back as ${show(back)}, not ${show(want)}`).toBe(true);
        const called = py.call('ident', v);
        expect(same(called, want), `call: ${show(v)} came back as ${show(called)}, not ${show(want)}`).toBe(true);
      })),
      { seed: JS_SEED, numRuns: JS_RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// ------------------------------------------------------------------------------------------------
// Python -> JavaScript -> Python

/**
 * The Python side of the check: `expected(v)` is what v must come back as (tuple -> list,
 * frozenset -> set, bytearray -> bytes, an integral float other than -0.0 -> int, containers
 * converted inside), and `same(a, b)` compares values and types recursively (NaN equal to NaN,
 * -0.0 told from 0.0, objects without a JS counterpart by identity).
 */
const CHECKER = `
import math
def key(k):
    # JS Sets and Maps hold -0 as 0: a key -0.0 comes back as the int 0.
    return 0 if type(k) is float and k == 0 else expected(k)
def expected(v):
    t = type(v)
    if t is tuple or t is list:
        return [expected(x) for x in v]
    if t is frozenset or t is set:
        return {key(x) for x in v}
    if t is bytearray:
        return bytes(v)
    if t is dict:
        return {key(k): expected(x) for k, x in v.items()}
    if t is float and math.isfinite(v) and v.is_integer() and not (v == 0 and math.copysign(1.0, v) < 0):
        return int(v)
    return v
def same(a, b):
    if type(a) is not type(b):
        return False
    t = type(a)
    if t is float:
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1.0, a) == math.copysign(1.0, b))
    if t is list:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if t is dict:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b)) and all(same(a[k], b[k2]) for k, k2 in zip(a, b))
    if t is set:
        return len(a) == len(b) and all(any(same(x, y) for y in b) for x in a)
    if t in (int, bool, str, bytes, type(None)):
        return a == b
    return a is b
`;

/**
 * pyJsSafe: Python values whose JS form converts back at all: a tuple becomes an Array, then a
 * list, which cannot be a dict key or a set element; so keys and set elements are scalars here.
 */
const keyScalar = fc.oneof(intVal, floatVal.filter((v) => v.exact), strVal, bytesVal, fc.constantFrom(val('True'), val('None')));
const { value: pyJsValue } = fc.letrec<{ value: PyVal }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: scalarVal },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }).map((xs) => val(`[${xs.map((x) => x.src).join(', ')}]`)) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }).map((xs) => val(`(${xs.map((x) => x.src + ',').join(' ')})`)) },
    { weight: 1, arbitrary: fc.array(fc.tuple(keyScalar, tie('value')), { maxLength: 4 }).map((kvs) => val(`{${kvs.map(([k, v]) => `${k.src}: ${v.src}`).join(', ')}}`)) },
    { weight: 1, arbitrary: fc.array(keyScalar, { maxLength: 5 }).map((xs) => val(xs.length === 0 ? 'set()' : `{${xs.map((x) => x.src).join(', ')}}`)) },
    { weight: 1, arbitrary: fc.array(keyScalar, { maxLength: 5 }).map((xs) => val(`frozenset([${xs.map((x) => x.src).join(', ')}])`)) },
  ),
}));

const PY_SEED = fuzzSeed(0x9e75);
const PY_RUNS = fuzzRuns(1_500);

describe('Python -> JavaScript -> Python gives an equal value of the expected type', () => {
  it(`${PY_RUNS} values, through globals and through a call (seed ${PY_SEED})`, { timeout: timeoutFor(PY_RUNS, 5) }, async () => {
    const py = new Interpreter();
    py.run(CHECKER);
    py.run('def ident(x):\n    return x');
    await fc.assert(
      fc.asyncProperty(pyJsValue, yielding((v: PyVal) => {
        py.run(`v = ${v.src}`);
        const js = py.globals.get('v');
        py.globals.set('w', js);
        py.globals.set('c', py.call('ident', js));
        const verdict = py.run("print(same(w, expected(v)), same(c, expected(v)))\nprint(repr(v))\nprint(repr(w))").stdout.split('\n');
        expect(verdict[0], `${v.src}\n  repr(v): ${verdict[1]}\n  back:    ${verdict[2]}\n  via JS:  ${show(js)}`).toBe('True True');
        if (js instanceof PyHandle) expect(py.run('print(w is v)').stdout).toBe('True\n');
      })),
      { seed: PY_SEED, numRuns: PY_RUNS },
    );
  });
});
