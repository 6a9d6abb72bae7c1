# Object-model end-to-end check (types_module.py): must print what python3 prints (addresses aside).
import types
m = types.ModuleType('mymod', 'the doc')
print(m, m.__name__, m.__doc__)
m.x = 1
print(m.x, sorted(m.__dict__))
try: m.y
except AttributeError as e: print(e)
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), 'a' in mp, list(mp), mp.get('b', 2), dict(mp.items()), mp.copy())
try: mp['b'] = 2
except TypeError as e: print(e)
try: types.MappingProxyType([1])
except TypeError as e: print(e)
C = types.new_class('C', (object,), {}, lambda ns: ns.update({'q': 1}))
print(C, C.q)
def f(a, b=1): return a + b
g = types.FunctionType(f.__code__, {}, 'g', (5,))
print(g(1), g.__name__, g.__defaults__)
print(types.MethodType(f, 10)())
print(types.SimpleNamespace(a=1, b=2))
print(type(int.__dict__['real']).__name__ if 'real' in int.__dict__ else 'noreal')
print(repr(type.__dict__['__dict__']), repr(type.__dict__['__mro__']))
