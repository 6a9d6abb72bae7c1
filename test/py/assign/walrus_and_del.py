# Checks assignment expressions (:=), del of names, and annotated assignment.
data = [1, 5, 9, 2]
if (n := len(data)) > 3:
    print("long", n)
results = [y for x in data if (y := x * 2) > 4]
print(results, y)
total = 0
it = iter(data)
while (v := next(it, None)) is not None:
    total += v
assert total == 17, "walrus in while"
def f():
    [(last := k) for k in range(4)]
    return last
assert f() == 3, "walrus in comprehension binds in enclosing function"
z = 1
del z
try:
    z
except NameError as e:
    print(e)
x: int = 5
assert x == 5, "annotated assignment"
y2: str
try:
    y2
except NameError as e:
    print(e)
def g():
    q: int
    try:
        return q
    except UnboundLocalError as e:
        return str(e)
print(g())
a, b = 1, 2
del a, b
assert "a" not in dir(), "del multiple names"
lst = [1, 2, 3]
del lst[:]
assert lst == [], "del full slice"
d = {"a": 1, "b": 2}
del d["a"]
assert d == {"b": 2}, "del dict key"
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
print((w := 10) + w)
