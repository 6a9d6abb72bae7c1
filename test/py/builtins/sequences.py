# Checks iteration builtins: len, range, enumerate, zip, map, filter, reversed, sorted, iter, next, all, any, list, tuple, set, frozenset, dict.
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len(frozenset([1, 1])))
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)), list(range(0)), range(3)[-1])
print(list(enumerate("ab")), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted({3: 0, 1: 0}))
pairs = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
print(all([]), all([1, 1]), all([1, 0]), any([]), any([0, 0]), any([0, 1]))
print(list("ab"), list((1, 2)), list({"k": 1}), tuple([1, 2]), tuple("xy"), tuple())
print(sorted(set([3, 1, 3])), sorted(frozenset("aba")), set(), frozenset())
print(dict(a=1), dict([("x", 1)]), dict({"y": 2}, z=3), dict(zip("ab", [1, 2])), dict())
r = range(10, 0, -3)
print(r, list(r), r[1], r[1:3], len(r), 4 in r, 5 in r, r.index(7), r.count(4))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
e = enumerate(["x"])
print(next(e), type(e).__name__)
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m))
z = zip("ab", "cd")
print(next(z), list(z))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    reversed({})
except TypeError as e:
    print(e)
print(list(reversed([])), sorted([]), min((5,)), max(range(3)))
print(sorted([1.5, 1, True, 0.5]), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
