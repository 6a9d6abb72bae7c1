# N-queens: counts solutions for several board sizes with backtracking and bitmasks, and draws the first solution for 8.
def solve_all(n):
    solutions = []
    cols = [0] * n
    used_c, used_d1, used_d2 = set(), set(), set()
    def place(r):
        if r == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_c or (r - c) in used_d1 or (r + c) in used_d2:
                continue
            cols[r] = c
            used_c.add(c); used_d1.add(r - c); used_d2.add(r + c)
            place(r + 1)
            used_c.discard(c); used_d1.discard(r - c); used_d2.discard(r + c)
    place(0)
    return solutions
def count_bits(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free -= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
for n in range(1, 9):
    sols = solve_all(n)
    print("n=%d solutions=%d bitmask=%d" % (n, len(sols), count_bits(n)))
first = solve_all(8)[0]
for r, c in enumerate(first):
    print(" ".join("Q" if i == c else "." for i in range(8)))
def canonical(sol):
    n = len(sol)
    boards = []
    cur = sol
    for _ in range(4):
        boards.append(tuple(cur))
        rotated = [0] * n
        for r, c in enumerate(cur):
            rotated[c] = n - 1 - r
        cur = rotated
    mirrored = [tuple(n - 1 - c for c in b) for b in boards]
    return min(boards + mirrored)
unique = {canonical(s) for s in solve_all(8)}
print("distinct up to symmetry:", len(unique))
print("n=10 via bitmask:", count_bits(10))
