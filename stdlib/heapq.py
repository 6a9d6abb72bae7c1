"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k; a[0] is the smallest
item. The sift steps are CPython's (Lib/heapq.py, Knuth vol. 3 with the "bottom-up" siftup), so
the lists come out in exactly the order CPython produces. Only `<` is used to compare items.

heappush, heappop, heapify, heapreplace, heappushpop, merge, nlargest and nsmallest are provided.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name, position=' 1'):
    # The message of CPython's argument clinic ("argument" alone for a one-argument function).
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f'{name}() argument{position} must be list, not {got}')


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos while it is smaller than its parent.
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _siftup(heap, pos):
    # Bottom-up: walk the smaller child down to a leaf, then sift the item back up from there.
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    The heap size does not change; the popped value may be larger than item.
    """
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, 'heapify', '')
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)


# Max-heap variants (a[0] is the largest item), used by merge(reverse=True) and nsmallest.

def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    """Transform list into a max-heap, in-place, in O(len(x)) time."""
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, i)


def _heappop_max(heap):
    """Pop the largest item off a max-heap."""
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Pop the largest item off a max-heap and push item."""
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator, lazily.

    Equal items come out in the order of their iterables. With key, the items are compared by
    key(item); with reverse=True the inputs must be sorted from largest to smallest."""
    # Each entry is [sort key, input number, value, next function]; the input number breaks ties
    # (negated for a max-heap, so the earlier input still wins) and is unique, so the values
    # themselves are never compared when their keys are equal.
    if reverse:
        heapify_, pop_, replace_, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop_, replace_, sign = heapify, heappop, heapreplace, 1
    entries = []
    for order, iterable in enumerate(iterables):
        next_ = iter(iterable).__next__
        try:
            value = next_()
        except StopIteration:
            continue
        entries.append([value if key is None else key(value), order * sign, value, next_])
    heapify_(entries)
    while len(entries) > 1:
        while True:
            entry = entries[0]
            yield entry[2]
            try:
                value = entry[3]()
            except StopIteration:
                pop_(entries)
                break
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace_(entries, entry)
    if entries:
        # A single input is left: copy it straight through.
        entry = entries[0]
        yield entry[2]
        next_ = entry[3]
        while True:
            try:
                value = next_()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to: sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        best = min(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # Keep the n smallest seen so far in a max-heap of (key, position[, value]): the position
    # makes the result stable, as sorted() is.
    it = iter(iterable)
    if key is None:
        kept = [(value, i) for i, value in zip(range(n), it)]
    else:
        kept = [(key(value), i, value) for i, value in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    i = n
    for value in it:
        k = value if key is None else key(value)
        if k < worst:
            _heapreplace_max(kept, (k, i) if key is None else (k, i, value))
            worst = kept[0][0]
        i += 1
    kept.sort()
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to: sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        best = max(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n largest seen so far; positions count down so that, after the final
    # reverse sort, equal keys keep their input order.
    it = iter(iterable)
    if key is None:
        kept = [(value, -i) for i, value in zip(range(n), it)]
    else:
        kept = [(key(value), -i, value) for i, value in zip(range(n), it)]
    if not kept:
        return kept
    heapify(kept)
    top = kept[0][0]
    i = -n
    for value in it:
        k = value if key is None else key(value)
        if top < k:
            heapreplace(kept, (k, i) if key is None else (k, i, value))
            top = kept[0][0]
        i -= 1
    kept.sort(reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in kept]
