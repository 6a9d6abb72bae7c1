// The VM's fast str helpers and the code-point indexing under them: slicing, comparison order,
// iteration, hashing and the memory checks, against python3 where it has an answer.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  strGetItem,
  strSlice,
  strIter,
  strConcat,
  strRepeat,
  strContains,
  strCompare,
  strHash,
  newStrOfType,
  PyStr,
} from '../../../src/objects/str.js';
import { cpLength, cpAt, cpToUnit, unitToCp, compareCodePoints, hasSurrogatePair } from '../../../src/objects/str-index.js';
import { bytesHash } from '../../../src/objects/bytes-methods.js';
import { PyException } from '../../../src/objects/exception.js';
import { callMethod, getItem } from '../../../src/objects/protocol.js';
import { newSlice } from '../../../src/objects/slice.js';
import { None } from '../../../src/objects/singletons.js';
import { activeMeter } from '../../../src/vm/meter.js';
import { pythonJson } from '../../support/python.js';
import { propertySeed } from '../../parser/support/seed.js';
import './support/oracle.js';
import { strType } from '../../../src/objects/type.js';

const CHARS = ['a', 'b', 'é', '\uffff', '\ue000', '😀', '𝔘', '\u{10ffff}', '\ud800', '\udc00', 'Z', '\u0100'];
const strArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 10 }).map((a) => a.join(''));

function errorOf(f: () => unknown): string {
  try {
    f();
    return 'no error';
  } catch (e) {
    if (e instanceof PyException) return `${e.cls.name}: ${e.args.length > 0 ? String(e.args[0]) : ''}`;
    throw e;
  }
}

