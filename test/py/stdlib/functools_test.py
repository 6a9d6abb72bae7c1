# functools: reduce, partial (repr, flattening, attributes), wraps, cmp_to_key, lru_cache/cache, total_ordering, cached_property, singledispatch.
import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cached_property, cmp_to_key

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
print(reduce(lambda acc, x: acc + [x * 2], 'abc', []), reduce(lambda a, b: a + b, iter([[1], [2]])))
for args in ([], [lambda a, b: a], [lambda a, b: a, []], [lambda a, b: a, [], 0, 1]):
    try:
        print(reduce(*args))
    except TypeError as e:
        print('TypeError', e)


# partial
def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, kw)


p = partial(f, 1)
print(p(), p(5), p(5, 6, 7, c=8, d=9), p.func is f, p.args, p.keywords)
p2 = partial(p, 10, c=30)
print(p2(), p2.func is f, p2.args, p2.keywords, p2(c=0))
print(repr(partial(len)), repr(partial(max, 1, key=abs)), repr(partial(sorted, [2, 1], reverse=True)))
print(repr(partial(int, '10', base=2)).startswith('functools.partial(<class'), partial(int, base=2)('101'))


class MyPartial(partial):
    pass


mp = MyPartial(max, 1)
print(repr(mp), mp(5), isinstance(mp, partial))
p.note = 'n'
print(p.note, p.__dict__)
p3 = partial(p, 2)          # p has a __dict__ entry now: not flattened
print(p3.func is p, p3())
try:
    p.func = len
except AttributeError as e:
    print('AttributeError', e)
for bad in ((), (1,)):
    try:
        partial(*bad)
    except TypeError as e:
        print('TypeError', e)


class Cell:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v
    set_one = functools.partialmethod(set, 1)


cell = Cell()
cell.set_one()
print(cell.v)


# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) * 2
    return inner


@deco
def double_me(x: int) -> int:
    """Return x."""
    return x


print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4), double_me.__annotations__)
print(double_me.__qualname__, double_me.__module__)


def plain():
    pass


plain.extra = 1


def wrapper():
    pass


functools.update_wrapper(wrapper, plain, assigned=('__name__',), updated=('__dict__',))
print(wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# cmp_to_key
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(2) >= K(3), K(1) == K(1), K(5).obj)
try:
    hash(K(1))
except TypeError:
    print('TypeError unhashable')

# lru_cache
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2), calls)
print(sq.cache_info(), sq.cache_info().hits, sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(9), sq.__name__)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=None)
def kw(a, b=1):
    calls.append((a, b))
    return a + b


calls.clear()
print(kw(1), kw(1), kw(1, b=1), kw(a=1, b=1), kw(1, 2), calls, kw.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return x


calls.clear()
typed(1)
typed(1.0)
typed(1)
print(calls, typed.cache_info(), typed.cache_parameters())


@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info())
try:
    lru_cache('a')
except TypeError as e:
    print('TypeError', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)


class Svc:
    @lru_cache(maxsize=4)
    def get(self, k):
        return (k, id(self) > 0)


print(Svc().get(1), Svc.get.cache_info().misses)


# total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, b >= a, a <= a, sorted([b, a, Version(0, 9)]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    a >= 3
except TypeError as e:
    print('TypeError', e)


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v

    def __eq__(self, other):
        return self.v == other.v


print(Ge(1) < Ge(2), Ge(1) > Ge(2), Ge(2) <= Ge(2), Ge(3) > Ge(2))
try:
    total_ordering(type('Plain', (), {}))
except ValueError as e:
    print('ValueError', e)


# cached_property
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__, Circle.area.__doc__, type(Circle.area).__name__)
del c.area
print(c.area, c.computed)
c.area = 7
print(c.area, Circle.area.attrname)
try:
    class Twice:
        x = cached_property(lambda self: 1)
        y = x
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e, '|', e.__cause__)
loose = cached_property(lambda self: 1)


class Late:
    pass


Late.z = loose
try:
    Late().z
except TypeError as e:
    print('TypeError', e)


# singledispatch
@functools.singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: int):
    return 'int'


@describe.register(list)
@describe.register(tuple)
def _(x):
    return 'sequence of %d' % len(x)


describe.register(str, lambda x: 'str ' + x)
print(describe(1), describe(True), describe([1, 2]), describe((1,)), describe('s'), describe(1.5), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.registry[object] is describe.dispatch(dict))
try:
    describe()
except TypeError as e:
    print('TypeError', e)


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return 'generic'

    @area.register
    def _(self, arg: int):
        return 'int %d' % arg


print(Shape().area(3), Shape().area('x'))
