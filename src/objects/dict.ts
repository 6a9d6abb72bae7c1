// Python's dict type: insertion-ordered, as a JS Map of entries.
//
// Keys whose equality is JS equality after normalization (int, bool, str, float, and objects that
// keep object's identity __eq__/__hash__) are stored under a primitive "fast key": 1, 1.0 and True
// all become the number 1, as Python requires of equal keys. Every other key (tuples, frozensets,
// instances with their own __eq__/__hash__) is stored under its entry object and indexed by Python
// hash in `buckets`, then compared with ==. The Map keeps insertion order for both kinds.

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, objectType, type PyType } from './type.js';
import { PyFloat } from './float.js';
import { charge, SIZE } from '../vm/meter.js';
import { hashValue, eqValues } from './protocol.js';

/** dictType: `dict`. */
export const dictType = makeBuiltinType('dict');

/** DictEntry: one key/value pair; `value` is mutated in place on update. */
export interface DictEntry {
  readonly key: PyValue;
  value: PyValue;
}

let objectEq: PyValue | undefined;
let objectHash: PyValue | undefined;

/**
 * fastKey: the JS Map key for k when Python equality on k is JS equality of that key, else
 * undefined (use the hashed path).
 */
export function fastKey(k: PyValue): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat) {
    const v = k.v;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
    if (v !== v) return k; // NaN: only the same object is the same key
    return v;
  }
  const t = k.cls;
  if (objectEq === undefined) {
    objectEq = objectType.attrs.get('__eq__');
    objectHash = objectType.attrs.get('__hash__');
  }
  if (t.lookup('__eq__') === objectEq && t.lookup('__hash__') === objectHash) return k;
  return undefined;
}

/** PyDict: a dict. Mutate only through its methods (they keep `buckets` and the heap charge right). */
export class PyDict extends PyObject {
  map: Map<unknown, DictEntry> = new Map();
  buckets: Map<number | bigint, DictEntry[]> | null = null;
  constructor(cls: PyType = dictType) {
    super(cls);
    charge(SIZE.DICT);
  }

  get size(): number {
    return this.map.size;
  }

  /** get: the value for k, or undefined. May run Python code (__hash__, __eq__). */
  get(k: PyValue): PyValue | undefined {
    const fk = fastKey(k);
    if (fk !== undefined) return this.map.get(fk)?.value;
    return this.findHashed(k, hashValue(k))?.value;
  }

  /** getStr: the value for a str key (globals, attributes). */
  getStr(k: string): PyValue | undefined {
    return this.map.get(k)?.value;
  }

  /** setStr: sets a str key. */
  setStr(k: string, v: PyValue): void {
    const e = this.map.get(k);
    if (e !== undefined) e.value = v;
    else {
      charge(SIZE.DICT_ENTRY);
      this.map.set(k, { key: k, value: v });
    }
  }

  /** deleteStr: deletes a str key; false if it was absent. */
  deleteStr(k: string): boolean {
    return this.map.delete(k);
  }

  has(k: PyValue): boolean {
    return this.get(k) !== undefined;
  }

  /** set: d[k] = v. */
  set(k: PyValue, v: PyValue): void {
    const fk = fastKey(k);
    if (fk !== undefined) {
      const e = this.map.get(fk);
      if (e !== undefined) e.value = v;
      else {
        charge(SIZE.DICT_ENTRY);
        this.map.set(fk, { key: k, value: v });
      }
      return;
    }
    const h = hashValue(k);
    const found = this.findHashed(k, h);
    if (found !== undefined) {
      found.value = v;
      return;
    }
    charge(SIZE.DICT_ENTRY);
    const entry: DictEntry = { key: k, value: v };
    this.map.set(entry, entry);
    const buckets = (this.buckets ??= new Map());
    const b = buckets.get(h);
    if (b === undefined) buckets.set(h, [entry]);
    else b.push(entry);
  }

  /** delete: removes k and returns its entry, or undefined if absent. */
  delete(k: PyValue): DictEntry | undefined {
    const fk = fastKey(k);
    if (fk !== undefined) {
      const e = this.map.get(fk);
      if (e !== undefined) this.map.delete(fk);
      return e;
    }
    const h = hashValue(k);
    const b = this.buckets?.get(h);
    if (b === undefined) return undefined;
    for (let i = 0; i < b.length; i++) {
      const e = b[i]!;
      if (e.key === k || eqValues(e.key, k)) {
        b.splice(i, 1);
        if (b.length === 0) this.buckets!.delete(h);
        this.map.delete(e);
        return e;
      }
    }
    return undefined;
  }

  /** entries: the live entries in insertion order (do not mutate the dict while iterating). */
  entries(): IterableIterator<DictEntry> {
    return this.map.values();
  }

  clear(): void {
    this.map.clear();
    this.buckets = null;
  }

  private findHashed(k: PyValue, h: number | bigint): DictEntry | undefined {
    const b = this.buckets?.get(h);
    if (b === undefined) return undefined;
    for (const e of b) if (e.key === k || eqValues(e.key, k)) return e;
    return undefined;
  }
}

/** newDict: an empty dict. */
export function newDict(): PyDict {
  return new PyDict();
}
