# Checks *args/**kwargs unpacking at call sites, multiple unpackings, and evaluation order.
def show(*a, **k):
    return a, k
print(show(*[1, 2], *(3,), 4))
print(show(**{"x": 1}, **{"y": 2}, z=3))
print(show(*"ab", sep="-", **dict(end="!")))
print(show(*range(3), *{7: 0}))
def add(a, b, c): return a * 100 + b * 10 + c
assert add(*[1, 2, 3]) == 123, "star list"
assert add(1, *[2], **{"c": 3}) == 123, "mix"
assert add(**{"c": 3, "a": 1, "b": 2}) == 123, "double star"
order = []
def rec(v):
    order.append(v)
    return v
add(rec(1), c=rec(3), b=rec(2))
assert order == [1, 3, 2], "arguments evaluated left to right"
print(*[1, 2, 3], sep=", ")
print("a", "b", sep="")
print("no newline", end="|\n")
def gen():
    yield 1
    yield 2
assert add(0, *gen()) == 12, "star generator"
try:
    show(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    show(**[1])
except TypeError as e:
    print(e)
try:
    show(*5)
except TypeError as e:
    print(e)
class M:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k.upper()
print(show(**M()))
