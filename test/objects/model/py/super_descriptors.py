# Object-model end-to-end check (super_descriptors.py): must print what python3 prints (addresses aside).
class A:
    def m(self): return 'A'
    @classmethod
    def cm(cls): return 'A.cm ' + cls.__name__
    @staticmethod
    def sm(): return 'A.sm'
class B(A):
    def m(self): return 'B>' + super().m()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
class C(A):
    def m(self): return 'C>' + super().m()
class D(B, C):
    def m(self): return 'D>' + super().m()
print(D().m(), D.cm(), [k.__name__ for k in D.__mro__])
print(super(B, D()).m(), super(D, D).cm())
s = super(B, D())
print(repr(s)[:30], s.__thisclass__.__name__, s.__self_class__.__name__)
try: super(B, 1)
except TypeError as e: print(e)
def f():
    super()
try: f()
except RuntimeError as e: print(e)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): del self._x
p = P(); p.x = 4; print(p.x, P.x.__doc__)
del p.x
print(hasattr(p, '_x'))
print(type(P.x).__name__, P.x.fget.__name__, P.x.fset is not None)
class Q:
    y = property(lambda s: 1)
try: Q().y = 2
except AttributeError as e: print(e)
class R(property): pass
class U:
    @R
    def z(self): return 'z'
print(U().z, type(U.z).__name__)
print(A.__dict__['cm'], A.__dict__['sm'].__func__.__name__)
print(staticmethod(len)([1,2]), classmethod(len).__func__)
print(A.sm(), A().sm(), A().cm())
