// set and frozenset (src/objects/set.ts) against python3: the hash table is CPython's, so printing
// a set of ints, floats or tuples shows python3's order, after any sequence of operations. The
// property tests generate random operation sequences and compare the printed sets in one batch.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareLines, report, terrarium, python3All } from './support.js';

const SETUP = 's = {3, 1, 2, 100, 33}\nf = frozenset([1, 2])\ne = set()\n';
const SET = [
  's', 'set(range(20, 0, -3))', 'set([-1, -2, 2**64, 2**61 - 1, 0.5, 1.5, (1, 2), (2, 1)])', 'f', 'e', 'frozenset()',
  'set("abc") == {"a", "b", "c"}', 'repr(set())', '{1, 2} | {3}', '{1, 2} & {2, 3}', '{1, 2} - {2}', '{1, 2} ^ {2, 3}', '{1} | [2]',
  'f | {3}', '{3} | f', 'type(f | {3})', 'type({3} | f)', 'f & {1}', 'f - {1}', 'f ^ {9}', '{1, 2} <= {1, 2, 3}', '{1, 2} < {1, 2}',
  '{1, 2} >= {1}', '{1} > {1}', '{1, 2} == frozenset({1, 2})', '{1} != {2}', '{1} < [1]', '{1} == [1]', 'hash(f)', 'hash(frozenset())',
  'hash(s)', 'hash(frozenset({(1, 2), 3.5, -7}))', 'frozenset({1, 2}) == frozenset({2, 1})', 's.union([1000], (2000,))', 's.union()',
  's.intersection([1, 2, 77], range(3))', 's.intersection()', 's.difference([1], {2})', 's.symmetric_difference([1, 500])',
  's.issubset(range(200))', 's.issuperset([1, 2])', 's.isdisjoint([7])', 's.isdisjoint({1})', 'f.copy() is f', 's.copy() is s',
  '1 in s', '7 in s', '[1] in s', '{1} in {frozenset({1})}', 'set([1]) in s', 'len(s)', 'e.pop()', 'e.remove(1)', 'e.remove((1, 2))',
  'e.add([1])', 'set(5)', 'set([1], [2])', 'set(x=1)', 'frozenset(x=1)', 'frozenset([1], [2])', 'frozenset(f) is f', 'set.add([], 1)',
  'list({1: 2, 3: 4, 0: 1})', 'set({1: 2, 3: 4, 0: 1})', 'set({1: 2}.keys())', 'set({1: 2}.items())', 'sorted({5, 3, 9, 1})',
  'sum({1, 2, 3})', 'max({1, 9, 3})', '{i * 7 % 50 for i in range(30)}', 'set([0.0, -0.0, 0, False])', '{1, 1.0, True}',
'type(iter(set()))', 'iter({1, 2}).__length_hint__()', 's.__sizeof__() > 0', 'set.__hash__',
  '{1, 2}.__or__([1])', '{1}.__ror__({2})', 'frozenset.__new__(frozenset, [1])', '{1, 2}.__contains__({1})',
];

const MUTATION = [
  'x = {1, 2, 3}; x.add(4); x', 'x = {1, 2, 3}; x.discard(2); x.discard(9); x', 'x = {1, 2, 3}; x.remove(9)', 'x = {1, 2, 3}; x.pop(); x',
  'x = set(range(10)); [x.pop() for _ in range(5)], x', 'x = {1, 2}; x.update([3], (4,), {5}); x', 'x = {1, 2, 3}; x.intersection_update({2, 3, 4}, [3]); x',
  'x = {1, 2, 3}; x.difference_update([1], {3}); x', 'x = {1, 2, 3}; x.symmetric_difference_update([3, 4]); x', 'x = {1, 2}; x |= {3}; x',
  'x = {1, 2}; x &= {2}; x', 'x = {1, 2}; x -= {2}; x', 'x = {1, 2}; x ^= {2, 5}; x', 'x = {1, 2}; x |= [3]', 'x = frozenset({1}); x |= {2}; x',
  'x = {1, 2}; x.clear(); x', 'x = {1}; x.discard({1}); x', 'x = {frozenset({1})}; x.remove({1}); x', 'x = {1, 2}; x.__init__([5]); x',
  'x = {1, 2}; x.__init__(); x', 'x = {1}; x.update(x); x', 'x = {1}; x -= x; x', 'x = {1}; x ^= x; x', 'x = {1, 2}; x &= x; x',
  'x = set(range(100)); [x.discard(i) for i in range(0, 100, 3)]; x', 'x = {1, 2, 3}\nfor i in x: x.add(i + 10)',
  'x = {1, 2, 3}\nfor i in x: x.discard(i)', 'r = {1}; r.add(frozenset(r)); r',
];

