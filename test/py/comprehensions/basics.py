# Checks list/set/dict comprehensions, filters, nested loops, and their own scope.
sq = [x * x for x in range(6)]
assert sq == [0, 1, 4, 9, 16, 25], "list comp"
ev = [x for x in range(10) if x % 2 == 0 if x > 2]
assert ev == [4, 6, 8], "multiple ifs"
pairs = [(a, b) for a in range(3) for b in range(a)]
assert pairs == [(1, 0), (2, 0), (2, 1)], "nested for"
flat = [c for row in [[1, 2], [3], []] for c in row]
assert flat == [1, 2, 3], "flatten"
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(matrix, transposed)
s = {x % 3 for x in range(10)}
assert s == {0, 1, 2}, "set comp"
d = {k: len(k) for k in ["a", "bb", "ccc"]}
print(d)
inv = {v: k for k, v in d.items()}
print(inv)
x = "outer"
res = [x for x in "ab"]
assert x == "outer", "comprehension variable does not leak"
def f():
    y = 10
    return [y + i for i in range(3)]
assert f() == [10, 11, 12], "comprehension closes over function local"
print(sorted({(i, j) for i in range(2) for j in range(2)}))
cond = ["even" if n % 2 == 0 else "odd" for n in range(4)]
print(cond)
words = "the quick brown the lazy the".split()
counts = {w: words.count(w) for w in words}
print(counts)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
print([(yield_ := i) for i in range(3)], yield_)
print({**{"a": 1}, **{k: v for k, v in [("b", 2)]}})
