# collections.abc: one-trick ponies via __subclasshook__, registered builtins, mixin methods of Sequence/Mapping/Set.
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Generator,
                             Reversible, Awaitable, Coroutine, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, KeysView, ItemsView, ValuesView, AsyncIterable)
import collections
import collections.abc


def gen():
    yield 1


async def co():
    pass


c = co()
print([isinstance(x, Iterable) for x in ([], (), '', {}, set(), range(1), gen(), iter([]), 1, None)])
print([isinstance(x, Iterator) for x in ([], iter([]), iter(''), iter({}), iter(range(2)), gen(), zip(), 1)])
print([isinstance(x, Sized) for x in ([], 'a', {}, 1, gen())], [isinstance(x, Hashable) for x in (1, 'a', (), [], {}, set())])
print([isinstance(x, Callable) for x in (len, print, lambda: 0, int, 1, 'f')], isinstance(gen(), Generator), isinstance(c, Coroutine), isinstance(c, Awaitable))
c.close()
print([isinstance(x, Sequence) for x in ([], (), '', b'', range(0), {}, set(), bytearray())])
print([isinstance(x, MutableSequence) for x in ([], (), '', bytearray(), collections.deque())])
print([isinstance(x, Mapping) for x in ({}, collections.OrderedDict(), collections.Counter(), collections.ChainMap(), [], type.__dict__)])
print([isinstance(x, MutableMapping) for x in ({}, collections.defaultdict(), collections.UserDict(), type.__dict__)])
print([isinstance(x, Set) for x in (set(), frozenset(), {}.keys(), {}.items(), {}.values(), [])], isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet))
print(issubclass(list, Collection), issubclass(dict, Reversible), issubclass(int, Container), isinstance({}.keys(), KeysView))
print(isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView), isinstance([], AsyncIterable),
      isinstance(collections.OrderedDict().items(), ItemsView), isinstance(collections.ChainMap().values(), ValuesView))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(isinstance(Countdown(1), Iterator), isinstance(Countdown(1), Iterable), isinstance(Countdown(1), Sized))


class NoHash:
    __hash__ = None


print(isinstance(NoHash(), Hashable), issubclass(NoHash, Hashable))


class Seq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(3, 1, 4, 1, 5)
print(list(s), 4 in s, 9 in s, s.index(1), s.index(1, 2), s.count(1), list(reversed(s)), isinstance(s, Reversible))
try:
    s.index(7)
except ValueError:
    print('ValueError')
try:
    Sequence()
except TypeError as e:
    print('TypeError', e)


class Store(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def __repr__(self):
        return 'Store(%r)' % self.d


st = Store()
st.update({'a': 1}, b=2)
st.setdefault('c', 3)
print(dict(st), st.get('a'), st.get('z', 0), 'b' in st, st.pop('b'), st.pop('zz', None), list(st.keys()), list(st.items()), list(st.values()))
print(st == {'a': 1, 'c': 3}, st.keys(), st.popitem(), len(st))
st.clear()
print(len(st), isinstance(st, Mapping), collections.Counter(st))


class ListSet(MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return 'ListSet(%r)' % self.items


a, b = ListSet([1, 2, 3]), ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, ListSet([2]) < a, a == ListSet([3, 2, 1]), a.isdisjoint([9]))
a |= [7]
a -= [1]
print(a, a.pop(), a)
print(collections.abc.__name__, Iterable.__module__, sorted(collections.abc.__all__)[:4])
