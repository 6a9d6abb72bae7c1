# Checks class creation details: class body execution, type(), instance methods binding, __new__, __init__ return, __class__.
print_log = []
class Body:
    print_log.append("body runs")
    x = 1
    y = x + 1
    def f(self): return self.y
print(print_log, Body.y, Body().f())
Dyn = type("Dyn", (Body,), {"z": 3, "g": lambda self: self.z * 10})
d = Dyn()
print(Dyn.__name__, d.z, d.g(), d.f(), Dyn.__bases__[0].__name__)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Single(1); s2 = Single(2)
print(s1 is s2, s1.v)
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NewOther())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class UsesClass:
    def who(self):
        return __class__.__name__
class Child(UsesClass): pass
print(Child().who())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
pt = Point(3, 4)
print(pt, pt.x, len(pt), isinstance(pt, tuple), type(pt).__name__)
class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml[:2]).__name__, len(ml))
class MyDict(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
md = MyDict(a=1)
print(md["a"], md["b"], md.get("b"))
class MyInt(int):
    def __repr__(self): return "MyInt(%d)" % int(self)
print(MyInt(5) + 1, repr(MyInt(5)), MyInt(7) == 7)
class MyStr(str):
    def shout(self): return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b")
class E:
    pass
e = E()
e.__class__ = Body
print(type(e).__name__, e.f())
print(type(Body.f).__name__, type(Body().f).__name__)
class Empty: pass
print(Empty.__bases__, Empty.__mro__ == (Empty, object))
