# Found by the differential runner: list(), tuple(), sorted() and list.extend() ask an iterable
# for its length hint first (CPython's PyObject_LengthHint), so a __len__ or __length_hint__ that
# returns a negative number, one too large or a non-int changes the outcome: ValueError,
# OverflowError, TypeError, or nothing at all (a TypeError from __len__ means "no hint").
class L:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([2, 1])


class WithLen(L):
    def __len__(self):
        return self.n


class WithHint(L):
    def __length_hint__(self):
        return self.n


def extend(o):
    x = [0]
    x.extend(o)
    return x


for cls, values in [(WithLen, [-1, 2**70, 'x', 3]), (WithHint, [-1, 2**70, 'x', NotImplemented, 3, True])]:
    for v in values:
        for f in (list, tuple, sorted, extend):
            try:
                print(cls.__name__, repr(v), f(cls(v)))
            except Exception as e:
                print(cls.__name__, repr(v), type(e).__name__, e)

# Iterating does not ask: for loops, set() and sum() ignore the hint.
print(sum(WithLen(-1)), sorted(set(WithHint(-1))), [x for x in WithLen(2**70)])

# The iterator is asked for first: an __iter__ that returns a non-iterator fails before the hint.
class Bad(WithLen):
    def __iter__(self):
        return self


for f in (list, tuple, sorted, extend):
    try:
        f(Bad(-1))
    except Exception as e:
        print(type(e).__name__, e)
