# Everyday programs combining the stdlib modules: BFS, Dijkstra, word counts, grouping reports, memoized DP, an async pipeline.
import asyncio
import heapq
from bisect import bisect_left
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
from functools import lru_cache, reduce, partial
from itertools import groupby, accumulate, combinations, islice, count, chain
from operator import attrgetter, itemgetter, mul

# BFS on a grid
GRID = ['S.#......',
        '.##.####.',
        '....#..#.',
        '.##...#..',
        '...#.#..E']


def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == 'E':
            return dist[(r, c)], len(dist)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return None


print('bfs', bfs(GRID))

# Dijkstra with heapq
graph = defaultdict(list)
for a, b, w in [('A', 'B', 4), ('A', 'C', 2), ('C', 'B', 1), ('B', 'D', 5), ('C', 'D', 8), ('C', 'E', 10), ('D', 'E', 2), ('E', 'F', 3), ('D', 'F', 6)]:
    graph[a].append((b, w))
    graph[b].append((a, w))


def dijkstra(src):
    best = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > best[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < best.get(nxt, float('inf')):
                best[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return best, prev


best, prev = dijkstra('A')
path = ['F']
while path[-1] != 'A':
    path.append(prev[path[-1]])
print('dijkstra', sorted(best.items()), '->'.join(reversed(path)))

# Word statistics
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(',.').lower() for w in TEXT.split()]
freq = Counter(words)
print(freq.most_common(4), len(freq), freq['times'], freq['nope'])
by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
first_seen = OrderedDict.fromkeys(words)
print(list(first_seen)[:6])
print(Counter(len(w) for w in words) - Counter({2: 100}), sum(freq.values()) == len(words))

# Records: namedtuple, sorting with attrgetter, grouping
Sale = namedtuple('Sale', 'region product units price')
sales = [Sale('north', 'apple', 10, 0.5), Sale('south', 'pear', 4, 0.75), Sale('north', 'pear', 7, 0.75),
         Sale('east', 'apple', 3, 0.5), Sale('south', 'apple', 12, 0.45), Sale('east', 'fig', 9, 1.25)]
for region, group in groupby(sorted(sales, key=attrgetter('region', 'product')), key=attrgetter('region')):
    group = list(group)
    total = sum(s.units * s.price for s in group)
    print(f'{region:6} {len(group)} sales, {total:6.2f}', [s.product for s in group])
print(max(sales, key=attrgetter('units')), sorted(sales, key=itemgetter(3, 2))[0]._asdict())
print(list(accumulate(s.units for s in sales)), reduce(mul, (s.units for s in sales[:3])))


# Memoized dynamic programming
@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5, 10)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print('ways', ways(50), ways(100), ways.cache_info().currsize > 0)


@lru_cache(maxsize=None)
def edit(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))


print('edit', edit('kitten', 'sitting'), edit('intention', 'execution'))

# Combinatorics and lazy pipelines
nums = [3, 34, 4, 12, 5, 2]
print([c for r in range(2, 4) for c in combinations(nums, r) if sum(c) == 9])
primes = (n for n in count(2) if all(n % p for p in range(2, int(n ** 0.5) + 1)))
print(list(islice(primes, 15)))
scores = sorted([55, 90, 72, 61, 88, 97, 43])
print([('FDCBA'[bisect_left([60, 70, 80, 90], s)], s) for s in scores])
print(list(chain.from_iterable(map(partial(divmod, 17), [2, 3, 5]))))


# A small async pipeline
async def produce(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)
    await queue.put(None)


async def transform(inq, outq):
    while (item := await inq.get()) is not None:
        await outq.put(item * item)
    await outq.put(None)


async def collect(queue):
    out = []
    while (item := await queue.get()) is not None:
        out.append(item)
    return out


async def pipeline():
    q1, q2 = asyncio.Queue(2), asyncio.Queue()
    _, _, result = await asyncio.gather(produce(q1, 6), transform(q1, q2), collect(q2))
    return result


print('pipeline', asyncio.run(pipeline()))
