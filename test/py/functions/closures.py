# Checks closures: captured cells, late binding, nonlocal counters, cells shared between closures.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(); inc()
assert get() == 3, "shared cell"
inc2, get2 = counter()
inc2()
assert get() == 3 and get2() == 1, "independent instances"
fs = [lambda: i for i in range(3)]
assert [fn() for fn in fs] == [2, 2, 2], "late binding"
fs = [lambda i=i: i for i in range(3)]
assert [fn() for fn in fs] == [0, 1, 2], "default captures value"
def make_adders():
    out = []
    for i in range(3):
        def add(x, i=i): return x + i
        out.append(add)
    return out
assert [a(10) for a in make_adders()] == [10, 11, 12], "adders"
def outer():
    x = "before"
    def show(): return x
    x = "after"
    return show
assert outer()() == "after", "cell sees later assignment"
def compose(*fns):
    def run(v):
        for fn in reversed(fns):
            v = fn(v)
        return v
    return run
assert compose(str, lambda v: v * 2, abs)(-21) == "42", "compose"
def fact_maker():
    def fact(n): return 1 if n <= 1 else n * fact(n - 1)
    return fact
assert fact_maker()(10) == 3628800, "recursive closure"
print(inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars)
print(counter.__code__.co_cellvars)
def cell_unbound():
    def inner(): return y
    try:
        inner()
    except NameError as e:
        print(e)
    y = 1
cell_unbound()
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            def l3():
                return a + b
            return l3
        return l2
    return l1
assert deep()()()() == 3, "deep capture"
print(get(), get2())
