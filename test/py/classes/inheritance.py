# Checks single/multiple inheritance, C3 MRO, super(), __mro__, __bases__, isinstance/issubclass.
class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B"
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C"
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def chain(self): return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print(D.__bases__, A.__bases__)
assert isinstance(D(), A) and issubclass(D, C) and not issubclass(A, D), "subclass checks"
assert isinstance(3, (str, int)) and issubclass(bool, int), "tuple isinstance, bool<int"
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass
print([k.__name__ for k in Top.mro()])
try:
    class Bad(X, K1): pass
except TypeError as e:
    print(e)
class Base:
    def __init__(self, x):
        self.x = x
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
d = Derived(1, 2)
print(d.x, d.y, vars(d))
class Explicit(Base):
    def __init__(self):
        super(Explicit, self).__init__("explicit")
print(Explicit().x)
class Cm:
    @classmethod
    def make(cls): return cls.__name__
class Cm2(Cm):
    @classmethod
    def make(cls): return "sub:" + super().make()
print(Cm2.make(), Cm.make())
class M1:
    def __init__(self):
        self.log = getattr(self, "log", []) + ["M1"]
        super().__init__()
class M2:
    def __init__(self):
        self.log = getattr(self, "log", []) + ["M2"]
        super().__init__()
class Both(M1, M2):
    def __init__(self):
        super().__init__()
print(Both().log)
print(object.__mro__, bool.__mro__)
print(type(D()) is D, type(D) is type, D.__class__.__name__)
assert issubclass(D, (int, B)), "issubclass tuple"
try:
    class E(int, str): pass
except TypeError as e:
    print(e)
print(super(B, D()).who())