describe('code-point indexing', () => {
  it('counts and indexes astral characters as one', () => {
    expect(cpLength('😀')).toBe(1);
    expect(cpLength('a😀b')).toBe(3);
    expect(strGetItem('😀a', 1)).toBe('a');
    expect(strGetItem('a😀b', -2)).toBe('😀');
    expect(cpAt('x😀y😀z', 3)).toBe('😀');
    expect(cpToUnit('x😀y', 2)).toBe(3);
    expect(unitToCp('x😀y', 3)).toBe(2);
    expect(hasSurrogatePair('\ud800x\udc00')).toBe(false);
    expect(cpLength('\ud800x\udc00')).toBe(3);
    expect(errorOf(() => strGetItem('😀', 1))).toBe('IndexError: string index out of range');
    expect([...iterate('a😀\udc00b')]).toEqual(['a', '😀', '\udc00', 'b']);
  });

  it('slices like python3', () => {
    const idx = fc.option(fc.integer({ min: -12, max: 12 }), { nil: null });
    const step = fc.option(fc.integer({ min: -4, max: 4 }).filter((x) => x !== 0), { nil: null });
    const cases = fc.sample(fc.tuple(strArb, idx, idx, step), { seed: propertySeed(0x51ce), numRuns: 1500 });
    const want = pythonJson<string[]>('import json,sys\nprint(json.dumps([s[a:b:c] for s,a,b,c in json.load(sys.stdin)]))', cases);
    cases.forEach(([s, a, b, c], i) => {
      expect(strSlice(s, a, b, c), JSON.stringify([s, a, b, c])).toBe(want[i]);
      expect(getItem(s, newSlice(a ?? None, b ?? None, c ?? None)), JSON.stringify([s, a, b, c])).toBe(want[i]);
    });
    expect(errorOf(() => strSlice('abc', 0, 1, 0))).toBe('ValueError: slice step cannot be zero');
  });

  it('orders by code point, as python3 sorts', () => {
    const strs = fc.sample(strArb, { seed: propertySeed(0x50f7), numRuns: 400 });
    const want = pythonJson<string[]>('import json,sys\nprint(json.dumps(sorted(json.load(sys.stdin))))', strs);
    const got = strs.slice().sort(compareCodePoints);
    expect(got).toEqual(want);
    expect(strCompare('😀', '\uffff', 0)).toBe(false);
    expect(strCompare('\uffff', '😀', 0)).toBe(true);
    expect(strCompare('a', 'a', 1)).toBe(true);
  });

  it('finds substrings without splitting a surrogate pair', () => {
    expect(strContains('😀', '\ude00')).toBe(false);
    expect(strContains('😀', '\ud83d')).toBe(false);
    expect(strContains('x\ude00', '\ude00')).toBe(true);
    expect(callMethod('😀\ude00', 'find', ['\ude00'])).toBe(1);
    expect(callMethod('a😀b', 'index', ['b'])).toBe(2);
  });

  it('keeps indexing linear on long astral strings', () => {
    const s = '😀a'.repeat(100000);
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < cpLength(s); i++) if (strGetItem(s, i) === 'a') n++;
    expect(n).toBe(100000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

function* iterate(s: string): Generator<string> {
  const it = strIter(s);
  for (let v = it.next(); v !== undefined; v = it.next()) yield v as string;
}

describe('hash', () => {
  it('is fixed run to run and shared with bytes and str subclasses', () => {
    expect(strHash('')).toBe(0);
    expect(strHash('abc')).toBe(strHash('abc'));
    expect(strHash('abc')).not.toBe(strHash('abd'));
    expect(strHash('abc')).toEqual(bytesHash(Uint8Array.from([97, 98, 99])));
    expect(strHash('héllo')).toEqual(bytesHash(Uint8Array.from([104, 0xe9, 108, 108, 111])));
    expect(callMethod(new PyStr('abc', strType), '__hash__')).toEqual(strHash('abc'));
    expect(newStrOfType(strType, 'abc')).toBe('abc');
    // FNV-1a 64 (reference: BigInt arithmetic) reduced to a signed 61-bit value; fnv1a64('a') is
    // the published 0xaf63dc4c8601ec8c. A change here changes every program's hash() output.
    const reference = (text: string): bigint => {
      let h = 0xcbf29ce484222325n;
      for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
      let r = h & ((1n << 61n) - 1n);
      if (r >= 1n << 60n) r -= 1n << 61n;
      return r === -1n ? -2n : r;
    };
    expect(reference('a') & ((1n << 61n) - 1n)).toBe(0xaf63dc4c8601ec8cn & ((1n << 61n) - 1n));
    for (const text of ['a', 'hello', 'The quick brown fox', 'é😀', 'x'.repeat(1000)]) {
      expect(BigInt(strHash(text))).toBe(reference(text));
    }
    expect(String(strHash('a'))).toBe('1108972154487172236');
  });
});

describe('memory', () => {
  it('refuses a huge repeat before building anything', () => {
    const before = activeMeter().allocated;
    expect(errorOf(() => strRepeat('x', 10 ** 12))).toBe('MemoryError: ');
    expect(errorOf(() => strRepeat('x', 2n ** 63n))).toBe("OverflowError: cannot fit 'int' into an index-sized integer");
    expect(errorOf(() => strRepeat('ab', 2n ** 62n))).toBe('OverflowError: repeated string is too long');
    expect(activeMeter().allocated - before).toBeLessThan(1000);
    expect(strRepeat('ab', 3)).toBe('ababab');
    expect(strRepeat('ab', -1)).toBe('');
  });
  it('charges new strings', () => {
    const before = activeMeter().allocated;
    strConcat('a'.repeat(1000), 'b'.repeat(1000));
    expect(activeMeter().allocated - before).toBeGreaterThanOrEqual(2000);
  });
  it('refuses huge widths and fills', () => {
    expect(errorOf(() => callMethod('x', 'center', [10 ** 12]))).toBe('MemoryError: ');
    expect(errorOf(() => callMethod('x', '__format__', ['>1000000000000']))).toBe('MemoryError: ');
    expect(errorOf(() => callMethod('%.1000000000f', '__mod__', [1]))).toBe('MemoryError: ');
    expect(errorOf(() => callMethod('a\tb', 'expandtabs', [10 ** 12]))).toBe('OverflowError: Python int too large to convert to C int');
    expect(errorOf(() => callMethod('a\tb', 'expandtabs', [2 ** 30]))).toBe('MemoryError: ');
    expect(errorOf(() => callMethod('ab'.repeat(1000), 'replace', ['', 'x'.repeat(1000000)]))).toBe('MemoryError: ');
  });
});
