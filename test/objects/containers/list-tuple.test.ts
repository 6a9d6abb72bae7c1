// list and tuple (src/objects/list.ts, tuple.ts, slice.ts) against python3: methods, indexing and
// slicing with every sign of step, slice assignment, comparisons, repr with recursion, errors.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareLines, report, terrarium, python3All } from './support.js';

const LIST_SETUP = 'a = [1, 2, 3, 4, 5]\nb = []\nr = [1]\nr.append(r)\n';
const LIST = [
  'a[0]', 'a[-1]', 'a[5]', 'a[-6]', "a['a']", 'a[1.0]', 'a[True]', 'a[2**63]', 'a[1:3]', 'a[::-1]', 'a[::2]', 'a[-2:]', 'a[3:1]', 'a[3:1:-1]',
  'a[::0]', 'a[None:None:None]', 'a[-100:100]', 'a[5::-2]', 'a[slice(1, None)]', "a[1:'x']", 'a[::-2**70]', 'a[2**70:]',
  'len(a)', '3 in a', '9 in a', 'a + [6]', 'a + (6,)', '[1] * 3', '3 * [1]', '[1] * -1', '[1, 2] * True', '[1] * 2.0', '2.5 * [1]',
  '[0] * 10**12', '[0] * 2**62', '[0] * 2**63', 'a == [1, 2, 3, 4, 5]', 'a < [1, 2, 4]', 'a > [1, 2]', '[1, 2] < [1, "a"]',
  '[1, 2] < [2, "a"]', '[1] < (1,)', '[1] == (1,)', '[] <= []', '[float("nan")] == [float("nan")]', 'r', 'repr(r)', '[r, [r]]',
  'str([1, "a", None, 2.5])', 'hash([])', 'list("abc")', 'list(range(3))', 'list(5)', 'list([1], [2])', 'list(x=1)', 'list()',
  'list({1: 2})', 'a.index(3)', 'a.index(9)', "['x'].index('y')", 'a.index(3, 3)', 'a.index(5, -1)', 'a.index(1, -100, 100)',
  'a.index(2, 2**80)', 'a.count(1)', 'a.count()', 'b.pop()', 'a.copy()', 'list.append(1, 2)', 'list.append()', '[].insert(0)',
  '[].extend(5)', 'list.__len__([1,2])', 'list.__getitem__([1], 0, 1)', 'type([1, 2].__reversed__())', 'list(reversed(a))',
  '[].__sizeof__() >= 0', 'type(iter([]))', 'iter([1]).__length_hint__()', '[x for x in [1, 2] if x > 1]',
];

const LIST_MUTATION = [
  ['x = [1, 2, 3]; x.append(4); x', 'x = [1, 2, 3]; x.extend((4, 5)); x', 'x = [1, 2]; x.extend(x); x', 'x = [1, 2]; x += x; x',
    'x = [1, 2]; x += "ab"; x', 'x = [1]; x += 5; x', 'x = [1, 2]; x *= 3; x', 'x = [1, 2]; x *= 0; x', 'x = [1]; x *= 1.5; x',
    'x = [1, 2, 3]; x.insert(0, 0); x', 'x = [1, 2, 3]; x.insert(-1, 9); x', 'x = [1, 2, 3]; x.insert(100, 9); x',
    'x = [1, 2, 3]; x.insert(-100, 9); x', 'x = [1, 2, 3]; x.insert(2**70, 9); x', 'x = [1, 2, 3]; x.remove(2); x',
    'x = [1, 2, 3]; x.remove(5)', 'x = [1, 2, 3]; x.pop(), x', 'x = [1, 2, 3]; x.pop(0), x', 'x = [1, 2, 3]; x.pop(-1), x',
    'x = [1, 2, 3]; x.pop(5)', 'x = [1, 2, 3]; x.pop(2**63)', 'x = [1, 2, 3]; x.pop("a")', 'x = [1, 2, 3]; x.clear(); x',
    'x = [1, 2, 3]; x.reverse(); x'],
  ['x = [1, 2, 3]; x[0] = 9; x', 'x = [1, 2, 3]; x[-1] = 9; x', 'x = [1, 2, 3]; x[3] = 9', 'x = [1, 2, 3]; x["a"] = 9',
    'x = [1, 2, 3]; x[1:2] = [7, 8, 9]; x', 'x = [1, 2, 3]; x[1:1] = "ab"; x', 'x = [1, 2, 3]; x[:] = []; x', 'x = [1, 2, 3]; x[2:0] = [5]; x',
    'x = [1, 2, 3]; x[::2] = [8, 9]; x', 'x = [1, 2, 3]; x[::2] = [8]', 'x = [1, 2, 3]; x[::-1] = "abc"; x', 'x = [1, 2, 3]; x[::-1] = [1, 2]',
    'x = [1, 2, 3]; x[1:] = 5', 'x = [1, 2, 3]; x[::2] = 5', 'x = [1, 2, 3]; x[:] = x; x', 'x = [1, 2, 3]; x[1:] = x; x',
    'x = [1, 2, 3]; x[5:] = [9]; x', 'x = [1, 2, 3]; x[-10:1] = [9]; x', 'x = [1, 2, 3]; x[::1] = [9]; x', 'x = [1, 2, 3]; x[3:1:1] = [9]; x',
    'x = [1, 2, 3, 4]; x[::-2] = []', 'x = []; x[::-1] = []; x', 'x = [1, 2, 3]; x[0:0:-1] = []; x'],
  ['x = [1, 2, 3]; del x[0]; x', 'x = [1, 2, 3]; del x[-1]; x', 'x = [1, 2, 3]; del x[3]', 'x = [1, 2, 3, 4, 5]; del x[1:3]; x',
    'x = [1, 2, 3, 4, 5]; del x[::2]; x', 'x = [1, 2, 3, 4, 5]; del x[::-2]; x', 'x = [1, 2, 3, 4, 5]; del x[::]; x', 'x = [1, 2, 3]; del x["a"]',
    'x = [1, 2, 3, 4, 5, 6]; del x[-1:0:-3]; x', 'x = [1, 2]; del x[5:9]; x'],
];

