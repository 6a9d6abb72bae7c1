# Checks decorators: plain, with arguments, stacked, on classes and methods, wraps-like attribute copy.
log = []
def trace(fn):
    def wrapper(*a, **k):
        log.append(("call", fn.__name__, a))
        r = fn(*a, **k)
        log.append(("ret", r))
        return r
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@trace
def add(a, b):
    "adds"
    return a + b
assert add(2, 3) == 5, "decorated call"
print(log, add.__name__, add.__doc__)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name): return "hi " + name
print(hi("bob"))
def tag(t):
    def deco(fn):
        def w(): return "<%s>%s</%s>" % (t, fn(), t)
        return w
    return deco
@tag("b")
@tag("i")
def text(): return "x"
assert text() == "<b><i>x</i></b>", "stacked order"
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Foo: pass
assert registry == {"Foo": Foo}, "class decorator"
order = []
def d1(f): order.append("d1"); return f
def d2(f): order.append("d2"); return f
@d1
@d2
def z(): pass
assert order == ["d2", "d1"], "application bottom up"
@(lambda f: f.__name__.upper())
def weird(): pass
assert weird == "WEIRD", "arbitrary expression decorator"
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
assert fib(80) == 23416728348467685, "memoized fib"
print(len(fib.cache))
