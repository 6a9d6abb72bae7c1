// Differential testing of the text types against python3: a case is a method call on a value
// (`'abc'.center(7, '*')`, `format(1.5, '.2f')` as `(1.5).__format__('.2f')`); all cases of a batch
// run in one python3 process, and each side's result is compared as repr() or (exception type, message).

import type { PyValue } from '../../../../src/objects/object.js';
import { PyObject } from '../../../../src/objects/object.js';
import { strType, intType, typeOf, typeType, PyType } from '../../../../src/objects/type.js';
import { PyException } from '../../../../src/objects/exception.js';
import { callMethod, call as pyCall, getAttr, str as pyStr } from '../../../../src/objects/protocol.js';
import { PyFloat, formatFloatShort } from '../../../../src/objects/float.js';
import { PyComplexValue, reprComplex } from '../../../../src/objects/complex.js';
import { PyTuple } from '../../../../src/objects/tuple.js';
import { PyList } from '../../../../src/objects/list.js';
import { PyDict } from '../../../../src/objects/dict.js';
import { None, NotImplemented } from '../../../../src/objects/singletons.js';
import { PyBytes, PyByteArray, reprBytes, reprByteArrayBody, bytesType, bytearrayType } from '../../../../src/objects/bytes.js';
import { reprStr, PyStr } from '../../../../src/objects/str.js';
import { readdirSync } from 'node:fs';

// Every object file there is, so that other types' methods (repr of a list, dict lookups ...) are
// registered as in the running interpreter.
const OBJECTS = new URL('../../../../src/objects/', import.meta.url);
for (const file of readdirSync(OBJECTS).filter((n) => n.endsWith('.ts')).sort()) await import(new URL(file, OBJECTS).href);
// An interpreter to run in (container reprs count their recursion on it).
installRuntime();
new VM({ os: new MemoryOS() }).enter();
import { pythonJson, floatBits } from '../../../support/python.js';
import { VM } from '../../../../src/vm/vm.js';
import { MemoryOS } from '../../../../src/os/memory.js';
import { installRuntime } from '../../../../src/vm/setup.js';

/** J: a Python value as JSON. */
export type J =
  | null
  | boolean
  | number
  | string
  | J[]
  | { int: string }
  | { float: number }
  | { complex: [number, number] }
  | { bytes: number[] }
  | { bytearray: number[] }
  | { tuple: J[] }
  | { dict: [J, J][] }
  | { type: string }
  | { strsub: string };

/** Case: self.method(*args, **kw). */
export interface Case {
  self: J;
  method: string;
  args?: J[];
  kw?: Record<string, J>;
}

/** Result: ['ok', repr] or ['err', type name, message]. */
export type Result = ['ok', string] | ['err', string, string];

// Floats travel as their bit patterns: JSON has no -0.0, inf or nan.
const PY_SIDE = String.raw`
import json, sys, struct
class StrSub(str): pass
def dec(j):
    if isinstance(j, list): return [dec(x) for x in j]
    if isinstance(j, dict):
        (k, v), = j.items()
        if k == 'int': return int(v)
        if k == 'float': return struct.unpack('>d', bytes.fromhex(v))[0]
        if k == 'complex': return complex(dec({'float': v[0]}), dec({'float': v[1]}))
        if k == 'bytes': return bytes(v)
        if k == 'bytearray': return bytearray(v)
        if k == 'tuple': return tuple(dec(x) for x in v)
        if k == 'dict': return {dec(a): dec(b) for a, b in v}
        if k == 'type': return {'str': str, 'bytes': bytes, 'bytearray': bytearray, 'int': int, 'StrSub': StrSub}[v]
        if k == 'strsub': return StrSub(v)
    return j
out = []
for c in json.load(sys.stdin):
    try:
        r = getattr(dec(c['self']), c['method'])(*dec(c.get('args', [])), **{k: dec(v) for k, v in c.get('kw', {}).items()})
        out.append(['ok', repr(r)])
    except Exception as e:
        out.append(['err', type(e).__name__, str(e)])
print(json.dumps(out))
`;

function encodeFloats(j: J): unknown {
  if (Array.isArray(j)) return j.map(encodeFloats);
  if (j !== null && typeof j === 'object') {
    if ('float' in j) return { float: floatBits(j.float) };
    if ('complex' in j) return { complex: [floatBits(j.complex[0]), floatBits(j.complex[1])] };
    if ('tuple' in j) return { tuple: j.tuple.map(encodeFloats) };
    if ('dict' in j) return { dict: j.dict.map(([a, b]) => [encodeFloats(a), encodeFloats(b)]) };
  }
  return j;
}

/** python: the results of the cases in python3. */
export function python(cases: Case[]): Result[] {
  return pythonJson<Result[]>(PY_SIDE, cases.map((c) => ({ ...c, self: encodeFloats(c.self), args: (c.args ?? []).map(encodeFloats), kw: Object.fromEntries(Object.entries(c.kw ?? {}).map(([k, v]) => [k, encodeFloats(v)])) })));
}

let strSubType: PyType | null = null;

