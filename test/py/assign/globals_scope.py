# Checks module-level scoping: global, nonlocal, name resolution order, builtins shadowing.
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
assert counter == 2, "global increments"
def make():
    global created
    created = "yes"
make()
assert created == "yes", "global creates module name"
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return mid()
assert outer() == 11, "nonlocal through two levels"
len_saved = len
def shadow():
    len = lambda s: 42
    return len("abc")
assert shadow() == 42, "local shadows builtin"
assert len("abc") == 3, "builtin untouched"
len = lambda s: -1
assert len("x") == -1, "module global shadows builtin"
del len
assert len("xy") == 2, "builtin visible after del"
x = "global"
def read_global():
    return x
def local_then():
    x = "local"
    return x
assert read_global() == "global" and local_then() == "local", "resolution"
class C:
    x = "class"
    def m(self):
        return x
    y = x + "!"
assert C().m() == "global", "methods skip class scope"
assert C.y == "class!", "class body sees its own names"
def f():
    return [x for _ in range(1)]
assert f() == ["global"], "comprehension sees global"
class D:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
assert D.doubled == [2, 4], "iterable of first for evaluated in class scope"
print(counter, created, outer(), C.y, D.doubled)
