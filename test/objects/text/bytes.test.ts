// bytes and bytearray against python3: constructors, methods, special methods, mutation, errors.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../../src/objects/str.js';
import { call, differences, report, show, f, type Case, type J } from './support/oracle.js';
import { propertySeed } from '../../parser/support/seed.js';
import { callMethod } from '../../../src/objects/protocol.js';
import { PyByteArray, PyBytes, bytearrayType } from '../../../src/objects/bytes.js';
import { activeMeter } from '../../../src/vm/meter.js';
import { PyException } from '../../../src/objects/exception.js';

const b = (s: string): J => ({ bytes: Array.from(s, (c) => c.charCodeAt(0)) });
const ba = (s: string): J => ({ bytearray: Array.from(s, (c) => c.charCodeAt(0)) });
const BYTES = { type: 'bytes' } as J;
const BYTEARRAY = { type: 'bytearray' } as J;

const SAMPLES = ['', 'a', 'abc', 'Hello, World!', '  spaced  out  ', '\t tabs\tand\nnewlines\r\n', '\x00\xff\x80', 'aaa', 'ababab', '-42', 'Title Case', 'MiXeD 123', "it's \"q\"", 'a\rb\nc\r\nd'];
const NOARG = ['capitalize', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'lower', 'swapcase', 'title', 'upper', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', '__len__', '__repr__', 'hex', 'decode', 'expandtabs'];

function sampleCases(): Case[] {
  const cases: Case[] = [];
  for (const s of SAMPLES) {
    for (const mk of [b, ba]) {
      const self = mk(s);
      for (const m of NOARG) cases.push(call(self, m));
      for (const w of [0, 6, 15]) cases.push(call(self, 'center', w), call(self, 'ljust', w, b('*')), call(self, 'rjust', w), call(self, 'zfill', w));
      for (const sub of ['', 'a', 'b', 'ab', ' ', 'zz', '\xff']) {
        for (const m of ['find', 'rfind', 'count', 'startswith', 'endswith', '__contains__', 'partition', 'rpartition', 'split', 'rsplit', 'removeprefix', 'removesuffix', 'strip']) {
          cases.push(call(self, m, b(sub)));
        }
        for (const m of ['find', 'count', 'index', 'rindex']) cases.push(call(self, m, b(sub), 1, -1), call(self, m, ba(sub), -3));
        cases.push(call(self, 'replace', b(sub), b('-')), call(self, 'replace', b(sub), b('<>'), 2), call(self, 'split', b(sub), 1), call(self, 'rsplit', b(sub), 1));
      }
      cases.push(call(self, 'find', 97), call(self, 'count', 98), call(self, '__contains__', 97), call(self, 'index', 0x20));
      cases.push(call(self, 'split', null, 1), call(self, 'rsplit', null, 1), call(self, 'splitlines', true), call(self, 'expandtabs', 4));
      cases.push(call(self, '__getitem__', 0), call(self, '__getitem__', -1), call(self, '__getitem__', 100));
      cases.push(call(self, '__add__', b('x')), call(self, '__add__', ba('y')), call(self, '__mul__', 3), call(self, '__rmul__', 0));
      for (const op of ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']) cases.push(call(self, op, b('abc')), call(self, op, ba('abc')), call(self, op, 'abc'));
      cases.push(call(self, 'hex', ':'), call(self, 'hex', b('-'), 2), call(self, 'hex', ' ', -2));
      cases.push(call(self, 'translate', null, b('a')), call(self, 'decode', 'latin-1'), call(self, 'decode', 'utf-8', 'replace'), call(self, 'decode', 'ascii', 'backslashreplace'));
      cases.push(call(self, 'join', [b('x'), ba('y')]), call(self, 'startswith', { tuple: [b('x'), b('a'), b('H')] }));
    }
    cases.push(call(b(s), '__getnewargs__'));
  }
  return cases;
}

const OTHER: Case[] = [
  call(b('a'), 'find', 'a'),
  call(b('a'), '__add__', 'a'),
  call(ba('a'), '__add__', 'a'),
  call(b('a'), 'join', ['a']),
  call(b('a'), 'join', 1),
  call(b('a'), 'split', 'a'),
  call(b('a'), 'startswith', 'a'),
  call(b('a'), 'startswith', { tuple: ['a'] }),
  call(b('a'), 'replace', 'a', 'b'),
  call(b('a'), 'strip', 'a'),
  call(b('a'), '__contains__', 'a'),
  call(b('a'), '__contains__', 256),
  call(b('a'), '__getitem__', f(1)),
  call(ba('a'), '__getitem__', f(1)),
  call(ba('a'), '__getitem__', 5),
  call(BYTES, '__new__', BYTES, -1),
  call(BYTES, '__new__', BYTES, 'a'),
  call(BYTES, '__new__', BYTES, f(1.5)),
  call(BYTES, '__new__', BYTES, [256]),
  call(BYTES, '__new__', BYTES, ['a']),
  call(BYTES, '__new__', BYTES, 1, 'utf-8'),
  { self: BYTES, method: '__new__', args: [BYTES, 'a'], kw: { errors: 'x' } },
  { self: BYTES, method: '__new__', args: [BYTES], kw: { errors: 'x' } },
  { self: BYTES, method: '__new__', args: [BYTES], kw: { encoding: 'x' } },
  call(BYTES, '__new__', BYTES, { int: '18446744073709551616' }),
  call(BYTES, '__new__', BYTES, 5),
  call(BYTES, '__new__', BYTES, [1, 2, 255]),
  call(BYTES, '__new__', BYTES, { tuple: [104, 105] }),
  call(BYTES, '__new__', BYTES, 'é😀', 'utf-8'),
  call(BYTES, '__new__', BYTES, 'é', 'ascii', 'ignore'),
  call(BYTES, '__new__', BYTES, ba('xy')),
  call(BYTES, '__new__', BYTES),
  call(BYTES, 'fromhex', '01 02'),
  call(BYTES, 'fromhex', '0 1'),
  call(BYTES, 'fromhex', '0g'),
  call(BYTES, 'fromhex', ' 01 '),
  call(BYTES, 'fromhex', 1),
  call(BYTES, 'fromhex', 'DEADbeef'),
  call(BYTEARRAY, 'fromhex', 'ff00'),
  call(BYTES, 'maketrans', b('a'), b('bc')),
  call(b('a'), 'translate', b('x')),
  call(b('abc'), 'translate', { bytes: Array.from({ length: 256 }, (_, i) => 255 - i) }),
  call(b('a'), 'center', 5, 'x'),
  call(b('a'), 'center', 5, b('xy')),
  call(b('\x01\x02'), 'hex', '::'),
  call(b('abc'), '__mod__', 5),
  call(ba('a'), '__hash__'),
  call(b('x'), '__mul__', { int: '9223372036854775808' }),
  call(b('a'), 'index', b('z')),
  call(b('a'), 'rindex', b('z')),
  call(b('a'), 'split', b('')),
  call(b('a'), 'partition', b('')),
  { self: b('a b c'), method: 'split', kw: { maxsplit: 1 } },
  { self: b('a b c'), method: 'split', kw: { sep: b(' '), maxsplit: 1 } },
  call(b('abc'), '__getitem__', 1),
  call(ba('abc'), 'copy'),
  call(ba('abc'), '__alloc__'),
];

describe('bytes and bytearray agree with python3', () => {
  it('on sample values', () => {
    const d = differences(sampleCases());
    expect(d, report(d)).toEqual([]);
  });
  it('on constructors, errors and edge cases', () => {
    const d = differences(OTHER.filter((c) => c.method !== '__alloc__'));
    expect(d, report(d)).toEqual([]);
  });
  it('on random bytes', () => {
    const bytes = fc.array(fc.constantFrom(97, 98, 32, 9, 10, 13, 0, 255, 65, 66, 49), { maxLength: 10 });
    const caseArb: fc.Arbitrary<Case> = fc.oneof(
      fc.tuple(bytes, fc.constantFrom(...NOARG)).map(([x, m]) => call({ bytes: x }, m)),
      fc.tuple(bytes, fc.constantFrom('find', 'rfind', 'count', 'split', 'rsplit', 'partition', 'rpartition', 'strip', 'startswith', 'endswith'), bytes).map(([x, m, y]) => call({ bytes: x }, m, { bytes: y })),
      fc.tuple(bytes, bytes, bytes, fc.integer({ min: -2, max: 4 })).map(([x, o, n, c]) => call({ bytearray: x }, 'replace', { bytes: o }, { bytes: n }, c)),
      fc.tuple(bytes, fc.integer({ min: -12, max: 12 }), fc.integer({ min: -12, max: 12 })).map(([x, s, e]) => call({ bytes: x }, 'find', { bytes: [97] }, s, e)),
    );
    const d = differences(fc.sample(caseArb, { seed: propertySeed(0xb7e5), numRuns: 2000 }));
    expect(d, report(d)).toEqual([]);
  });
});

describe('bytearray mutation', () => {
  function seq(start: number[], ops: [string, PyBytes | PyByteArray | number | string | null | undefined, ...unknown[]][]): string {
    const x = new PyByteArray(Uint8Array.from(start));
    const out: string[] = [];
    for (const [m, ...args] of ops) {
      try {
        const r = callMethod(x, m, args.filter((v) => v !== undefined) as never);
        out.push(show(r));
      } catch (e) {
        if (e instanceof PyException) out.push(`${e.cls.name}: ${String(e.args[0])}`);
        else throw e;
      }
      out.push(show(x));
    }
    return out.join(' | ');
  }
  it('appends, inserts, pops, removes, extends and reverses as CPython', () => {
    const got = seq([1, 2, 3], [
      ['append', 4],
      ['append', 256],
      ['insert', 0, 9],
      ['insert', -1, 8],
      ['insert', 100, 7],
      ['pop', undefined],
      ['pop', 0],
      ['pop', 100],
      ['remove', 2],
      ['remove', 42],
      ['extend', new PyBytes(Uint8Array.from([5, 6]))],
      ['extend', 'ab'],
      ['reverse', undefined],
      ['__iadd__', new PyBytes(Uint8Array.from([0]))],
      ['__imul__', 2],
      ['clear', undefined],
      ['pop', undefined],
    ]);
    expect(got).toBe(
      [
        'None | bytearray(b\'\\x01\\x02\\x03\\x04\')',
        'ValueError: byte must be in range(0, 256) | bytearray(b\'\\x01\\x02\\x03\\x04\')',
        'None | bytearray(b\'\\t\\x01\\x02\\x03\\x04\')',
        'None | bytearray(b\'\\t\\x01\\x02\\x03\\x08\\x04\')',
        'None | bytearray(b\'\\t\\x01\\x02\\x03\\x08\\x04\\x07\')',
        '7 | bytearray(b\'\\t\\x01\\x02\\x03\\x08\\x04\')',
        '9 | bytearray(b\'\\x01\\x02\\x03\\x08\\x04\')',
        'IndexError: pop index out of range | bytearray(b\'\\x01\\x02\\x03\\x08\\x04\')',
        'None | bytearray(b\'\\x01\\x03\\x08\\x04\')',
        'ValueError: value not found in bytearray | bytearray(b\'\\x01\\x03\\x08\\x04\')',
        'None | bytearray(b\'\\x01\\x03\\x08\\x04\\x05\\x06\')',
        "TypeError: expected iterable of integers; got: 'str' | bytearray(b'\\x01\\x03\\x08\\x04\\x05\\x06')",
        'None | bytearray(b\'\\x06\\x05\\x04\\x08\\x03\\x01\')',
        'bytearray(b\'\\x06\\x05\\x04\\x08\\x03\\x01\\x00\') | bytearray(b\'\\x06\\x05\\x04\\x08\\x03\\x01\\x00\')',
        'bytearray(b\'\\x06\\x05\\x04\\x08\\x03\\x01\\x00\\x06\\x05\\x04\\x08\\x03\\x01\\x00\') | bytearray(b\'\\x06\\x05\\x04\\x08\\x03\\x01\\x00\\x06\\x05\\x04\\x08\\x03\\x01\\x00\')',
        'None | bytearray(b\'\')',
        'IndexError: pop from empty bytearray | bytearray(b\'\')',
      ].join(' | '),
    );
  });

  it('assigns and deletes items and slices', () => {
    const x = new PyByteArray(Uint8Array.from([0, 1, 2, 3, 4, 5]));
    callMethod(x, '__setitem__', [0, 65]);
    callMethod(x, '__setitem__', [-1, 66]);
    expect(show(x)).toBe("bytearray(b'A\\x01\\x02\\x03\\x04B')");
    expect(() => callMethod(x, '__setitem__', [6, 1])).toThrow();
    callMethod(x, '__delitem__', [1]);
    expect(show(x)).toBe("bytearray(b'A\\x02\\x03\\x04B')");
  });

  it('grows in amortized steps, each charged', () => {
    const x = new PyByteArray(new Uint8Array(0));
    const before = activeMeter().allocated;
    for (let i = 0; i < 10000; i++) callMethod(x, 'append', [i & 0xff]);
    expect(x.data.length).toBe(10000);
    const charged = activeMeter().allocated - before;
    expect(charged).toBeGreaterThanOrEqual(10000);
    expect(charged).toBeLessThan(40000);
    expect(x.cls).toBe(bytearrayType);
  });

  it('refuses a huge repeat before allocating', () => {
    const before = activeMeter().allocated;
    expect(() => callMethod(new PyBytes(Uint8Array.from([1, 2])), '__mul__', [10 ** 12])).toThrow(PyException);
    expect(activeMeter().allocated - before).toBeLessThan(1000);
  });
});

