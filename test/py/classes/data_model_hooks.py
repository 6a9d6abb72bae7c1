# Data model probe 1: slots, __set_name__, __init_subclass__, metaclasses (__prepare__, __call__),
# three-argument type(), __instancecheck__/__subclasscheck__, super() forms, object() argument
# checks, __dir__, __eq__ without __hash__, reflected/in-place operators, __index__, rounding hooks.
class S:
    __slots__ = ('a', '__dict__')
s = S(); s.a = 1; s.b = 2; print(s.a, s.b, s.__dict__)
class T:
    __slots__ = ('a',)
try:
    T().b = 1
except AttributeError as e: print(e)
try:
    class U(T):
        __slots__ = ('a', '__weakref__', '__weakref__')
except TypeError as e: print(e)
class D:
    def __set_name__(self, owner, name): self.n = (owner.__name__, name)
class O:
    d = D()
print(O.d.n)
class B:
    def __init_subclass__(cls, **kw): cls.kw = kw
class C(B, flag=1): pass
print(C.kw)
class M(type):
    @classmethod
    def __prepare__(m, name, bases, **kw): print('prepare', name, kw); return {'x': 1}
    def __new__(m, name, bases, ns, **kw): return super().__new__(m, name, bases, ns)
    def __call__(cls, *a): print('call', a); return super().__call__()
class K(metaclass=M, z=3): pass
print(K.x, type(K(1, 2)).__name__)
X = type('X', (object,), {'f': lambda self: 42})
print(X().f(), X.__name__, X.__qualname__, X.__module__)
class Meta(type):
    def __instancecheck__(cls, o): return o == 1
    def __subclasscheck__(cls, c): return c is int
class A(metaclass=Meta): pass
print(isinstance(1, A), isinstance(2, A), issubclass(int, A))
class P:
    def f(self): return 'P'
    @classmethod
    def c(cls): return cls.__name__
class Q(P):
    def f(self):
        def inner(): return super(Q, self).f()
        return super().f() + inner()
    @classmethod
    def c(cls): return 'Q' + super().c()
print(Q().f(), Q.c(), super(Q, Q()).f())
try: object(1)
except TypeError as e: print(e)
try: object.__init__(object(), 1)
except TypeError as e: print(e)
class R:
    def __init__(self, x): pass
try: R.__new__(R, 1); print('ok new')
except TypeError as e: print(e)
class Dd:
    def __dir__(self): return ['b', 'a']
print(dir(Dd()))
class E:
    def __eq__(self, o): return True
print(E.__hash__)
try: hash(E())
except TypeError as e: print(e)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return ('radd', o)
    def __iadd__(self, o): self.v += o; return self
    def __index__(self): return 3
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 't'
    def __floor__(self): return 'f'
    def __ceil__(self): return 'c'
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return 'gt-reflected'
n = N(1)
print(1 + n, n + 1 if False else '', [1,2,3,4][n], round(n), round(n, 2))
import math
print(math.trunc(n), math.floor(n), math.ceil(n), 5 < n)
n += 5; print(n.v)
print(bin(n), hex(n), oct(n), range(10)[n])
