# Checks generator expressions: laziness, single use, first iterable evaluated eagerly, use in calls.
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g = (x * 10 for x in src())
assert log == [], "lazy"
assert next(g) == 0 and log == [0], "one step"
assert list(g) == [10, 20], "rest"
assert list(g) == [], "exhausted"
assert sum(x for x in range(101)) == 5050, "genexpr as sole argument"
assert max((len(w), w) for w in ["aa", "b", "ccc"]) == (3, "ccc"), "max of genexpr"
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("eager:", e)
def bad():
    raise ValueError("inner")
g3 = (bad() for _ in range(1))
try:
    next(g3)
except ValueError as e:
    print("lazy body:", e)
print(type(g).__name__)
gen = (i for i in range(5) if i != 2)
print(list(gen))
print(", ".join(str(i) for i in range(4)))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
nested = ((i, j) for i in range(2) for j in "ab")
print(list(nested))
print(sorted((x for x in [3, 1, 2]), reverse=True))
ints = iter([1, 2, 3, 4])
pairs = list(zip(ints, ints))
print(pairs)
print(dict((k, k * k) for k in range(3)))
