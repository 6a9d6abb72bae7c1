# Checks lambda forms, function attributes, __name__/__qualname__, docstrings, and recursion via names.
sq = lambda x: x * x
assert sq(7) == 49, "lambda"
assert (lambda *a, **k: (a, k))(1, b=2) == ((1,), {"b": 2}), "lambda varargs"
assert (lambda a, /, b=2, *, c=3: a + b + c)(1) == 6, "lambda param kinds"
print(sq.__name__, (lambda: 0).__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__qualname__)
class A:
    def meth(self): pass
    class B:
        def deep(self): pass
print(A.meth.__qualname__, A.B.deep.__qualname__, A.B.__qualname__)
def documented():
    """Docstring here."""
print(documented.__doc__, outer.__doc__)
def f(): pass
f.custom = 5
assert f.custom == 5 and f.__dict__ == {"custom": 5}, "function attributes"
print(f.__module__)
print(callable(f), callable(sq), callable(5))
key = sorted(["bb", "a", "ccc"], key=lambda s: -len(s))
print(key)
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
def ann(a: int, b: "str" = "x") -> bool: pass
print(ann.__annotations__)
print((lambda: (yield))().__class__.__name__)
g = lambda n: 1 if n == 0 else n * g(n - 1)
assert g(20) == 2432902008176640000, "recursive lambda"
