// list.sort() (src/objects/sort.ts, the port of CPython 3.11's listsort) against python3: results,
// stability, key= and reverse=, errors, "list modified during sort", and the exact sequence of
// __lt__ calls, which equals CPython's because the algorithm is followed step by step.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareLines, report, terrarium, python3All } from './support.js';

const SORT = [
  'sorted([3, 1, 2])', "sorted('bca')", 'sorted([3, 1, 2], reverse=True)', 'sorted([1, -1, 2], key=abs)', "sorted(['b', 'A', 'a'], key=str.lower)",
  'sorted([(1, "b"), (1, "a"), (0, "z")])', 'sorted([1, "a"])', "sorted([[1], [0, 5], []])", 'sorted([2.5, 1, 10**20, -3, 1e20])',
  "sorted([float('nan'), 3, 1, float('nan'), 2, 0])", "sorted([3, float('nan'), 1, 2] * 10)", 'sorted([1, 2], key=1)', '[].sort(1)', '[].sort(key=None, reverse=2)',
  '[3, 1].sort(cmp=1)', 'sorted([3, 1], reverse=1.5)', 'sorted([3, 1], reverse=None)', "sorted(['\\U0001F600', '\\uffff', 'a'])", 'sorted([True, 2, False, 1])',
  'sorted({3: 1, 1: 2})', 'sorted([3, 1, 2], key=lambda x: -x)', 'sorted(range(10), key=lambda x: x % 3)', 'sorted(range(10), key=lambda x: x % 3, reverse=True)',
  'sorted([1, 2, 3], key=lambda x: 1 / (x - 2))', 'sorted([[2], [1]], key=lambda x: x[0])', 'sorted([{1}, {0}])', 'sorted([1j, 2j])',
];

describe('sort against python3', () => {
  it('results and errors', () => {
    const ms = compareLines('', SORT);
    expect(ms, report(ms)).toEqual([]);
  });
  it('list modified during sort, and the list is empty while sorting', () => {
    const src = `
x = [3, 1, 2]
def k(v):
    print(len(x), end=' ')
    return v
x.sort(key=k)
print(x)
def bad(v):
    x.append(v)
    return v
try:
    x.sort(key=bad)
except ValueError as e:
    print(e, x)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        y.append(0)
        return self.v < o.v
    def __repr__(self): return 'C%d' % self.v
y = [C(2), C(1), C(3)]
try:
    y.sort()
except ValueError as e:
    print(e, y)
z = [3, 1, 'a', 2]
try:
    z.sort()
except TypeError as e:
    print(e, z)
z = [3, 1, 'a', 2]
try:
    z.sort(reverse=True)
except TypeError as e:
    print(e, z)
w = [1, 2, 3]
try:
    w.sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print(e, w)
`;
    expect(terrarium(src)).toBe(python3All([src])[0]);
  });
  it('the same __lt__ calls as CPython, on random lists (runs, galloping, merges)', () => {
    const lists = fc.sample(
      fc.oneof(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 60, maxLength: 400 }),
        fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 60 })).map(([n, k]) => Array.from({ length: n }, (_, i) => (i % k) * 7 + Math.floor(i / k))),
      ),
      { numRuns: 40, seed: 8 },
    );
    const src = `
calls = 0
class K:
    __slots__ = ('v', 'i')
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, o):
        global calls
        calls += 1
        return self.v < o.v
def check(xs, rev):
    global calls
    calls = 0
    ks = [K(v, i) for i, v in enumerate(xs)]
    ks.sort(reverse=rev)
    print(calls, [k.i for k in ks][:20], hash(tuple(k.i for k in ks)))
` + lists.map((l, i) => `check(${JSON.stringify(l)}, ${i % 2 === 0 ? 'False' : 'True'})`).join('\n') + '\n';
    expect(terrarium(src)).toBe(python3All([src])[0]);
  });
  it('inconsistent orderings give CPython\'s permutation', () => {
    const src = `
for n in (5, 40, 100, 300):
    xs = [(i * 7919 % 1009) / 1009 for i in range(n)]
    xs[::3] = [float('nan')] * len(xs[::3])
    print(sorted(xs)[:8])
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return (self.v * 7919 + o.v * 104729) % 3 == 0
    def __repr__(self): return str(self.v)
print(sorted([Bad(i) for i in range(200)]))
`;
    expect(terrarium(src)).toBe(python3All([src])[0]);
  });
});
