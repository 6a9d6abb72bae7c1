# Checks yield from: delegation, return values, send/throw passed through, delegation to iterables.
def inner():
    x = yield "i1"
    y = yield "i2:" + str(x)
    return ("inner-result", x, y)
def outer():
    r = yield from inner()
    yield "outer got %r" % (r,)
    return "outer-done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send(None)
except StopIteration as e:
    print("return:", e.value)
def from_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
print(list(from_list()))
def catcher():
    try:
        yield 1
    except KeyError as e:
        yield "caught " + repr(e)
    yield 3
def delegating():
    yield from catcher()
g = delegating()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
def tree(n):
    if n == 0:
        yield "leaf"
        return 1
    a = yield from tree(n - 1)
    b = yield from tree(n - 1)
    return a + b
g = tree(3)
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        print(len(items), "leaves, count", e.value)
        break
def ret_only():
    return 42
    yield
def use():
    v = yield from ret_only()
    yield v
print(list(use()))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def closing_outer():
    yield from closing_inner()
g = closing_outer()
next(g)
g.close()
print("closed")
