// Code objects as JSON-compatible data and back, exactly (the stdlib ships precompiled). Constants
// that JSON cannot carry are tagged: {int: "<digits>"} for ints outside the safe range,
// {float: <number> | "nan" | "inf" | "-inf" | "-0"}, {complex: [re, im]} (floats as above),
// {bytes: "<hex>"}, {tuple: [...]}, {frozenset: [...]} (in iteration order), {code: {...}},
// {ellipsis: 1}; None is null; safe ints, bools and strs are themselves.

import { PyBytes } from '../objects/bytes.js';
import { PyCode } from '../objects/code.js';
import { PyComplexValue } from '../objects/complex.js';
import { PyFloat } from '../objects/float.js';
import type { PyValue } from '../objects/object.js';
import { Ellipsis, None } from '../objects/singletons.js';
import { EMPTY_TUPLE, PyTuple } from '../objects/tuple.js';
import { frozensetType, PySet, setAdd } from '../objects/set.js';

/** SERIAL_VERSION: bumped whenever the instruction set or this format changes. */
export const SERIAL_VERSION = 1;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function encodeFloat(x: number): Json {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0';
  return x;
}

function decodeFloat(j: Json): number {
  switch (j) {
    case 'nan':
      return NaN;
    case 'inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case '-0':
      return -0;
    default:
      if (typeof j !== 'number') throw new Error('deserializeCode: bad float');
      return j;
  }
}

function hex(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += b.toString(16).padStart(2, '0');
  return s;
}

function unhex(s: string): Uint8Array {
  if (s.length % 2 !== 0 || /[^0-9a-f]/.test(s)) throw new Error('deserializeCode: bad bytes');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function encodeConst(v: PyValue): Json {
  switch (typeof v) {
    case 'number':
    case 'boolean':
    case 'string':
      return v;
    case 'bigint':
      return { int: v.toString() };
    default:
      break;
  }
  if (v === None) return null;
  if (v === Ellipsis) return { ellipsis: 1 };
  if (v instanceof PyFloat) return { float: encodeFloat(v.v) };
  if (v instanceof PyComplexValue) return { complex: [encodeFloat(v.real), encodeFloat(v.imag)] };
  if (v instanceof PyBytes) return { bytes: hex(v.data) };
  if (v instanceof PyTuple) return { tuple: v.items.map(encodeConst) };
  if (v instanceof PySet) return { frozenset: v.values().map(encodeConst) };
  if (v instanceof PyCode) return { code: encodeCode(v) };
  throw new Error(`serializeCode: a ${v.cls.name} is not a constant`);
}

function decodeConst(j: Json): PyValue {
  if (j === null) return None;
  switch (typeof j) {
    case 'number':
    case 'boolean':
    case 'string':
      return j;
    default:
      break;
  }
  if (Array.isArray(j)) throw new Error('deserializeCode: bad constant');
  if (typeof j.int === 'string') return BigInt(j.int);
  if (j.ellipsis !== undefined) return Ellipsis;
  if (j.float !== undefined) return new PyFloat(decodeFloat(j.float));
  if (Array.isArray(j.complex)) return new PyComplexValue(decodeFloat(j.complex[0]!), decodeFloat(j.complex[1]!));
  if (typeof j.bytes === 'string') return new PyBytes(unhex(j.bytes));
  if (Array.isArray(j.tuple)) return j.tuple.length === 0 ? EMPTY_TUPLE : new PyTuple(j.tuple.map(decodeConst));
  if (Array.isArray(j.frozenset)) {
    // Rebuilt by adding the items in their iteration order, as marshal does.
    const set = new PySet(frozensetType);
    for (const x of j.frozenset) setAdd(set, decodeConst(x));
    return set;
  }
  if (j.code !== undefined) return decodeCode(j.code);
  throw new Error('deserializeCode: bad constant');
}

function encodeCode(c: PyCode): Json {
  return {
    name: c.name,
    qualname: c.qualname,
    filename: c.filename,
    firstlineno: c.firstlineno,
    argcount: c.argcount,
    posonlyargcount: c.posonlyargcount,
    kwonlyargcount: c.kwonlyargcount,
    flags: c.flags,
    varnames: c.varnames.slice(),
    cellvars: c.cellvars.slice(),
    freevars: c.freevars.slice(),
    cell2arg: Array.from(c.cell2arg),
    names: c.names.slice(),
    consts: c.consts.map(encodeConst),
    code: Array.from(c.code),
    positions: Array.from(c.positions),
    exceptionTable: Array.from(c.exceptionTable),
    stacksize: c.stacksize,
    docstring: c.docstring,
  };
}

function strings(j: Json | undefined, what: string): string[] {
  if (!Array.isArray(j) || j.some((x) => typeof x !== 'string')) throw new Error(`deserializeCode: bad ${what}`);
  return j as string[];
}

function numbers(j: Json | undefined, what: string): Int32Array {
  if (!Array.isArray(j) || j.some((x) => typeof x !== 'number')) throw new Error(`deserializeCode: bad ${what}`);
  return Int32Array.from(j as number[]);
}

function num(j: Json | undefined, what: string): number {
  if (typeof j !== 'number') throw new Error(`deserializeCode: bad ${what}`);
  return j;
}

function str(j: Json | undefined, what: string): string {
  if (typeof j !== 'string') throw new Error(`deserializeCode: bad ${what}`);
  return j;
}

function decodeCode(j: Json): PyCode {
  if (j === null || typeof j !== 'object' || Array.isArray(j)) throw new Error('deserializeCode: not a code object');
  const consts = j.consts;
  if (!Array.isArray(consts)) throw new Error('deserializeCode: bad consts');
  const doc = j.docstring;
  return new PyCode(
    str(j.name, 'name'),
    str(j.qualname, 'qualname'),
    str(j.filename, 'filename'),
    num(j.firstlineno, 'firstlineno'),
    num(j.argcount, 'argcount'),
    num(j.posonlyargcount, 'posonlyargcount'),
    num(j.kwonlyargcount, 'kwonlyargcount'),
    num(j.flags, 'flags'),
    strings(j.varnames, 'varnames'),
    strings(j.cellvars, 'cellvars'),
    strings(j.freevars, 'freevars'),
    numbers(j.cell2arg, 'cell2arg'),
    strings(j.names, 'names'),
    consts.map(decodeConst),
    numbers(j.code, 'code'),
    numbers(j.positions, 'positions'),
    numbers(j.exceptionTable, 'exceptionTable'),
    num(j.stacksize, 'stacksize'),
    doc === null ? null : str(doc, 'docstring'),
  );
}

/** serializeCode: a code object (and its nested code objects) as JSON-compatible data. */
export function serializeCode(code: PyCode): unknown {
  return { version: SERIAL_VERSION, code: encodeCode(code) };
}

/** deserializeCode: the code object serializeCode() described; throws on malformed data. */
export function deserializeCode(data: unknown): PyCode {
  const d = data as { version?: unknown; code?: Json } | null;
  if (d === null || typeof d !== 'object' || d.version !== SERIAL_VERSION || d.code === undefined) {
    throw new Error('deserializeCode: not serialized code of this version');
  }
  return decodeCode(d.code);
}
