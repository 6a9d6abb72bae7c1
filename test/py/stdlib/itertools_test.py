# itertools: infinite iterators, terminating iterators, combinatorics, reprs, laziness and errors.
import itertools as it
from itertools import islice


def show(x):
    print(list(x))


# count / cycle / repeat
c = it.count()
print(next(c), next(c), repr(c))
c = it.count(5, 3)
print(list(islice(c, 4)), repr(c))
print(repr(it.count(2.5)), repr(it.count(1, 0.5)), repr(it.count(-1, -1)), repr(it.count(1, 1.0)))
print(list(islice(it.count(0.5, 0.25), 4)), list(islice(it.count(10, -2), 3)))
print(list(islice(it.count(2 ** 64), 2)), repr(it.count(start=3, step=2)))
print(list(islice(it.cycle('ab'), 5)), list(it.cycle([])))
r = it.repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(repr(it.repeat(1)), list(it.repeat(1, -2)), list(islice(it.repeat(None), 2)), repr(it.repeat([1], times=2)))
print(list(map(pow, range(5), it.repeat(2))), it.repeat(0, 4).__length_hint__())

# accumulate
show(it.accumulate([1, 2, 3, 4, 5]))
show(it.accumulate([1, 2, 3, 4, 5], initial=100))
show(it.accumulate([3, 1, 4, 1, 5, 9, 2], max))
show(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10))
show(it.accumulate([]))
show(it.accumulate([], initial=7))
show(it.accumulate('abc'))

# chain / compress / dropwhile / takewhile / filterfalse / starmap
show(it.chain('ab', [1, 2], (), range(2)))
show(it.chain.from_iterable(['ab', 'cd', []]))
show(it.chain())
show(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1]))
show(it.compress(range(10), it.cycle([0, 1])))
show(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show(it.filterfalse(lambda x: x % 2, range(10)))
show(it.filterfalse(None, [0, 1, '', 'a', None, [], [0]]))
show(it.starmap(pow, [(2, 5), (3, 2), (10, 3)]))
show(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)]))

# groupby
for k, g in it.groupby('AAAABBBCCDAABBB'):
    print(k, list(g), end='; ')
print()
print([(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1], key=lambda x: x % 2)])
print([k for k, g in it.groupby('aabbbc')])
groups = list(it.groupby('aabbbc'))
print([(k, list(g)) for k, g in groups])       # earlier groups are exhausted once the groupby moves on
g = it.groupby('xxyz')
k1, grp1 = next(g)
print(k1, next(grp1))
k2, grp2 = next(g)
print(k2, list(grp1), list(grp2))
print(list(it.groupby([])))
words = sorted('apple avocado banana blueberry cherry'.split(), key=len)
print({k: list(v) for k, v in it.groupby(words, key=len)})

# islice (and what it consumes)
show(islice('ABCDEFG', 2))
show(islice('ABCDEFG', 2, 4))
show(islice('ABCDEFG', 2, None))
show(islice('ABCDEFG', 0, None, 2))
show(islice(range(20), 1, 15, 4))
show(islice('ABC', None))
show(islice('ABC', None, None, None))
show(islice('ABC', 5, 2))
src = iter(range(10))
show(islice(src, 0, 6, 2))
print(next(src))
src = iter(range(10))
show(islice(src, 5, 2))
print(next(src))
src = iter(range(10))
show(islice(src, 3))
print(next(src))
print(list(islice('abc', 1, 2 ** 63 - 1)))

# pairwise / zip_longest / tee
show(it.pairwise('ABCDE'))
show(it.pairwise('A'))
show(it.zip_longest('ABCD', 'xy', fillvalue='-'))
show(it.zip_longest('AB', [1, 2, 3], [None]))
show(it.zip_longest())
a, b = it.tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee('abc', 3)
print(list(x), list(y), list(z))
t1, = it.tee(range(3), 1)
t2, t3 = it.tee(t1)
print(next(t2), list(t3), list(t2), it.tee([], 0))
u, v = it.tee(iter([1, 2]))
u2 = u.__copy__()
print(list(u), list(u2), list(v))

# Combinatorics
show(it.product('AB', 'xy'))
show(it.product(range(2), repeat=3))
show(it.product('ab', [1, 2], repeat=2))
show(it.product())
show(it.product('ab', []))
show(it.product('ab', repeat=0))
show(it.permutations('ABC'))
show(it.permutations(range(4), 2))
show(it.permutations('AB', 3))
show(it.permutations([], 0))
show(it.permutations('ABC', 0))
show(it.combinations('ABCD', 2))
show(it.combinations(range(5), 3))
show(it.combinations('AB', 3))
show(it.combinations('AB', 0))
show(it.combinations_with_replacement('ABC', 2))
show(it.combinations_with_replacement([1, 2], 3))
show(it.combinations_with_replacement([], 2))
show(it.combinations_with_replacement([], 0))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), len(list(it.product(range(4), repeat=4))))

# Iterator protocol
for obj in (it.count(), it.cycle('a'), it.repeat(1), it.chain(), it.islice('', 1), it.product(), it.tee('a')[0],
            it.groupby(''), it.zip_longest(), it.pairwise(''), it.accumulate('')):
    assert iter(obj) is obj, obj
print(type(it.chain()).__name__, type(it.count()).__name__, type(it.product()).__name__)
print(isinstance(it.chain(), it.chain), isinstance(it.chain.from_iterable([]), it.chain))

# Errors (when they are raised: eagerly at construction or lazily)
for f in (lambda: it.count('a'), lambda: it.cycle(1), lambda: it.accumulate(1),
          lambda: it.islice([], -1), lambda: it.islice([], 1, -1), lambda: it.islice([], -2, 5),
          lambda: it.islice([], 'a'), lambda: it.islice([], 1, 2, 0), lambda: it.islice([]),
          lambda: it.islice(1, 2), lambda: it.islice([], 2 ** 70), lambda: it.islice([], 1, 2, 2 ** 70),
          lambda: it.repeat(1, 2 ** 70), lambda: it.repeat(1, 1.5), lambda: it.permutations([1], 1.5),
          lambda: it.combinations([1], 1.5), lambda: it.product([1], repeat=1.5),
          lambda: it.product([1], repeat=-1), lambda: it.permutations([1], -1),
          lambda: it.combinations([1], -1), lambda: it.combinations_with_replacement([1], -2),
          lambda: it.tee([], -1), lambda: it.chain.from_iterable(1), lambda: it.zip_longest(1),
          lambda: it.pairwise(1), lambda: it.groupby(1), lambda: it.compress([1], 1),
          lambda: it.starmap(pow, 1), lambda: it.dropwhile(bool, 1), lambda: list(it.starmap(pow, [1]))):
    try:
        f()
        print('ok')
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
lazy = it.chain(1)
try:
    next(lazy)
except TypeError as e:
    print('lazy', e)
try:
    it.repeat(1).__length_hint__()
except TypeError as e:
    print(e)
