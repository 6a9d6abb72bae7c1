# Checks generator functions: yield, return value in StopIteration, state, locals preserved, generators as iterators.
def gen(n):
    for i in range(n):
        yield i
    return "done"
g = gen(2)
assert next(g) == 0 and next(g) == 1, "yields"
try:
    next(g)
except StopIteration as e:
    assert e.value == "done" and e.args == ("done",), "return value"
    print("stop value", e.value)
try:
    next(g)
except StopIteration as e:
    print("second stop value", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
g = gen(3)
print(iter(g) is g, type(g).__name__, g.__name__, g.__qualname__)
def empty():
    return
    yield
print(list(empty()))
def yield_expr_value():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
g = yield_expr_value()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("finished")
def countdown(n):
    while n:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
g = gen(1)
print(g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)
def running():
    yield gr.gi_running
gr = running()
print(next(gr))
def gen_in_gen():
    g = (x for x in range(3))
    yield from g
    yield "end"
print(list(gen_in_gen()))
