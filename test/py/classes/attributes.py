# Checks class vs instance attributes, __dict__, __name__, __qualname__, __module__, getattr/setattr/delattr.
class Counter:
    count = 0
    kinds = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
    def bump(self):
        self.count += 1
a = Counter("a"); b = Counter("b")
print(Counter.count, a.count)
a.bump()
print(a.count, b.count, Counter.count, "count" in vars(a))
a.kinds.append("shared")
print(b.kinds)
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
class Outer:
    class Inner:
        pass
    def method(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.method.__qualname__)
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
o = Counter("o")
setattr(o, "extra", 5)
print(getattr(o, "extra"), getattr(o, "none", "dflt"), hasattr(o, "name"))
delattr(o, "extra")
print(hasattr(o, "extra"))
try:
    o.missing
except AttributeError as e:
    print(e)
try:
    del o.missing
except AttributeError as e:
    print(e)
try:
    Counter.missing
except AttributeError as e:
    print(e)
class Doc:
    "class docstring"
print(Doc.__doc__, Doc().__doc__)
Doc.added = lambda self: "added method"
print(Doc().added())
print(Counter.bump.__name__, type(a.bump).__name__, a.bump.__self__ is a, a.bump.__func__ is Counter.bump)
m = a.bump
m()
print(a.count)
print(a.__class__ is Counter, a.__dict__)
class Priv:
    __secret = 1
    def get(self): return self.__secret
print(Priv().get(), hasattr(Priv, "_Priv__secret"), hasattr(Priv, "__secret"))
print(Counter.__dict__["count"], type(Counter.__dict__).__name__)
