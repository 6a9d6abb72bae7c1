# Checks every parameter kind: positional-only, normal, defaults, *args, keyword-only, **kwargs.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=7, g=8, h=9))
print(f(1, 2, 3, e=5, a=100))
def g(x, y=[]):
    y.append(x)
    return y
assert g(1) == [1] and g(2) == [1, 2], "mutable default shared"
def h(*, only): return only
assert h(only=3) == 3, "keyword only"
def k(*args): return args
assert k() == () and k(1, 2) == (1, 2), "varargs tuple"
def kw(**kwargs): return kwargs
assert kw(a=1, b=2) == {"a": 1, "b": 2}, "kwargs dict"
def defaults(a, b=2, c=3): return a + b + c
assert defaults(1) == 6 and defaults(1, c=10) == 13 and defaults(c=1, b=1, a=1) == 3, "defaults"
def po(a, /): return a
assert po(5) == 5, "positional only"
print(f.__defaults__, f.__kwdefaults__, g.__name__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
n = 10
def default_eval(v=n): return v
n = 20
assert default_eval() == 10, "default evaluated at def time"
def pos_and_kw_same_name(a, /, **kw): return a, kw
assert pos_and_kw_same_name(1, a=2) == (1, {"a": 2}), "posonly name may appear in kwargs"
