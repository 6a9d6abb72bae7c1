# Checks list and tuple methods, comparisons, repetition, sorting stability, and in-place ops.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-1, 9)
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(9)
print(l, l.index(2), l.count(1), l.index(5, 2))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(key=lambda v: -v); print(l)
c = l.copy(); c.clear(); print(c, l)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [[]] * 2, [1, 2] * 0, [1] * -1)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print((1, 2) + (3,), (1,) * 3, (1, 2, 2).count(2), (5, 6).index(6), (1, (2, 3)) == (1, (2, 3)), (1, 2) < (1, 2, 3))
print(tuple(), (1,), (), type(()).__name__, len((1, 2, 3)), 2 in (1, 2))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow is nested)
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(recs, key=lambda r: r[1]))
x = [1, 2, 3]
x[1:2] = []
print(x)
x[len(x):] = [8, 9]
print(x, x[-1], x[::-1])
x *= 2
print(x)
y = [5, 3, 9]
print(y.sort(), y, sorted(y, reverse=True), list(reversed(y)))
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a, max(a), min(a), sum(a))
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    [].remove(1)
except ValueError as e:
    print(e)
try:
    (1, 2).index(9)
except ValueError as e:
    print(e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
self_ref = [1]
self_ref.append(self_ref)
print(self_ref)
print(list.__name__, [].__class__ is list, [1, 2].__len__(), [1, 2].__getitem__(1))
print(hash((1, 2)) == hash((1, 2)), (1, 2).__hash__() == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print([i for i in range(3)] == list(range(3)), [1, 2, 3][-2:], [1, 2, 3][:-5])
