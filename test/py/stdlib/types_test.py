# types: the names of built-in types, SimpleNamespace, new_class/prepare_class/resolve_bases, coroutine.
import sys
import types


def f():
    pass


def gen():
    yield 1


async def co():
    return 5


class C:
    def m(self):
        pass


print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), types.GeneratorType is type(gen()))
coro = co()
print(types.CoroutineType is type(coro), isinstance(coro, types.CoroutineType))
coro.close()
print(types.MethodType is type(C().m), types.BuiltinFunctionType is type(len), types.BuiltinMethodType is type([].append))
print(types.ModuleType is type(sys), types.NoneType is type(None), types.EllipsisType is type(...),
      types.NotImplementedType is type(NotImplemented), types.CodeType is type(f.__code__))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__, types.ModuleType.__name__,
      types.NoneType.__name__, types.BuiltinFunctionType.__name__)
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType), isinstance(print, types.BuiltinFunctionType))
bound = types.MethodType(lambda self, x: (self, x), 'obj')
print(bound(1))
mod = types.ModuleType('made', 'its doc')
mod.value = 3
print(mod.__name__, mod.__doc__, mod.value)

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, types.SimpleNamespace(), repr(types.SimpleNamespace(z=[1])))
ns.c = 3
del ns.a
print(ns, vars(ns), ns == types.SimpleNamespace(b='x', c=3), ns != types.SimpleNamespace(b='x'))
ns.me = ns
print(ns)


class Sub(types.SimpleNamespace):
    pass


print(Sub(q=1), Sub(q=1) == types.SimpleNamespace(q=1))
for bad in (lambda: types.SimpleNamespace(1), lambda: hash(types.SimpleNamespace()) and 0):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(':')[0])


def body(ns):
    ns['x'] = 1
    ns['hello'] = lambda self: 'hi'


K = types.new_class('K', (C,), {}, body)
print(K.__name__, K.x, K().hello(), K.__mro__[1] is C, isinstance(K(), C))
print(types.prepare_class('P', (C,)), types.resolve_bases((C, int)))


class Entry:
    def __mro_entries__(self, bases):
        return (C,)


print(types.resolve_bases((Entry(), int))[0] is C)
E = types.new_class('E', (Entry(),))
print(E.__mro__[1] is C, E.__orig_bases__[0].__class__.__name__)


@types.coroutine
def legacy():
    yield 'tick'
    return 'done'


async def use_legacy():
    return await legacy()


c2 = use_legacy()
print(c2.send(None))
try:
    c2.send(None)
except StopIteration as e:
    print('result', e.value)
