// Values across the boundary between the embedder's JavaScript and the guest's Python.
//
// JavaScript -> Python (toPy): null and undefined -> None; boolean -> bool; a number that is an
// integer (not -0) -> int, any other number -> float; bigint -> int; string -> str; Uint8Array ->
// bytes (a copy); Array -> list; Map -> dict (keys converted); Set -> set; a plain object (its
// prototype Object.prototype or null) -> dict of its own enumerable string keys; a function -> a
// host function; a PyHandle -> the Python object it stands for. Anything else (class instances,
// Dates, Promises, symbols) is refused with a TypeError: no JavaScript object ever becomes
// reachable from Python.
//
// Python -> JavaScript (toJs): None -> null; bool -> boolean; int -> number when safe, else
// bigint; float -> number; str -> string; bytes and bytearray -> Uint8Array (a copy); list and
// tuple -> Array; dict -> a plain object when every key is a str (own data properties, so a key
// such as "__proto__" is just a key), else a Map with converted keys; set and frozenset -> Set;
// anything else -> a PyHandle.
//
// Both directions work from an explicit stack (deep structures do not touch the JS stack) and keep
// a memo, so shared and cyclic structures convert to shared and cyclic structures and never blow
// up. Building Python values charges the interpreter's heap and work like any allocation, so a
// huge input meets the limits.

import { PyObject, type PyValue } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { newFloat, PyFloat } from '../objects/float.js';
import { normBig, PyInt } from '../objects/int.js';
import { PyBytes, PyByteArray, newBytes } from '../objects/bytes.js';
import { PyList, newList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict, newDict } from '../objects/dict.js';
import { PySet, newSet, setAdd } from '../objects/set.js';
import { TypeError as PyTypeError, raise } from '../objects/exception.js';
import { chargeStr } from '../objects/str-index.js';
import { activeMeter, charge, SIZE, workItems } from '../vm/meter.js';
import { setItem } from '../objects/protocol.js';

/** The side of the interpreter conversions need: handles and host functions are per interpreter. */
export interface ConvertContext {
  /** handle: a PyHandle for a Python object. */
  handle(v: PyValue): unknown;
  /** unwrap: the Python object of a handle of this interpreter, or undefined if `x` is none. */
  unwrap(x: object): PyValue | undefined;
  /** hostFunction: a host function for a JS function (the same one each time for the same function). */
  hostFunction(fn: (...args: never[]) => unknown, name: string): PyValue;
}

function isPlainObject(x: object): boolean {
  const p = Object.getPrototypeOf(x);
  return p === Object.prototype || p === null;
}

function describeJs(x: unknown): string {
  if (typeof x !== 'object' || x === null) return typeof x;
  const p = Object.getPrototypeOf(x) as { constructor?: { name?: unknown } } | null;
  const name = p?.constructor?.name;
  return typeof name === 'string' && name !== '' ? `a JavaScript ${name}` : 'a JavaScript object';
}

/** toPy: a JavaScript value as a Python value (see the rules above). */
export function toPy(ctx: ConvertContext, root: unknown): PyValue {
  // What is built is reachable from nothing yet: it is a root of the heap until it is returned,
  // so that the heap limit's passes see it (a conversion is held to the limit like any code).
  const built: unknown[] = [];
  const roots = activeMeter().tempRoots;
  roots.push(built);
  try {
    return convertToPy(ctx, root, built);
  } finally {
    roots.splice(roots.lastIndexOf(built), 1);
  }
}

