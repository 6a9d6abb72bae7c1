// Comparing builtins called from TypeScript with python3: both sides encode a result (or the
// exception raised) the same way, and python3 evaluates all the expressions of a test in one run.

import type { PyValue } from '../../src/objects/object.js';
import { PyException } from '../../src/objects/exception.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { PyList } from '../../src/objects/list.js';
import { None } from '../../src/objects/singletons.js';
import { NativeIterator, defineIteratorType } from '../../src/objects/iterator.js';
import { typeOf } from '../../src/objects/type.js';
import { floatBits, pythonJson, PY_FLOAT_FROM_BITS } from '../support/python.js';

/** Encoded: a result as JSON both sides can produce. */
export type Encoded = string;

/** encode: a value as text, floats by their bits, exceptions by type and message. */
export function encode(v: PyValue): Encoded {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return `i:${v}`;
    case 'boolean':
      return `b:${v ? 'True' : 'False'}`;
    case 'string':
      return `s:${jsonAscii(v)}`;
  }
  if (v === None) return 'None';
  if (v instanceof PyFloat) return `f:${floatBits(v.v)}`;
  if (v instanceof PyTuple) return `t:(${v.items.map(encode).join(',')})`;
  if (v instanceof PyList) return `l:[${v.items.map(encode).join(',')}]`;
  return `o:${typeOf(v).name}`;
}

/** jsonAscii: JSON text as Python's json.dumps writes it (non-ASCII escaped as \\uXXXX). */
function jsonAscii(s: string): string {
  return JSON.stringify(s).replace(/[\u0080-\uffff]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** outcome: encode(f()) or the exception it raised. */
export function outcome(f: () => PyValue): Encoded {
  try {
    return encode(f());
  } catch (e) {
    if (e instanceof PyException) return `E:${e.cls.name}:${e.args.length > 0 ? String(e.args[0]) : ''}`;
    throw e;
  }
}

const PY_ENCODE = `${PY_FLOAT_FROM_BITS}
import json, sys, math, struct
sys.set_int_max_str_digits(0)
def fb(h): return float_from_bits(h)
def enc(v):
    if v is None: return 'None'
    if isinstance(v, bool): return 'b:' + repr(v)
    if isinstance(v, int): return 'i:' + str(v)
    if isinstance(v, float): return 'f:' + struct.pack('>d', v).hex()
    if isinstance(v, str): return 's:' + json.dumps(v)
    if isinstance(v, tuple): return 't:(' + ','.join(enc(x) for x in v) + ')'
    if isinstance(v, list): return 'l:[' + ','.join(enc(x) for x in v) + ']'
    return 'o:' + type(v).__name__
out = []
for src in json.load(sys.stdin):
    try:
        out.append(enc(eval(src)))
    except Exception as e:
        out.append('E:' + type(e).__name__ + ':' + (str(e.args[0]) if e.args else ''))
print(json.dumps(out))
`;

/** pythonOutcomes: the encoded results of evaluating each expression in python3 (math imported; fb(hex) makes a float from bits). */
export function pythonOutcomes(exprs: readonly string[]): Encoded[] {
  return pythonJson<Encoded[]>(PY_ENCODE, exprs);
}

/** pyFloat: a Python expression for the float x, exact (by its bits). */
export function pyFloat(x: number): string {
  return `fb('${floatBits(x)}')`;
}

const testIteratorType = defineIteratorType('test_iterator');

/** iterOf: a one-shot iterator over values (so tests do not depend on list's methods). */
export function iterOf(values: readonly PyValue[]): NativeIterator {
  let i = 0;
  return new (class extends NativeIterator {
    next(): PyValue | undefined {
      return i < values.length ? values[i++] : undefined;
    }
  })(testIteratorType);
}
