# Object-model end-to-end check (abc_functools.py): must print what python3 prints (addresses aside).
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def f(self): return 1
    @property
    def p(self): return 2
print(Impl().f(), Impl().p, isinstance(Impl(), Base), issubclass(Impl, Base))
class Other: pass
Base.register(Other)
print(isinstance(Other(), Base), issubclass(Other, Base))
print(Base.__abstractmethods__ == frozenset({'f', 'p'}), Impl.__abstractmethods__)
import functools
class Cached:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
c = Cached(); print(c.val, c.val)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2))
class W:
    @functools.wraps(len)
    def g(self, x): return x
print(W.g.__name__, W.g.__wrapped__)
