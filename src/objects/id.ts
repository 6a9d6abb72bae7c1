// Deterministic object identities for id(), hash() of identity-hashed objects and the `at 0x...`
// of reprs. A boxed object gets the next number of the running interpreter's counter the first time
// its id is asked for, so the same program prints the same ids on every run; ints, strs and bools
// (JS primitives, which have no identity) get ids derived from their value, so id(x) == id(x).

import type { PyObject, PyValue } from './object.js';
import { activeMeter, workItems, type Meter } from '../vm/meter.js';
import { workDecimal } from './int.js';

// Address-like regions (all below 2**53, so ids are JS numbers): objects are spaced 0x30 apart like
// small CPython heap objects and 16-aligned, so hash(o) == id(o) >> 4 as in CPython's
// _Py_HashPointer(); small ints are 32 apart like CPython's small-int array.
const OBJECT_BASE = 0x7f3e1c2a4e50;
const OBJECT_STEP = 0x30;
const SMALL_INT_BASE = 0x7f3e1a6c3a10;
const FALSE_ID = 0x7f3e19ffe0a0;
const TRUE_ID = 0x7f3e19ffe080;
const VALUE_BASE = 0x7f2000000000;

/** Per-interpreter maps object -> number (keyed by the interpreter's Meter). */
const idMaps = new WeakMap<Meter, WeakMap<PyObject, number>>();

/** idOf: id(v), a non-negative JS number (a Python int in the safe range). */
export function idOf(v: PyValue): number {
  switch (typeof v) {
    case 'boolean':
      return v ? TRUE_ID : FALSE_ID;
    case 'number':
      if (v >= -5 && v <= 256) return SMALL_INT_BASE + (v + 5) * 32;
      return VALUE_BASE + valueHash('i' + v.toString()) * 16;
    case 'bigint':
      workDecimal(v);
      return VALUE_BASE + valueHash('i' + v.toString()) * 16;
    case 'string':
      return VALUE_BASE + valueHash('s' + v) * 16;
  }
  const meter = activeMeter();
  let map = idMaps.get(meter);
  if (map === undefined) {
    map = new WeakMap();
    idMaps.set(meter, map);
  }
  let id = map.get(v);
  if (id === undefined) {
    id = OBJECT_BASE + meter.nextId++ * OBJECT_STEP;
    map.set(v, id);
  }
  return id;
}

/** addressOf: id(v) formatted as C's %p does in CPython's reprs ("0x7f3e1c000030"). */
export function addressOf(v: PyValue): string {
  return '0x' + idOf(v).toString(16);
}

/** identityHash: object.__hash__(v): the id rotated right by 4 bits, as _Py_HashPointer(). */
export function identityHash(v: PyValue): number {
  return Math.floor(idOf(v) / 16);
}

/** valueHash: FNV-1a over the UTF-16 units of s, as a 32-bit unsigned number. */
function valueHash(s: string): number {
  workItems(s.length);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
