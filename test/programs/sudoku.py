# Sudoku solver with constraint propagation (naked singles) and backtracking on the cell with fewest candidates.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
HARD = "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759.."
def parse(text):
    digits = [c for c in text if c in "123456789."]
    assert len(digits) == 81, "need 81 cells"
    return [0 if c == "." else int(c) for c in digits]
PEERS = []
for i in range(81):
    r, c = divmod(i, 9)
    br, bc = r // 3 * 3, c // 3 * 3
    peers = {r * 9 + k for k in range(9)} | {k * 9 + c for k in range(9)}
    peers |= {(br + a) * 9 + bc + b for a in range(3) for b in range(3)}
    peers.discard(i)
    PEERS.append(sorted(peers))
def candidates(grid, i):
    used = {grid[p] for p in PEERS[i]}
    return [d for d in range(1, 10) if d not in used]
stats = {"guesses": 0}
def solve(grid):
    grid = grid[:]
    while True:
        progress = False
        best = None
        for i in range(81):
            if grid[i] == 0:
                cands = candidates(grid, i)
                if not cands:
                    return None
                if len(cands) == 1:
                    grid[i] = cands[0]
                    progress = True
                elif best is None or len(cands) < len(best[1]):
                    best = (i, cands)
        if not progress:
            break
    if best is None:
        return grid if 0 not in grid else None
    i, cands = best
    for d in cands:
        stats["guesses"] += 1
        grid[i] = d
        result = solve(grid)
        if result:
            return result
    return None
def show(grid):
    lines = []
    for r in range(9):
        row = grid[r * 9:(r + 1) * 9]
        lines.append(" ".join("".join(str(v) for v in row[k:k + 3]) for k in (0, 3, 6)))
        if r in (2, 5):
            lines.append("")
    return "\n".join(lines)
def valid(grid):
    return all(grid[i] not in [grid[p] for p in PEERS[i]] for i in range(81))
sol = solve(parse(PUZZLE))
print(show(sol))
print("valid:", valid(sol), "guesses:", stats["guesses"])
bad = parse(PUZZLE)
bad[2] = 5
print("unsolvable puzzle ->", solve(bad))
stats["guesses"] = 0
hard = solve(parse(HARD))
print("hard first row:", hard[:9], "valid:", valid(hard), "guesses:", stats["guesses"])
