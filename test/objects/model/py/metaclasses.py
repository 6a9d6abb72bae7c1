# Object-model end-to-end check (metaclasses.py): must print what python3 prints (addresses aside).
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw.get('flag', 0)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by_meta = True
        return inst
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'prepared': True}
class A(metaclass=Meta, flag=3):
    def __init__(self, x=0):
        self.x = x
a = A(5)
print(A.added, A.prepared, a.x, a.made_by_meta, type(A).__name__)
class B(A): pass
print(B.added, type(B) is Meta)
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class C(Base, tag='c'): pass
class D(C): pass
print(Base.subs, C.tag, D.tag)
try:
    class E(Base, bogus=1): pass
except TypeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return (self.name, self.owner)
class F:
    d = Desc()
print(F().d, F.d.name)
class G:
    def f(self):
        return __class__
print(G().f() is G)
class H:
    def __eq__(self, o): return True
print(H.__hash__)
try: hash(H())
except TypeError as e: print(e)
print(type('X', (), {})().__class__.__qualname__, type.__name__, type(type))
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
print(s.a, hasattr(s, 'b'), S.a)
try: s.c = 1
except AttributeError as e: print(e)
try: S().__dict__
except AttributeError as e: print(e)
print(sorted(k for k in vars(F) if not k.startswith('__')))
print(F.__dict__['d'].__class__.__name__, type(F.__dict__).__name__)