const TUPLE = [
  '()', '(1,)', '(1, 2)', '((1,),)', 'repr(((),))', 'tuple("ab")', 'tuple()', 'tuple(5)', 'tuple(1, 2)', 'tuple(x=1)', '(1, 2)[0]', '(1, 2)[5]',
  "(1, 2)['a']", '(1, 2, 3)[::-1]', '(1, 2, 3)[1:]', '(1, 2) + (3,)', '(1,) + [1]', '(1, 2) * 2', '2 * (1,)', '(1,) * 2**63', '(1,) * -5',
  '(1, 2) < (1, 3)', '(1, 2) == (1, 2)', '(1, 2) < (1, 2, 0)', '(1, "a") < (2, "b")', '(1, "a") < (1, 2)', '(1,) == [1]', 'hash((1, 2))',
  'hash(((1, 2), (3,)))', 'hash((1, [2]))', '(1, 2, 1).count(1)', '(1, 2).index(2)', '(1, 2).index(3)', '(1, 2, 3).index(3, -1)',
  '(1, 2).count()', '3 in (1, 2, 3)', 'len((1, 2))', 'type(iter(()))', '(1, 2).__getnewargs__()', 'tuple.__new__(tuple, [1])',
  'tuple.__new__(int)', '(1, (2, [3]))', 'tuple(T1) is T1', 'type((1,) * 1)', '(1, 2)[2**70]', '(1, 2)[-2**70:2**70]',
];

const SUBCLASS = `
class L(list):
    def __repr__(self): return 'L' + list.__repr__(self)
class T(tuple):
    pass
l = L([1, 2])
t = T((1, 2))
`;
const SUBCLASS_LINES = ['l', 'l + [3]', 'type(l + [3])', 'type(l[:])', 'type(l * 2)', 'l.__dict__', 'isinstance(l, list)', 'l == [1, 2]',
  't', 'type(t)', 'type(t + ())', 'type(t[:])', 't == (1, 2)', 'hash(t) == hash((1, 2))', 'type(t * 1)', 'L()', 'T()', 'L("ab")', 'len(l)'];

describe('list against python3', () => {
  it('indexing, operators, methods, errors', () => {
    const ms = compareLines(LIST_SETUP, LIST);
    expect(ms, report(ms)).toEqual([]);
  });
  it('mutation, slice assignment and deletion', () => {
    for (const group of LIST_MUTATION) {
      const ms = compareLines('', group.map((s) => `(lambda: exec(${JSON.stringify(s.replace(/; ([^;]*)$/, '; print(repr($1))'))}))()`));
      expect(ms, report(ms)).toEqual([]);
    }
  });
  it('repr of deeply nested lists raises RecursionError', () => {
    const src = 'x = []\nfor _ in range(100000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError as e:\n    print("caught", e)\nprint(repr([[1], [2]]))\n';
    expect(terrarium(src)).toBe(python3All([src])[0]);
  });
  it('random slices against python3', () => {
    const idx = fc.oneof(fc.constant('None'), fc.integer({ min: -12, max: 12 }).map(String));
    const step = fc.oneof(fc.constant('None'), fc.integer({ min: -5, max: 5 }).filter((n) => n !== 0).map(String));
    const cases = fc.sample(fc.tuple(fc.integer({ min: 0, max: 9 }), idx, idx, step, fc.integer({ min: 0, max: 6 })), { numRuns: 300, seed: 4 });
    const src = cases
      .map(([n, a, b, c, m]) => {
        const sl = `${a}:${b}:${c}`;
        return `x = list(range(${n}))\nprint(x[${sl}], tuple(x)[${sl}], range(${n})[${sl}], slice(${a}, ${b}, ${c}).indices(${n}))\ntry:\n    x[${sl}] = list(range(${m}))\n    print(x)\nexcept ValueError as e:\n    print(e)\nx = list(range(${n}))\ndel x[${sl}]\nprint(x)`;
      })
      .join('\n');
    expect(terrarium(src)).toBe(python3All([src])[0]);
  });
});

describe('tuple against python3', () => {
  it('operations, methods, hashing, errors', () => {
    const ms = compareLines('T1 = (1,)', TUPLE);
    expect(ms, report(ms)).toEqual([]);
  });
  it('subclasses of list and tuple', () => {
    const ms = compareLines(SUBCLASS, SUBCLASS_LINES);
    expect(ms, report(ms)).toEqual([]);
  });
});