function convertToPy(ctx: ConvertContext, root: unknown, built: unknown[]): PyValue {
  const memo = new Map<object, PyValue>();
  let result: PyValue = None;
  // Each task converts one value and hands it to `put`; `finish` tasks run after the values pushed
  // above them (dicts and sets insert once their keys are converted).
  const tasks: ({ js: unknown; put: (v: PyValue) => void } | { finish: () => void })[] = [{ js: root, put: (v) => (result = v) }];
  while (tasks.length > 0) {
    const t = tasks.pop()!;
    if ('finish' in t) {
      t.finish();
      continue;
    }
    const x = t.js;
    switch (typeof x) {
      case 'undefined':
        t.put(None);
        continue;
      case 'boolean':
        t.put(x);
        continue;
      case 'number':
        if (Number.isInteger(x) && !Object.is(x, -0)) t.put(Number.isSafeInteger(x) ? x : normBig(BigInt(x)));
        else t.put(newFloat(x));
        continue;
      case 'bigint':
        t.put(normBig(x));
        continue;
      case 'string':
        t.put(x.length > 0 ? chargeStr(x) : x);
        continue;
      case 'function':
        t.put(ctx.hostFunction(x as (...args: never[]) => unknown, (x as { name?: string }).name || '<anonymous>'));
        continue;
      case 'object':
        break;
      default:
        raise(PyTypeError, `cannot convert a JavaScript ${typeof x} to a Python value`);
    }
    if (x === null) {
      t.put(None);
      continue;
    }
    const seen = memo.get(x);
    if (seen !== undefined) {
      t.put(seen);
      continue;
    }
    const own = ctx.unwrap(x);
    if (own !== undefined) {
      t.put(own);
      continue;
    }
    if (x instanceof Uint8Array) {
      charge(SIZE.BYTES + x.length);
      const b = newBytes(x.slice());
      built.push(b);
      memo.set(x, b);
      t.put(b);
      continue;
    }
    if (Array.isArray(x)) {
      workItems(x.length);
      const items: PyValue[] = new Array<PyValue>(x.length).fill(None);
      const list = newList(items);
      built.push(list);
      charge(SIZE.SLOT * x.length);
      memo.set(x, list);
      t.put(list);
      for (let i = x.length - 1; i >= 0; i--) tasks.push({ js: x[i], put: (v) => (items[i] = v) });
      continue;
    }
    if (x instanceof Map || x instanceof Set || isPlainObject(x)) {
      const entries: [unknown, unknown][] =
        x instanceof Map ? [...x.entries()] : x instanceof Set ? [...x.values()].map((v) => [v, None]) : Object.keys(x).map((k) => [k, (x as Record<string, unknown>)[k]]);
      workItems(entries.length);
      const keys: PyValue[] = new Array<PyValue>(entries.length).fill(None);
      const values: PyValue[] = new Array<PyValue>(entries.length).fill(None);
      const target: PyDict | PySet = x instanceof Set ? newSet() : newDict();
      built.push(target, keys, values);
      memo.set(x, target);
      t.put(target);
      tasks.push({
        finish: () => {
          if (target instanceof PySet) for (const k of keys) setAdd(target, k);
          else for (let i = 0; i < keys.length; i++) setItem(target, keys[i]!, values[i]!);
        },
      });
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i]!;
        if (!(x instanceof Set)) tasks.push({ js: v, put: (p) => (values[i] = p) });
        tasks.push({ js: k, put: (p) => (keys[i] = p) });
      }
      continue;
    }
    raise(PyTypeError, `cannot convert ${describeJs(x)} to a Python value`);
  }
  return result;
}

/** toJs: a Python value as a JavaScript value (see the rules above). */
export function toJs(ctx: ConvertContext, root: PyValue): unknown {
  const memo = new Map<object, unknown>();
  let result: unknown = null;
  const tasks: { py: PyValue; put: (v: unknown) => void }[] = [{ py: root, put: (v) => (result = v) }];
  while (tasks.length > 0) {
    const { py: v, put } = tasks.pop()!;
    if (v === None) {
      put(null);
      continue;
    }
    switch (typeof v) {
      case 'boolean':
      case 'number':
      case 'bigint':
      case 'string':
        put(v);
        continue;
    }
    const seen = memo.get(v as object);
    if (seen !== undefined) {
      put(seen);
      continue;
    }
    if (v instanceof PyFloat) {
      put(v.v);
      continue;
    }
    if (v instanceof PyInt) {
      put(v.value);
      continue;
    }
    if (v instanceof PyBytes) {
      put(v.data.slice());
      continue;
    }
    if (v instanceof PyByteArray) {
      put(v.buf.slice(0, v.len));
      continue;
    }
    if (v instanceof PyList || v instanceof PyTuple) {
      const src = v.items;
      workItems(src.length);
      const out: unknown[] = new Array<unknown>(src.length);
      memo.set(v, out);
      put(out);
      for (let i = src.length - 1; i >= 0; i--) tasks.push({ py: src[i]!, put: (x) => (out[i] = x) });
      continue;
    }
    if (v instanceof PyDict) {
      const entries = [...v.entries()];
      workItems(entries.length);
      if (entries.every((e) => typeof e.key === 'string')) {
        const out: Record<string, unknown> = {};
        memo.set(v, out);
        put(out);
        for (let i = entries.length - 1; i >= 0; i--) {
          const key = entries[i]!.key as string;
          tasks.push({ py: entries[i]!.value, put: (x) => Object.defineProperty(out, key, { value: x, enumerable: true, writable: true, configurable: true }) });
        }
      } else {
        const out = new Map<unknown, unknown>();
        memo.set(v, out);
        put(out);
        const keys: unknown[] = new Array<unknown>(entries.length);
        const vals: unknown[] = new Array<unknown>(entries.length);
        // Insert in order once everything is converted: a finishing task below the rest.
        tasks.push({
          py: None,
          put: () => {
            for (let i = 0; i < entries.length; i++) out.set(keys[i], vals[i]);
          },
        });
        for (let i = entries.length - 1; i >= 0; i--) {
          tasks.push({ py: entries[i]!.value, put: (x) => (vals[i] = x) });
          tasks.push({ py: entries[i]!.key, put: (x) => (keys[i] = x) });
        }
      }
      continue;
    }
    if (v instanceof PySet) {
      const items = v.values();
      workItems(items.length);
      const out = new Set<unknown>();
      const converted: unknown[] = new Array<unknown>(items.length);
      memo.set(v, out);
      put(out);
      tasks.push({
        py: None,
        put: () => {
          for (const x of converted) out.add(x);
        },
      });
      for (let i = items.length - 1; i >= 0; i--) tasks.push({ py: items[i]!, put: (x) => (converted[i] = x) });
      continue;
    }
    if (v instanceof PyObject) {
      const h = ctx.handle(v);
      memo.set(v, h);
      put(h);
      continue;
    }
    put(ctx.handle(v));
  }
  return result;
}
