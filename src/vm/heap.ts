// The live heap, for the heap limit: a reachability pass from the interpreter's roots (its modules,
// builtins, running frames, the exception being handled, and the arrays builtins are filling),
// adding up each reachable Python object's size by the model of ARCHITECTURE.md ("Heap
// accounting"). It runs only when the bytes charged since the last pass could have taken the heap
// past the limit (amortized like a collector's trigger), so garbage costs nothing, and it is
// deterministic: the same objects give the same figure on every run.
//
// What is shared between interpreters is not counted and not entered: builtin types and their
// methods, code objects (constants are charged to no one, see code-cache.ts), and the recycled
// frames kept on code objects.

import { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { PySet } from '../objects/set.js';
import { PyFloat } from '../objects/float.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyFunction } from '../objects/function.js';
import { PyCode } from '../objects/code.js';
import { PyException } from '../objects/exception.js';
import { PyBuiltinFunction } from '../objects/builtin-function.js';
import { SIZE } from './meter.js';
import { Frame } from './frame.js';
import type { VM } from './vm.js';

/** Fields of interpreter objects that lead to shared or bookkeeping data, never to guest objects. */
const SKIP_FIELDS = new Set(['cls', 'lookupCache', 'subclassesList', 'caches', 'freeFrame', 'nextFree', 'owner', 'code', 'back', 'shape', 'shapeRoot']);

function bigintSize(n: bigint): number {
  const bits = (n < 0n ? -n : n).toString(16).length * 4;
  return SIZE.BIGINT + 4 * Math.ceil(bits / 30);
}

/** sizeOf: an object's bytes by the size model (its own, not what it refers to). */
function sizeOf(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return SIZE.OBJECT + SIZE.SLOT * o.items.length;
  if (o instanceof PyDict) return SIZE.DICT + SIZE.DICT_ENTRY * o.size;
  if (o instanceof PyFloat) return SIZE.FLOAT;
  if (o instanceof PyBytes || o instanceof PyByteArray) return SIZE.BYTES + o.data.length;
  if (o instanceof PyFunction) return SIZE.FUNCTION;
  if (o instanceof Frame) return SIZE.FRAME + SIZE.SLOT * o.slots.length;
  if (o instanceof PyException) return SIZE.OBJECT + 6 * SIZE.SLOT;
  if (o instanceof PySet) return SIZE.OBJECT + SIZE.SET_ENTRY * o.used;
  if (o.cls.heapType && !(o instanceof PyType)) return SIZE.INSTANCE;
  return SIZE.OBJECT;
}

const codeBytesCache = new WeakMap<PyCode, number>();

/**
 * codeBytes: what loading `code` brings onto the heap that no charge paid for: its names and
 * constants (strings, bytes, big ints, tuples and frozensets of them) and those of the code
 * objects nested in it, by the size model. Compiling runs on a scratch meter (code-cache.ts), so
 * whoever loads code charges this: otherwise a literal bound to a name would be live without
 * ever having been charged, and the live heap could pass the limit before the first pass.
 */
export function codeBytes(code: PyCode): number {
  const cached = codeBytesCache.get(code);
  if (cached !== undefined) return cached;
  let total = 0;
  const strs = (xs: readonly string[]) => {
    for (const x of xs) total += SIZE.STR + x.length;
  };
  strs(code.names);
  strs(code.varnames);
  strs(code.cellvars);
  strs(code.freevars);
  const stack: unknown[] = [...code.consts];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') total += SIZE.STR + v.length;
    else if (typeof v === 'bigint') total += bigintSize(v);
    else if (v instanceof PyCode) total += codeBytes(v);
    else if (v instanceof PyTuple) {
      total += sizeOf(v);
      stack.push(...v.items);
    } else if (v instanceof PySet) {
      total += sizeOf(v);
      stack.push(...v.values());
    } else if (v instanceof PyObject) total += sizeOf(v);
  }
  codeBytesCache.set(code, total);
  return total;
}

/**
 * measureLive: the bytes of every Python object reachable from the VM's roots. Iterative (deep
 * structures do not touch the JS stack); strings are counted once per distinct value (they have
 * no identity in the host).
 */
export function measureLive(vm: VM, extraRoots: readonly unknown[]): number {
  const seen = new Set<object>();
  const strings = new Set<string>();
  const stack: unknown[] = [vm.modules, vm.builtins, vm.handled, ...extraRoots];
  for (let f: Frame | null = vm.frame; f !== null; f = f.back) stack.push(f);
  let total = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    switch (typeof v) {
      case 'string':
        if (v.length > 0 && !strings.has(v)) {
          strings.add(v);
          total += SIZE.STR + v.length;
        }
        continue;
      case 'bigint':
        total += bigintSize(v);
        continue;
      case 'object':
        break;
      default:
        continue;
    }
    if (v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof PyCode) continue;
    if (ArrayBuffer.isView(v)) continue;
    if (v instanceof PyObject) {
      if (v instanceof PyType && !v.heapType) continue;
      if (v instanceof PyBuiltinFunction) {
        // A builtin bound to an object (`[].append`) keeps the object alive.
        stack.push((v as unknown as { self?: unknown }).self);
        continue;
      }
      total += sizeOf(v);
      if (v.cls.heapType) stack.push(v.cls);
      if (v instanceof Frame) {
        // The running frames' callers are roots already; a generator's frame has no caller.
        stack.push(v.globals, v.builtins, v.locals, v.slots, v.cells, v.generator, v.initSelf);
        continue;
      }
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
      continue;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) {
        stack.push(k);
        stack.push(x);
      }
      continue;
    }
    if (v instanceof Set) {
      for (const x of v) stack.push(x);
      continue;
    }
    for (const k in v) {
      if (SKIP_FIELDS.has(k)) continue;
      const x = (v as Record<string, unknown>)[k];
      if (x !== null && (typeof x === 'object' || typeof x === 'string' || typeof x === 'bigint')) stack.push(x);
    }
  }
  return total;
}

