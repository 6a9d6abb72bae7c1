# Dijkstra's shortest paths with a hand-written binary heap, path reconstruction, and unreachable nodes.
class MinHeap:
    def __init__(self):
        self.a = []
    def __len__(self):
        return len(self.a)
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i, n = 0, len(a)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and a[l] < a[m]: m = l
                if r < n and a[r] < a[m]: m = r
                if m == i: break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, src))
    done = set()
    while heap:
        d, u = heap.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph.get(u, []):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev
def path(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    out = [dst]
    while out[-1] != src:
        out.append(prev[out[-1]])
    return out[::-1]
edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15), ("C", "D", 11),
         ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    p = path(prev, "A", node)
    if p is None:
        print("%s: unreachable" % node)
    else:
        print("%s: %3d via %s" % (node, dist[node], " -> ".join(p)))
h = MinHeap()
for v in [5, 3, 9, 1, 5, 8, 2, 7, 0, 6]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
N = 30
grid_graph = {}
for r in range(N):
    for c in range(N):
        nbrs = []
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < N and 0 <= cc < N:
                nbrs.append(((rr, cc), 1 + (rr * 7 + cc * 13) % 5))
        grid_graph[(r, c)] = nbrs
gd, gp = dijkstra(grid_graph, (0, 0))
route = path(gp, (0, 0), (N - 1, N - 1))
print("grid cost", gd[(N - 1, N - 1)], "steps", len(route) - 1, "farthest", max(gd.values()))