describe('set against python3', () => {
  it('set displays of constants (compiler: a frozenset constant built as constantFrozenset(); VM: SET_UPDATE as setUpdate())', () => {
    const ms = compareLines('', ['{-1, -2, 2**64, 2**61 - 1, 0.5, 1.5, (1, 2), (2, 1)}', '{204140989432, 660446934722, -38, 71}', '{3, 1, 2, 100, 33}']);
    expect(ms, report(ms)).toEqual([]);
  });
  it('operators, methods, errors, order', () => {
    const ms = compareLines(SETUP, SET);
    expect(ms, report(ms)).toEqual([]);
  });
  it('mutation', () => {
    const ms = compareLines('', MUTATION.map((s) => `(lambda: exec(${JSON.stringify(s.replace(/; ([^;\n]*)$/, '; print(repr($1))'))}))()`));
    expect(ms, report(ms)).toEqual([]);
  });
  it('subclasses', () => {
    const ms = compareLines('class S(set):\n    pass\nclass F(frozenset):\n    pass\ns = S([3, 1])\nf = F([2])\n', [
      's', 'f', 'S()', 'F()', 'type(s | {1})', 'type(f | {1})', 'type(s.copy())', 'type(f.copy())', 'f.copy() is f', 's == {1, 3}',
      'hash(f) == hash(frozenset([2]))', 's.__dict__', 'type(s - s)', 'repr(S([S.__name__]))', 'F([1]) == frozenset([1])',
    ]);
    expect(ms, report(ms)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Order properties: random operations, every set printed.

const smallInt = fc.oneof(fc.integer({ min: -40, max: 300 }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.constantFrom(-1, -2, 2 ** 61 - 1, 0));
const element = fc.oneof(
  { weight: 6, arbitrary: smallInt.map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 100 }).map((n) => `${n / 4}`) },
  { weight: 1, arbitrary: fc.tuple(smallInt, smallInt).map(([a, b]) => `(${a}, ${b})`) },
);
const op = fc.oneof(
  element.map((e) => `s.add(${e})`),
  element.map((e) => `s.discard(${e})`),
  fc.array(element, { maxLength: 20 }).map((es) => `s.update([${es.join(', ')}])`),
  fc.array(element, { maxLength: 20 }).map((es) => `s = s | {${es.join(', ') || '0'}}`),
  fc.array(element, { maxLength: 20 }).map((es) => `s = s & {${es.join(', ') || '0'}} | s.difference([${es.join(', ')}])`),
  fc.array(element, { maxLength: 20 }).map((es) => `s.symmetric_difference_update([${es.join(', ')}])`),
  fc.array(element, { maxLength: 20 }).map((es) => `s.difference_update([${es.join(', ')}])`),
  fc.constant('s.pop() if s else None'),
  fc.constant('s = set(s)'),
  fc.constant('s = frozenset(s) | set()'),
  fc.constant('s = s.copy()'),
  fc.constant('s.intersection_update(s)'),
);

describe('set iteration order against python3', () => {
  it('random int/float/tuple sets built by random operations', () => {
    const programs = fc.sample(fc.tuple(fc.array(element, { maxLength: 60 }), fc.array(op, { maxLength: 25 })), { numRuns: 120, seed: 21 });
    const src = programs
      .map(([init, ops]) => `s = set([${init.join(', ')}])\nprint(s)\n${ops.map((o) => `${o}\nprint(s)`).join('\n')}`)
      .join('\n');
    const expected = python3All([src])[0]!.split('\n');
    const actual = terrarium(src).split('\n');
    const firstDiff = expected.findIndex((l, i) => l !== actual[i]);
    expect(firstDiff === -1 ? '' : `line ${firstDiff}: expected ${expected[firstDiff]} got ${actual[firstDiff]}`).toBe('');
  });
  it('large sets of consecutive and scattered ints', () => {
    const src = [
      'print(set(range(1000)) == set(range(1000)), list(set(range(-500, 500, 7)))[:40])',
      'print(list({i * 1000003 % 65537 for i in range(5000)})[:50])',
      'print(list(set(range(0, 10**6, 977)))[-30:])',
      's = set(range(200))\nfor i in range(0, 200, 2): s.remove(i)\nfor i in range(1000, 1100): s.add(i)\nprint(list(s))',
      's = set()\nfor i in range(100): s.add(i * 8); s.discard(i * 8 - 8)\nprint(s)',
    ].join('\n');
    expect(terrarium(src)).toBe(python3All([src])[0]);
  });
});
