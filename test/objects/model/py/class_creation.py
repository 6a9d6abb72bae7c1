# Object-model end-to-end check (class_creation.py): must print what python3 prints (addresses aside).
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
class G:
    def __class_getitem__(cls, item): return f'G[{item}]'
print(G[int])
class Entry:
    def __mro_entries__(self, bases): return (dict,)
class D(Entry()): pass
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)
class BadMeta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {})
try:
    class X(metaclass=BadMeta):
        def f(self): return __class__
except RuntimeError as e: print(e)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 1
try:
    class Y(metaclass=Prep): pass
except TypeError as e: print(e)
def fake_meta(name, bases, ns, **kw):
    return (name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
class Z(int, metaclass=fake_meta, q=1):
    a = 1
print(Z)
T = type('T', (object,), {'a': 1, '__module__': 'mod'})
print(T, T.a, T().__class__.__module__)
class S1:
    __slots__ = ['a']
class S2(S1):
    __slots__ = ('b', '__dict__')
s = S2(); s.a = 1; s.b = 2; s.c = 3
print(s.a, s.b, s.c, S2.__dict__['b'], sorted(S2.__dict__.keys() - {'__module__','__doc__','__qualname__'}))
class Ab:
    __slots__ = ()
try: Ab().x = 1
except AttributeError as e: print(e)
class Dup:
    def __set_name__(self, owner, name): raise ValueError('no')
try:
    class HasDup:
        d = Dup()
except RuntimeError as e: print(e, repr(e.__cause__))
class Cnt:
    n = 0
    def __init_subclass__(cls): Cnt.n += 1
class C1(Cnt): pass
class C2(C1): pass
print(Cnt.n, Cnt.__dict__['__init_subclass__'].__class__.__name__)
print(type(int).__name__, type(type), type.__class__, object.__class__)
print([c.__name__ for c in type('Q', (ValueError, KeyError), {}).__mro__])
try: type('L', (int, str), {})
except TypeError as e: print(e)
try:
    class Bo(bool): pass
except TypeError as e: print(e)
print(object.__new__(A).__class__.__name__)
