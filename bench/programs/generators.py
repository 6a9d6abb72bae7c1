# Generators: pipelines of generator functions (filter, map, window, chunk, flatten),
# yield from, infinite generators cut short, and generator expressions consumed by
# sum(), any(), all(), max() and dict().


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def only(pred, it):
    for x in it:
        if pred(x):
            yield x


def pairwise(it):
    prev = None
    first = True
    for x in it:
        if not first:
            yield prev, x
        prev = x
        first = False


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(lists):
    for part in lists:
        yield from part


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def walk(depth):
    # A recursive generator delegating with yield from.
    if depth == 0:
        yield 1
        return
    yield depth
    yield from walk(depth - 1)
    yield from walk(depth - 2) if depth > 1 else walk(0)


total = sum(squares(only(lambda x: x % 3 == 1, count_up(150000))))
diffs = sum(b - a for a, b in pairwise(squares(count_up(100000))))
chunk_sums = [sum(c) for c in chunks(count_up(60001), 64)]
flat = sum(flatten(chunks(only(lambda x: x & 1, count_up(80000)), 10)))
fib_digits = sum(len(str(f)) for f in take(300, fibs()))
tree = sum(walk(18))
has_big = any(x > 29990 for x in count_up(30000))
all_small = all(x < 5000 for x in take(4000, count_up(10 ** 9)))
table = dict((x, x * x) for x in range(2000) if x % 5 == 0)
longest = max((len(c), i) for i, c in enumerate(chunks(count_up(1000), 7)))
print(f"generators: total={total} diffs={diffs} chunks={len(chunk_sums)}/{chunk_sums[-1]} "
      f"flat={flat} fib_digits={fib_digits} tree={tree} {has_big} {all_small} "
      f"table={len(table)}/{table[1995]} longest={longest}")
