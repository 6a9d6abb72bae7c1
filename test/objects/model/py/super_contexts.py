# Object-model end-to-end check (super_contexts.py): must print what python3 prints (addresses aside).
class A:
    def __init__(self, v): self.v = v
    @classmethod
    def make(cls): return cls.__name__
    def gen(self):
        yield self.v
    @property
    def p(self): return 'A.p'
    def __init_subclass__(cls, **kw):
        cls.inited = True
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
    @classmethod
    def make(cls): return 'B>' + super().make()
    def gen(self):
        yield from super().gen()
        yield 'B'
    @property
    def p(self): return 'B>' + super().p
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
    def lam(self):
        return (lambda: super().make())()
    def comp(self):
        return [super().make() for _ in range(2)]
    @staticmethod
    def st():
        return super().make()
b = B(3)
print(b.v, B.make(), list(b.gen()), b.p, b.lam(), b.comp(), B.inited)
try: B.st()
except RuntimeError as e: print(e)
class C(B): pass
print(C.inited, C(1).v)
class D:
    def m(self):
        del self
        return super().m()
try: D().m()
except RuntimeError as e: print(e)
class E:
    def m(self):
        __class__ = 1
        return 0
print(E().m())