/** toPy: a JSON-described value as ours. */
export function toPy(j: J): PyValue {
  if (j === null) return None;
  if (typeof j === 'number') return j;
  if (typeof j === 'boolean' || typeof j === 'string') return j;
  if (Array.isArray(j)) return new PyList(j.map(toPy));
  if ('int' in j) {
    const b = BigInt(j.int);
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
  }
  if ('float' in j) return new PyFloat(j.float);
  if ('complex' in j) return new PyComplexValue(j.complex[0], j.complex[1]);
  if ('bytes' in j) return new PyBytes(Uint8Array.from(j.bytes));
  if ('bytearray' in j) return new PyByteArray(Uint8Array.from(j.bytearray));
  if ('tuple' in j) return new PyTuple(j.tuple.map(toPy));
  if ('dict' in j) {
    const d = new PyDict();
    for (const [k, v] of j.dict) d.set(toPy(k), toPy(v));
    return d;
  }
  if ('strsub' in j) return new PyStr(j.strsub, subType());
  const types: Record<string, PyValue> = { str: strType, bytes: bytesType, bytearray: bytearrayType, int: intType, StrSub: subType() };
  return types[j.type]!;
}

function subType(): PyType {
  if (strSubType === null) {
    // A heap subclass of str as `class StrSub(str): pass` makes it, without the VM.
    const t = new PyType(typeType, 'StrSub', [strType], true);
    t.mro = [t, ...strType.mro];
    t.native = strType;
    t.module = '__main__';
    strSubType = t;
  }
  return strSubType;
}

/** show: our repr of a result value, independent of other types' __repr__ implementations. */
export function show(v: PyValue): string {
  if (typeof v === 'string') return reprStr(v);
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === None) return 'None';
  if (v === NotImplemented) return 'NotImplemented';
  if (v instanceof PyStr) return reprStr(v.value);
  if (v instanceof PyFloat) return formatFloatShort(v.v, true, false);
  if (v instanceof PyComplexValue) return reprComplex(v);
  if (v instanceof PyBytes) return reprBytes(v.data);
  if (v instanceof PyByteArray) return `bytearray(${reprByteArrayBody(v.data)})`;
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${show(v.items[0]!)},)` : `(${v.items.map(show).join(', ')})`;
  if (v instanceof PyList) return `[${v.items.map(show).join(', ')}]`;
  if (v instanceof PyDict) return `{${[...v.entries()].map((e) => `${show(e.key)}: ${show(e.value)}`).join(', ')}}`;
  if (v instanceof PyObject) return `<${typeOf(v).name} object>`;
  return String(v);
}

/** ours: the result of a case here. */
export function ours(c: Case): Result {
  try {
    const kwNames = Object.keys(c.kw ?? {});
    const args = [...(c.args ?? []).map(toPy), ...kwNames.map((k) => toPy(c.kw![k]!))];
    const self = toPy(c.self);
    const kw = kwNames.length > 0 ? kwNames : null;
    const r = self instanceof PyType ? pyCall(getAttr(self, c.method), args, kw) : callMethod(self, c.method, args, kw);
    return ['ok', show(r)];
  } catch (e) {
    if (e instanceof PyException) {
      let msg: string;
      try {
        msg = pyStr(e);
      } catch {
        msg = String(e.args[0]);
      }
      return ['err', e.cls.name, msg];
    }
    throw e;
  }
}

/** Mismatch: a case whose results differ. */
export interface Mismatch {
  call: string;
  python: Result;
  ours: Result;
}

/** describe: a case as Python source, for reports. */
export function describe(c: Case): string {
  const lit = (j: J): string => {
    if (j !== null && typeof j === 'object' && !Array.isArray(j) && 'float' in j) return formatFloatShort(j.float, true, false);
    if (j !== null && typeof j === 'object' && !Array.isArray(j) && 'type' in j) return j.type;
    return show(toPy(j));
  };
  const args = [...(c.args ?? []).map(lit), ...Object.entries(c.kw ?? {}).map(([k, v]) => `${k}=${lit(v)}`)];
  return `${lit(c.self)}.${c.method}(${args.join(', ')})`;
}

/** differences: the cases where we disagree with python3. */
export function differences(cases: Case[]): Mismatch[] {
  const want = python(cases);
  const out: Mismatch[] = [];
  cases.forEach((c, i) => {
    const got = ours(c);
    const w = want[i]!;
    if (JSON.stringify(got) !== JSON.stringify(w)) out.push({ call: describe(c), python: w, ours: got });
  });
  return out;
}

/** report: the first mismatches, readable. */
export function report(ms: Mismatch[], max = 15): string {
  return ms
    .slice(0, max)
    .map((m) => `${m.call}\n  python: ${JSON.stringify(m.python)}\n  ours:   ${JSON.stringify(m.ours)}`)
    .join('\n');
}

/** call: shorthand for a Case. */
export function call(self: J, method: string, ...args: J[]): Case {
  return { self, method, args };
}

/** f: a float argument. */
export function f(x: number): J {
  return { float: x };
}

