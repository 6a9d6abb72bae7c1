# Checks set and frozenset methods and operators (printed in sorted form for determinism).
a = {1, 2, 3, 4}
b = {3, 4, 5}
def p(*sets):
    print(*[sorted(s) for s in sets])
p(a | b, a & b, a - b, b - a, a ^ b)
p(a.union([9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference(range(3)))
print(a <= a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(3); s.add(1); s.add(3)
s.update([5, 6], (7,))
p(s)
s.discard(100); s.discard(5); s.remove(6)
p(s)
x = s.pop()
print(x in (1, 3, 7), len(s))
s.clear()
print(s, len(s), bool(s))
c = {1, 2, 3}
c -= {1}; p(c)
c |= {9}; p(c)
c &= {2, 9, 10}; p(c)
c ^= {2, 4}; p(c)
d = {1, 2, 3}
d.difference_update({1}); d.intersection_update({2, 3, 4}); d.symmetric_difference_update({3, 8})
p(d)
fs = frozenset([3, 1, 2])
print(sorted(fs), 2 in fs, len(fs), hash(fs) == hash(frozenset([1, 2, 3])), type(fs | {4}).__name__, type({4} | fs).__name__)
print({frozenset([1]): "ok"}[frozenset([1])], frozenset() == set(), {1, 2} == frozenset([1, 2]))
print(set("aab") == {"a", "b"}, len({1, 1.0, True}), {0, False} == {0}, 2 in {1, 2})
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    fs.add(1)
except AttributeError as e:
    print(e)
print(repr(set()), repr(frozenset()), repr({5}), repr(frozenset({5})))
print(sorted({x % 4 for x in range(20)}), sorted(set(range(5)) - {0, 4}))
s2 = {3}
for v in list(s2):
    s2.add(v + 1)
p(s2)
print(set([1, 2]).copy() == {1, 2}, {1, 2} != {1, 3})
