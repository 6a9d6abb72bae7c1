# Graph search: BFS shortest paths, iterative and recursive DFS, connected components, cycle detection and bipartiteness.
def build(edges, directed=False):
    g = {}
    for u, v in edges:
        g.setdefault(u, []).append(v)
        g.setdefault(v, [])
        if not directed:
            g[v].append(u)
    for k in g:
        g[k].sort()
    return g
def bfs(g, start):
    dist = {start: 0}
    order = [start]
    queue = [start]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in g[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                order.append(v)
                queue.append(v)
    return order, dist
def dfs_iter(g, start):
    seen, order, stack = set(), [], [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        for v in reversed(g[u]):
            if v not in seen:
                stack.append(v)
    return order
def dfs_rec(g, u, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(u)
    order.append(u)
    for v in g[u]:
        if v not in seen:
            dfs_rec(g, v, seen, order)
    return order
def components(g):
    seen, comps = set(), []
    for node in sorted(g):
        if node not in seen:
            comp = dfs_rec(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
def has_cycle_directed(g):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = {u: WHITE for u in g}
    def visit(u):
        color[u] = GRAY
        for v in g[u]:
            if color[v] == GRAY or (color[v] == WHITE and visit(v)):
                return True
        color[u] = BLACK
        return False
    return any(color[u] == WHITE and visit(u) for u in sorted(g))
def bipartite(g):
    side = {}
    for s in sorted(g):
        if s in side:
            continue
        side[s] = 0
        queue = [s]
        while queue:
            u = queue.pop(0)
            for v in g[u]:
                if v not in side:
                    side[v] = 1 - side[u]
                    queue.append(v)
                elif side[v] == side[u]:
                    return None
    return sorted(k for k in side if side[k] == 0)
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (7, 8), (9, 9)]
g = build(edges)
order, dist = bfs(g, 1)
print("bfs order:", order)
print("bfs dist:", sorted(dist.items()))
print("dfs iterative:", dfs_iter(g, 1))
print("dfs recursive:", dfs_rec(g, 1))
print("components:", components(g))
dag = build([("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket")], directed=True)
print("dag has cycle:", has_cycle_directed(dag))
cyc = build([("a", "b"), ("b", "c"), ("c", "a")], directed=True)
print("cyclic has cycle:", has_cycle_directed(cyc))
square = build([(1, 2), (2, 3), (3, 4), (4, 1)])
triangle = build([(1, 2), (2, 3), (3, 1)])
print("square bipartite:", bipartite(square), "triangle bipartite:", bipartite(triangle))
W, H = 12, 6
maze = ["S...#.......",
        ".##.#.####.#",
        ".#..#....#..",
        ".#.###.#.##.",
        ".#.....#...#",
        "...#####.#.E"]
mg = {}
for r in range(H):
    for c in range(W):
        if maze[r][c] != "#":
            mg[(r, c)] = [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))
                          if 0 <= r + dr < H and 0 <= c + dc < W and maze[r + dr][c + dc] != "#"]
_, md = bfs(mg, (0, 0))
print("maze distance to E:", md.get((5, 11)), "reachable cells:", len(md))
