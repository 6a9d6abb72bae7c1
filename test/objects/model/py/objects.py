# Object-model end-to-end check (objects.py): must print what python3 prints (addresses aside).
class A:
    x = 1
    def __init__(self): self.y = 2
a = A()
print(sorted(n for n in dir(a) if not n.startswith('__')), vars(a))
a.__dict__ = {'z': 3}
print(a.z, hasattr(a, 'y'))
class B: pass
a.__class__ = B
print(type(a).__name__, a.z)
try: object().x = 1
except AttributeError as e: print(e)
try: object().__dict__
except AttributeError as e: print(e)
try: a.__class__ = int
except TypeError as e: print(e)
class G:
    def __getattribute__(self, n):
        if n == 'magic': return 42
        return super().__getattribute__(n)
    def __getattr__(self, n): return 'missing:' + n
g = G()
print(g.magic, g.other, g.__class__.__name__)
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f'V({self.v})'
print(V(1) == V(1), V(1) != V(2), {V(1): 'a'}[V(1)], repr(V(3)), str(V(4)), format(V(5)))
try: format(V(1), 'x')
except TypeError as e: print(e)
print(object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, 1))
print(isinstance(1, (str, (int, float))), issubclass(bool, (str, int)), isinstance(True, int))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 'yes'
    def __subclasscheck__(cls, sub): return sub is dict
class Any(metaclass=Meta): pass
print(isinstance('yes', Any), isinstance('no', Any), issubclass(dict, Any), issubclass(list, Any))
try: isinstance(1, 1)
except TypeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
print(type.__subclasses__(A), A.__subclasses__(), A.mro())
print(int.__mro__, bool.__bases__, object.__bases__, type.__base__)
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__dict__['x'])
A.__name__ = 'AA'; print(A, A.__name__)
try: int.foo = 1
except TypeError as e: print(e)
print(type(A.__dict__).__name__, 'x' in A.__dict__, len(A.__dict__) > 2)
class Outer:
    class Inner:
        pass
print(Outer.Inner, Outer.Inner.__qualname__, repr(Outer.Inner()).split(' at ')[0])
class WithNew:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.args = a
        return obj
w = WithNew(1, 2); print(w.args)
try: WithNew.__new__(int)
except TypeError as e: print(e)
class NoInit: pass
try: NoInit(1)
except TypeError as e: print(e)
