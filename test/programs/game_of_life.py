# Conway's Game of Life on a small torus; prints generations and detects cycles.
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
def step(live, h, w):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
glider = parse([".#......",
                "..#.....",
                "###.....",
                "........",
                "........",
                "........"])
H, W = 6, 8
state = glider
for gen in range(5):
    print("gen", gen, "population", len(state))
    print(render(state, H, W))
    state = step(state, H, W)
def find_cycle(start, h, w, limit=200):
    seen = {}
    cur = start
    for i in range(limit):
        key = frozenset(cur)
        if key in seen:
            return seen[key], i - seen[key]
        seen[key] = i
        cur = step(cur, h, w)
    return None
blinker = parse([".....", "..#..", "..#..", "..#..", "....."])
print("blinker cycle (start, period):", find_cycle(blinker, 5, 5))
block = parse(["....", ".##.", ".##.", "...."])
print("block cycle:", find_cycle(block, 4, 4))
print("glider cycle on 6x8 torus:", find_cycle(glider, H, W))
toad = parse(["......", "......", "..###.", ".###..", "......", "......"])
t1 = step(toad, 6, 6)
print(render(t1, 6, 6))
print("toad returns:", step(t1, 6, 6) == toad)
dead = parse(["#...", "....", "....", "...."])
print("lonely cell dies:", step(dead, 4, 4) == set())
