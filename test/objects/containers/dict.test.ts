// dict, its views and iterators (src/objects/dict.ts) against python3.

import { describe, expect, it } from 'vitest';
import { compareLines, report } from './support.js';

const SETUP = `d = {1: 'a', 'b': 2, (1, 2): [3]}
e = {}
r = {}
r[1] = r
class Missing(dict):
    def __missing__(self, k): return k * 2
class Keyed:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
`;

const DICT = [
  'd', 'e', 'r', 'repr({1: {2: {}}})', "d[1]", "d['z']", 'd[(1, 2)]', 'd[[1]]', 'e[()]', 'len(d)', '1 in d', '[1] in d', "d.get('z')",
  "d.get('z', 5)", "d.get(1)", 'd.get()', "d.setdefault('n', 7), d", "d.setdefault(1)", "d.pop('b'), d", "d.pop('q')", "d.pop('q', 0)",
  'd.pop()', 'e.popitem()', "{1: 2, 3: 4}.popitem()", 'list(d)', 'list(d.keys())', 'list(d.values())', 'list(d.items())',
  'd.keys()', 'd.values()', 'd.items()', 'e.keys()', 'r.items()', 'dict(a=1, b=2)', 'dict([(1, 2), [3, 4]])', 'dict([[1, 2]], a=3)',
  'dict({1: 2}, x=1)', 'dict(Keyed())', 'dict(5)', 'dict([1])', 'dict([(1, 2, 3)])', "dict(['ab', 'c'])", 'dict(1, 2)', 'dict(zip("ab", range(2)))',
  'dict.fromkeys([1, 2])', "dict.fromkeys('ab', 0)", 'dict.fromkeys({3: 1, 4: 2})', 'dict.fromkeys({5, 6}, [])', 'Missing.fromkeys([1])',
  'type(Missing.fromkeys([1]))', '{1: 2} | {3: 4}', '{1: 2} | {1: 5}', '{1: 2} | 5', '{1: 2} | [(3, 4)]', '{1: 2} == {1: 2}', '{1: 2} == {1: 3}',
  '{1: 2} != {2: 1}', '{1: 2} < {1: 2}', '{1: 2} == [(1, 2)]', '{1: 2, 3: 4} == {3: 4, 1: 2}', 'hash({})', 'd.copy()', 'type(Missing().copy())',
  'Missing()[3]', "Missing({1: 2})[1]", 'Missing().get(3)', '3 in Missing()', 'list(reversed({1: 2, 3: 4}))', 'list(reversed({1: 2, 3: 4}.items()))',
  'list(reversed({1: 2, 3: 4}.values()))', 'type(reversed({}))', 'type(iter({}))', 'type(iter({}.values()))', 'type(iter({}.items()))',
  '{1: 2}.keys() & {1}', '{1: 2}.items() | {(3, 4)}', '{1: 2}.keys() - [1]', '{1, 5} - {1: 2}.keys()', '{1: 2}.keys() ^ {1, 3}', '[1] & {1: 2}.keys()',
  '{1: 2}.values() == {1: 2}.values()', '{1: 2}.keys() == {1}', '{1: 2}.keys() <= {1, 2}', '{1: 2}.keys() > set()', '{1: 2}.items() == {(1, 2)}',
  '(1, 2) in {1: 2}.items()', '(1, 3) in {1: 2}.items()', '[1, 2] in {1: 2}.items()', '2 in {1: 2}.values()', '{1: 2}.keys().isdisjoint([2])',
  '{1: 2}.items().isdisjoint({(1, 2)})', 'len({1: 2}.values())', 'hash({}.keys())', 'type(hash({}.values()))', '{1: 2}.keys().mapping',
  '{1: 2, 3: 4}.items() ^ {3: 4, 5: 6}.items()', '{1: 2, 3: 4}.items() ^ {(3, 4), (7, 8)}', '{1: 2}.keys() | {3: 4}.keys()',
  '{1: 2, 3: 4}.keys() & {3: 0, 1: 0, 9: 0}.keys()', '{True: 1, 1: 2, 1.0: 3}', '{1.0: 1}[1]', '{-0.0: 1}[0]', 'dict.__getitem__({1: 2}, 1)',
  'dict.get(1, 2)', '{}.__sizeof__() > 0', 'iter({1: 2}).__length_hint__()', 'dict.__new__(dict)', '{1: 2}.__or__(5)', '{1: 2}.__ror__({3: 4})',
  '{1: 2}.update(5)', 'e.update([(1, 2)], x=3) or e', 'e.update({1: 2}, {3: 4})', 'e.update(Keyed()) or e', '{**{1: 2}, **{3: 4}}',
];

const MUTATION = [
  'x = {1: 2}\nfor k in x: x[k + 1] = 0', 'x = {1: 2, 3: 4}\nfor k in x: del x[k]', 'x = {1: 2}\nfor k in x: x[k] = 5\nprint(x)',
  'x = {1: 2, 3: 4}\nfor k in x:\n    del x[k]\n    x[k + 10] = 0', 'x = {1: 2}\nfor v in x.values(): x.clear()', 'x = {1: 2}\nfor k in reversed(x): x[5] = 1',
  'x = {1: 2}; x |= {3: 4}; x |= [(5, 6)]; print(x)', 'x = {1: 2}; x |= 5', 'x = {}; x[1] = 1; del x[1]; x[2] = 2; x[1] = 3; print(x)',
  'x = {i: i for i in range(10)}\nfor i in range(0, 10, 2): del x[i]\nx[0] = 0\nprint(x, list(reversed(x)))', 'x = {1: 2}; del x[5]',
  'x = {}; x[[1]] = 1', 'x = {1: 2}; x.clear(); print(x, len(x))', 'x = {(1, 2): 3}; x[(1, 2)] = 4; print(x)', 'x = dict(a=1); x.__init__(b=2); print(x)',
  'x = {1: 1, 2: 2, 3: 3}; print(x.popitem(), x.popitem(), x)', 'it = iter({1: 2}); next(it); print(list(it))',
];

describe('dict against python3', () => {
  it('methods, views, operators, errors', () => {
    const ms = compareLines(SETUP, DICT);
    expect(ms, report(ms)).toEqual([]);
  });
  it('mutation and iteration', () => {
    const ms = compareLines('', MUTATION.map((s) => `(lambda: exec(${JSON.stringify(s)}))()`));
    expect(ms, report(ms)).toEqual([]);
  });
  it('subclasses and keys of int/float subclasses', () => {
    const ms = compareLines('class D(dict):\n    pass\nclass I(int):\n    pass\nclass E(int):\n    def __eq__(s, o): return True\n    __hash__ = int.__hash__\nd = D(a=1)\n', [
      'd', 'type(d)', 'd.__dict__', 'type(d | {})', '{I(5): 1}[5]', '{5: 1}[I(5)]', '{5: 1}.get(E(5))', 'D.fromkeys("ab")', 'type(D.fromkeys("ab"))',
      '{1.5: 0}[1.5]', 'isinstance(d, dict)', 'd == {"a": 1}', 'dict(d)', 'type(dict(d))',
    ]);
    expect(ms, report(ms)).toEqual([]);
  });
});
