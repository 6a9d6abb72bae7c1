# Object-model end-to-end check (functions.py): must print what python3 prints (addresses aside).
def f(a, b=2, *args, c=3, **kw):
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
f.attr = 1
print(f.attr, f.__dict__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_flags)
def outer():
    x = 1
    def inner(): return x
    return inner
i = outer()
print(i.__qualname__, len(i.__closure__), i.__closure__[0].cell_contents, i.__code__.co_freevars)
def ann(a: int, b: 'str' = 'x') -> bool: pass
print(ann.__annotations__)
f.__name__ = 'g'
print(f.__name__)
try: f.__name__ = 1
except TypeError as e: print(e)
class C:
    def m(self): "mdoc"
c = C()
print(c.m.__name__, c.m.__qualname__, c.m.__doc__, c.m.__self__ is c, c.m.__func__ is C.m)
print(c.m == c.m, c.m is c.m, hash(c.m) == hash(c.m))
print(type(c.m).__name__, type(C.m).__name__, type(len).__name__, type([].append).__name__, type(list.append).__name__, type(int.__add__).__name__)
print(list.append, dict.fromkeys.__name__, len.__name__, [].append.__self__)
try: list.append(1, 2)
except TypeError as e: print(e)
try: list.append()
except TypeError as e: print(e)
l = []
list.append(l, 3); print(l)
print(None.__class__, None.__repr__(), None.__bool__, (None).__eq__(None))
