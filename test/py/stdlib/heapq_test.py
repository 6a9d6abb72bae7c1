# heapq: list orders after push/pop/heapify/replace/pushpop, nlargest/nsmallest stability, merge, errors.
import heapq


def lcg(seed, n, mod=100):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out


data = lcg(7, 40)
print(data)

h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)

h2 = data[:]
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), h2[:10])
print(heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 77), h2[:10])
print(heapq.heappushpop([], 5))

# Tuples and ties: the exact positions depend on the sift algorithm.
pairs = [(x % 7, i) for i, x in enumerate(lcg(3, 25))]
heapq.heapify(pairs)
print(pairs)
out = []
while pairs:
    out.append(heapq.heappop(pairs))
print(out)

# Strings
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
heapq.heapify(words)
print(words)
print(sorted(words) == [heapq.heappop(words[:]) for _ in [0]] + sorted(words)[1:])

# nlargest / nsmallest (stable on ties, key=)
print(heapq.nlargest(5, data))
print(heapq.nsmallest(5, data))
print(heapq.nlargest(0, data), heapq.nsmallest(-1, data), heapq.nlargest(1, []), heapq.nsmallest(1, data))
print(heapq.nlargest(100, data) == sorted(data, reverse=True))
print(heapq.nsmallest(4, iter(data)), heapq.nlargest(4, iter(data)))
recs = [('a', 3), ('b', 1), ('c', 3), ('d', 2), ('e', 3), ('f', 1), ('g', 2)]
print(heapq.nlargest(3, recs, key=lambda r: r[1]))
print(heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nlargest(4, iter(recs), key=lambda r: r[1]))
print(heapq.nsmallest(4, iter(recs), key=lambda r: r[1]))
print(heapq.nlargest(2, 'hello world'), heapq.nsmallest(3, 'hello world'))
print(heapq.nsmallest(3, [1.0, 1, True, 0, 0.0, False], key=abs))
print(heapq.nlargest(3, [1.0, 1, True, 0, 0.0, False], key=abs))

# merge
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([1, 2, 3])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 3], [8, 4, 2], [6], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'x'), (2, 'y')], key=lambda t: t[0])))
print(list(heapq.merge([3, 1], [3, 2], key=lambda v: -v, reverse=True)))
m = heapq.merge([1, 4], [2, 3])
print(next(m), next(m), list(m))


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f'{self.name}:{self.pri}'


tasks = []
for i, p in enumerate([5, 1, 4, 1, 5, 9, 2, 6]):
    heapq.heappush(tasks, Task(p, chr(97 + i)))
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])

# Errors
for f in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
          lambda: heapq.heappush((), 1), lambda: heapq.heapify(None),
          lambda: heapq.heappush([1], 'a')):
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# A heap sort
print([heapq.heappop(h3) for h3 in [list(lcg(11, 12))] if not heapq.heapify(h3) for _ in range(12)])
