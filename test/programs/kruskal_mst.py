# Union-find with path compression and union by rank, used for Kruskal's minimum spanning tree and counting islands.
class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.sets = len(self.parent)
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True
CITIES = ["Amsterdam", "Berlin", "Copenhagen", "Dublin", "Edinburgh", "Frankfurt", "Geneva"]
ROADS = [("Amsterdam", "Berlin", 655), ("Amsterdam", "Frankfurt", 440), ("Berlin", "Copenhagen", 440),
         ("Berlin", "Frankfurt", 545), ("Copenhagen", "Amsterdam", 780), ("Dublin", "Edinburgh", 350),
         ("Edinburgh", "Amsterdam", 860), ("Dublin", "Amsterdam", 940), ("Frankfurt", "Geneva", 560),
         ("Geneva", "Berlin", 1100), ("Dublin", "Geneva", 1500)]
def kruskal(nodes, edges):
    dsu = DSU(nodes)
    tree = []
    for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        if dsu.union(a, b):
            tree.append((a, b, w))
    return tree, dsu.sets
tree, parts = kruskal(CITIES, ROADS)
for a, b, w in tree:
    print("%-10s - %-10s %5d km" % (a, b, w))
print("total: %d km, components: %d" % (sum(w for _, _, w in tree), parts))
tree2, parts2 = kruskal(CITIES + ["Reykjavik"], ROADS)
print("with isolated city: edges=%d components=%d" % (len(tree2), parts2))
GRID = ["11000110",
        "11000100",
        "00100001",
        "00011001",
        "10000011"]
cells = [(r, c) for r, row in enumerate(GRID) for c, ch in enumerate(row) if ch == "1"]
d = DSU(cells)
for r, c in cells:
    for nr, nc in ((r + 1, c), (r, c + 1)):
        if (nr, nc) in d.parent:
            d.union((r, c), (nr, nc))
sizes = {}
for cell in cells:
    root = d.find(cell)
    sizes[root] = sizes.get(root, 0) + 1
print("islands:", d.sets, "sizes:", sorted(sizes.values(), reverse=True))
big = DSU(range(10000))
for i in range(0, 10000, 2):
    big.union(i, (i * 7 + 3) % 10000)
print("large DSU components:", big.sets, big.find(0) == big.find(3))
