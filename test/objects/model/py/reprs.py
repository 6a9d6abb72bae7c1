# Object-model end-to-end check (reprs.py): must print what python3 prints (addresses aside).
def outer():
    def inner(): pass
    return inner
print(repr(outer()).split(' at ')[0], outer().__qualname__)
class A:
    def m(self): pass
    class N:
        def k(self): pass
print(repr(A.N.k).split(' at ')[0], repr(A().m).split(' at ')[0], A.N.k.__qualname__)
print(object.__init__, object.__new__ is object.__new__, A.__init__ is object.__init__)
print(repr(A().__init__).split(' at ')[0], repr(A.__init__))
print({A: 1}[A], hash(A) == hash(A), A == A, A != int)
print(sorted(dir(A()))[:6], len(dir(A)) > 20)
print(dir(1)[:3], 'append' in dir([]))
print(int.__dict__['__add__'], str.__dict__['join'] if 'join' in str.__dict__ else '')
print(type(int.__dict__['__add__']).__name__, type(A.__dict__['m']).__name__)
print(A.m.__get__(None, A) is A.m, A.__dict__['m'].__get__(A(), A).__func__ is A.m)
print(int.__name__, int.__qualname__, int.__module__, type.__module__, A.__module__)
print(type(len).__module__, len.__self__ if False else '', abs.__name__)
try: A.__name__ = ''
except Exception as e: print('err', e)
print(A.__name__ == '')
print(NotImplemented.__reduce__(), Ellipsis.__reduce__())
