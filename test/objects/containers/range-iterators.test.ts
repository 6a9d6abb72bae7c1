// range, slice and the builtin iterator types (src/objects/range.ts, slice.ts, iterators.ts)
// against python3.

import { describe, expect, it } from 'vitest';
import { compareLines, report } from './support.js';

const RANGE = [
  'range(5)', 'range(0, 5)', 'range(0, 5, 2)', 'range(5, 0, -1)', 'list(range(5, 0, -2))', 'range(1, 2, 0)', 'range(1.0)', 'range()', 'range(1, 2, 3, 4)',
  'range(1, x=2)', 'range(2**64)', 'len(range(2**64))', 'len(range(0, 10, 3))', 'len(range(10, 0, -3))', 'len(range(5, 5))', 'range(2**64)[5]',
  'range(2**64)[-1]', 'range(10)[20]', 'range(10)[-11]', "range(10)['a']", 'range(10)[1:8:3]', 'range(10)[::-1]', 'range(10)[-3:]', 'range(0, 10, 3)[::-2]',
  'range(2**64)[2**63:]', 'range(10)[::0]', 'range(0, 10, 3).index(6)', 'range(0, 10, 3).index(4)', 'range(5).index(True)', 'range(5).index(2.0)',
  'range(5).index("a")', 'range(5).count(2)', 'range(5).count(2.0)', 'range(5).count("x")', '3 in range(5)', '3.0 in range(5)', '5 in range(5)',
  '-1 in range(0, -10, -1)', '-10 in range(0, -10, -1)', '2**64 in range(2**65)', '"a" in range(3)', 'range(0) == range(2, 2)', 'range(0, 3) == range(3)',
  'range(0, 1, 5) == range(0, 1, 7)', 'range(0, 4, 2) == range(0, 3, 2)', 'range(3) == [0, 1, 2]', 'range(3) < range(4)', 'hash(range(10))',
  'hash(range(0, 10, 3))', 'hash(range(2**64))', 'bool(range(0))', 'bool(range(3))', 'range(1, 10, 2).start', 'range(1, 10, 2).stop', 'range(1, 10, 2).step',
  'list(reversed(range(5)))', 'list(reversed(range(1, 10, 3)))', 'list(reversed(range(0)))', 'type(iter(range(3)))', 'type(iter(range(2**64)))',
  'list(range(2**53 - 2, 2**53 + 3))', 'list(range(-2**53 - 2, -2**53 + 3))', 'list(range(2**64, 2**64 + 3))', 'sum(range(10**5))',
  'list(iter(range(10**20, 10**20 + 2)))', 'iter(range(10)).__length_hint__()', 'range(True)', 'range(3).__reduce__()', 'range(-3, 3)[::2]',
];

const SLICE = [
  'slice(1, 2)', 'slice(1)', 'slice(1, 2, 3)', 'slice()', 'slice(1, 2, 3, 4)', 'slice(x=1)', 'hash(slice(1, 2))', 'slice(1, 2) == slice(1, 2)',
  'slice(1, 2) < slice(1, 3)', 'slice(1, 2, 3).indices(10)', 'slice(None, None, -1).indices(5)', 'slice(1, 2, 0).indices(5)', 'slice(1, 2).indices(-1)',
  "slice('a').indices(5)", 'slice(-100, 100).indices(5)', 'slice(None, None, None).indices(2**100)', 'slice(2**100, None, -1).indices(10)',
  'slice(1, 2).start', 'slice(1, 2).step', "[1, 2, 3][slice('a')]", 'slice(1, 2).__reduce__()', 'slice(1.5, 2).indices(4)',
];

const ITERATORS = [
  "list(enumerate('ab'))", "list(enumerate('ab', 5))", "list(enumerate('ab', start=-1))", "list(enumerate(iterable='ab'))", 'enumerate(5)',
  "enumerate([1], start=2.0)", 'list(enumerate([1, 2], 2**70))', 'enumerate()', 'enumerate([], 1, 2)', 'enumerate(x=[])', "isinstance(enumerate(''), enumerate)",
  "list(zip([1, 2], 'ab'))", 'list(zip())', 'list(zip([1, 2, 3], [4]))', 'zip(5)', 'zip([1], x=1)', 'list(zip([1, 2], [1], strict=True))',
  'list(zip([1], [1], [1, 2], strict=True))', 'list(zip([1, 2], [1, 2], [1], strict=True))', 'list(zip([1], [1, 2], strict=True))',
  'list(zip([1], [1], strict=True))', 'list(zip([], strict=True))', 'list(map(lambda x: x * 2, [1, 2]))', 'list(map(pow, [2, 3], [3, 2]))',
  'list(map(pow, [2, 3], [3]))', 'map(len)', 'map(x=1)', 'list(map(int, "12"))', 'list(filter(None, [0, 1, 2, "", "a"]))',
  'list(filter(lambda x: x > 1, [1, 2, 3]))', 'list(filter(bool, [0, 1]))', 'filter(None)', 'filter(None, [], x=1)', 'list(reversed([1, 2, 3]))',
  "list(reversed('abc'))", 'list(reversed((1, 2)))', 'reversed(5)', 'reversed({1, 2})', 'reversed()', 'reversed([], [])', 'reversed(x=[])',
  'type(reversed([]))', "type(reversed('ab'))", 'type(reversed(range(2)))', 'list(reversed(Seq()))', 'list(iter(Seq()))', 'type(iter(Seq()))',
  'list(iter(Counter(), 3))', 'type(iter(Counter(), 3))', "next(iter(lambda: 1, 1), 'done')", 'list(reversed(NotRev()))', 'list(Sub([3, 4]))',
  'type(Sub([]))', "isinstance(zip(), zip)", "isinstance(map(len, ''), map)", 'iter(reversed([1, 2, 3])).__length_hint__()',
  'list(zip(*[[1, 2], [3, 4]]))', 'dict(zip("ab", map(str, range(2))))', 'list(enumerate(reversed(range(3))))',
];

const ITER_SETUP = `
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class Counter:
    n = 0
    def __call__(self):
        Counter.n += 1
        return Counter.n
class NotRev:
    __reversed__ = None
    def __getitem__(self, i): return i
class Sub(enumerate):
    pass
`;

describe('range against python3', () => {
  it('construction, indexing, slicing, search, hashing', () => {
    const ms = compareLines('', RANGE);
    expect(ms, report(ms)).toEqual([]);
  });
});

describe('slice against python3', () => {
  it('slice objects and indices()', () => {
    const ms = compareLines('', SLICE);
    expect(ms, report(ms)).toEqual([]);
  });
});

describe('iterators against python3', () => {
  it('enumerate, zip, map, filter, reversed, iter(f, sentinel), sequence iteration', () => {
    const ms = compareLines(ITER_SETUP, ITERATORS);
    expect(ms, report(ms)).toEqual([]);
  });
});
