# Checks generator pipelines, infinite generators with islice-like helpers, generators as class __iter__, and lazy evaluation.
def integers(start=1):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out
def gfilter(pred, it):
    for v in it:
        if pred(v):
            yield v
def gmap(fn, it):
    for v in it:
        yield fn(v)
def primes():
    found = []
    for n in integers(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
print(take(5, gmap(lambda v: v * v, gfilter(lambda v: v % 3 == 0, integers()))))
class Tree:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), sum(t), max(t), 4 in t)
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefg", 3)))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 2, 3, 4])))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 40)])
def zip_longest(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    sentinel = object()
    while True:
        x, y = next(ia, sentinel), next(ib, sentinel)
        if x is sentinel and y is sentinel:
            return
        yield (fill if x is sentinel else x, fill if y is sentinel else y)
print(list(zip_longest("abc", [1], fill="-")))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("xy")))
gen = (i for i in range(3))
print(list(zip(gen, "ab")), list(gen))
def with_cleanup(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("cleanup")
log = []
for v in with_cleanup(log):
    break
print(log)
