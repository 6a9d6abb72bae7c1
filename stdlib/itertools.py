"""Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)

Each is a class whose instances are their own iterators, as in CPython; the ones without a
simple state machine delegate to a private generator. Their arguments are checked, and their
inputs turned into iterators, when they are created, as CPython does. Not supported: pickling
(__reduce__/__setstate__).
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

_MAXSIZE = (1 << 63) - 1


def _iter_self(self):
    return self


def _next_from_gen(self):
    return next(self._gen)


def _is_number(x):
    # CPython's PyNumber_Check: int, float, complex, or a type with __index__/__int__/__float__.
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


def _as_ssize(x):
    """_as_ssize: x as a Py_ssize_t, or None if it is not an integer or does not fit."""
    if isinstance(x, int):
        v = x
    else:
        method = getattr(type(x), '__index__', None)
        if method is None:
            return None
        v = method(x)
        if not isinstance(v, int):
            return None
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return None
    return v


def _index(x):
    # operator.index(x) with CPython's error message.
    if isinstance(x, int):
        return x
    method = getattr(type(x), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return method(x)


# Infinite iterators

class count:
    """count(start=0, step=1): an iterator of start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    __iter__ = _iter_self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return f'{name}({self._value!r})'
        return f'{name}({self._value!r}, {step!r})'


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element

    __iter__ = _iter_self
    __next__ = _next_from_gen


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object for the specified
    number of times.  If not specified, returns the object endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            n = _index(times)
            if n > _MAXSIZE or n < -_MAXSIZE - 1:
                raise OverflowError('Python int too large to convert to C ssize_t')
            self._times = n if n > 0 else 0

    __iter__ = _iter_self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return f'{name}({self._object!r})'
        return f'{name}({self._object!r}, {self._times})'


# Iterators terminating on the shortest input sequence

class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total

    __iter__ = _iter_self
    __next__ = _next_from_gen


class chain:
    """Return a chain object whose .__next__() method returns elements from the first iterable
    until it is exhausted, then elements from the next iterable, until all of the iterables
    are exhausted."""

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from source

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates
        lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self

    __iter__ = _iter_self
    __next__ = _next_from_gen


class compress:
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors to choose the
    data elements.
    """

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d

    __iter__ = _iter_self
    __next__ = _next_from_gen


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted.
    """

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it

    __iter__ = _iter_self
    __next__ = _next_from_gen


class filterfalse:
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false.
    """

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x

    __iter__ = _iter_self
    __next__ = _next_from_gen


_NOTHING = object()


class groupby:
    """groupby(iterable, key=None): pairs (key, group) for the runs of consecutive items with
    equal key(item) (the item itself when key is None)."""

    # As CPython's groupby_next()/_grouper_next(): moving the groupby on invalidates the group
    # handed out before.

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NOTHING
        self._currkey = _NOTHING
        self._currvalue = _NOTHING
        self._currgrouper = None

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    __iter__ = _iter_self

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NOTHING:
                pass
            elif self._tgtkey is _NOTHING:
                break
            else:
                tgt, cur = self._tgtkey, self._currkey
                if not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    __iter__ = _iter_self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _NOTHING:
            parent._step()
        tgt, cur = self._tgtkey, parent._currkey
        if not (tgt is cur or tgt == cur):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _NOTHING
        return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): an iterator over the
    items a slice [start:stop:step] would select."""

    # The counting is CPython's islice_next(): it consumes exactly the items up to the last one
    # it returns (and, at the end, those up to stop).

    def __init__(self, *args):
        nargs = len(args)
        if nargs < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {nargs}')
        if nargs > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {nargs}')
        stop_error = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start, stop, step = 0, -1, 1
        if nargs == 2:
            if args[1] is not None:
                stop = _as_ssize(args[1])
                if stop is None or stop == -1:
                    raise ValueError(stop_error)
        else:
            if args[1] is not None:
                start = _as_ssize(args[1])
                if start is None:
                    start = -1
            if args[2] is not None:
                stop = _as_ssize(args[2])
                if stop is None or stop == -1:
                    raise ValueError(stop_error)
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if nargs == 4 and args[3] is not None:
            step = _as_ssize(args[3])
            if step is None:
                step = -1
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    __iter__ = _iter_self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop != -1 and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        nxt = self._next + self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ...
    """

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield (a, b)
            a = b

    __iter__ = _iter_self
    __next__ = _next_from_gen


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)
            yield function(*args)

    __iter__ = _iter_self
    __next__ = _next_from_gen


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true
    for each entry."""

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x

    __iter__ = _iter_self
    __next__ = _next_from_gen


class _tee:
    """Iterator wrapped to make it copyable."""

    # The tees of one iterator share a singly linked list of cells [value, next cell]; each tee
    # holds the cell it reads next, so values are kept only while some tee still needs them.

    def __init__(self, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._source = it._source
            self._cell = it._cell
        else:
            self._source = it
            self._cell = [None, None]

    __iter__ = _iter_self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            cell[0] = next(self._source)
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._source = self._source
        new._cell = self._cell
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, '__copy__') else _tee(it)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples of one item from each iterable, until
    the longest is exhausted; the shorter ones contribute fillvalue."""

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(its, fillvalue):
        active = len(its)
        if not active:
            return
        while True:
            row = []
            for i, it in enumerate(its):
                if it is None:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    its[i] = None
                    row.append(fillvalue)
            yield tuple(row)

    __iter__ = _iter_self
    __next__ = _next_from_gen


# Combinatoric iterators. The index walks are the ones documented for CPython's itertools, so
# the results come out in the same (lexicographic by input position) order.

class product:
    """product(*iterables, repeat=1): the cartesian product, like nested for-loops with the
    first iterable outermost; repeat=n repeats the list of iterables n times."""

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        current = [pool[0] for pool in pools]
        yield tuple(current)
        while True:
            # Advance the rightmost index that can move; reset the ones after it.
            i = n - 1
            while i >= 0:
                pool = pools[i]
                k = indices[i] + 1
                if k < len(pool):
                    indices[i] = k
                    current[i] = pool[k]
                    break
                indices[i] = 0
                current[i] = pool[0]
                i -= 1
            if i < 0:
                return
            yield tuple(current)

    __iter__ = _iter_self
    __next__ = _next_from_gen


class permutations:
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        item = pool.__getitem__
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(map(item, indices[:r]))
        while n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(map(item, indices[:r]))
                    break
                i -= 1
            if i < 0:
                return

    __iter__ = _iter_self
    __next__ = _next_from_gen


class combinations:
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        item = pool.__getitem__
        indices = list(range(r))
        yield tuple(map(item, indices))
        while True:
            # The rightmost index that is not at its maximum moves on; the ones after it follow.
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(map(item, indices))

    __iter__ = _iter_self
    __next__ = _next_from_gen


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): r-length tuples of items, in input order,
    where an item may repeat."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        item = pool.__getitem__
        indices = [0] * r
        yield tuple(map(item, indices))
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            value = indices[i] + 1
            for j in range(i, r):
                indices[j] = value
            yield tuple(map(item, indices))

    __iter__ = _iter_self
    __next__ = _next_from_gen
