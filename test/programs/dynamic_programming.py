# Dynamic programming: knapsack, longest common subsequence, edit distance, coin change, LIS, and matrix-chain order.
def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][cap], chosen[::-1]
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30)]
print("knapsack:", knapsack(items, 200))
def lcs(a, b):
    m, n = len(a), len(b)
    t = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            t[i + 1][j + 1] = t[i][j] + 1 if a[i] == b[j] else max(t[i][j + 1], t[i + 1][j])
    out, i, j = [], m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
print("lcs:", lcs("AGGTABQWERTY", "GXTXAYBWRT"), lcs("abc", "def") == "")
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print("edit(%s, %s) = %d" % (a, b, edit_distance(a, b)))
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    for a in range(1, amount + 1):
        opts = [fewest[a - c] for c in coins if c <= a and fewest[a - c] is not None]
        fewest[a] = min(opts) + 1 if opts else None
    return ways[amount], fewest[amount]
print("coins 100:", coin_change([1, 5, 10, 25, 50], 100), "coins 7 with [2, 4]:", coin_change([2, 4], 7))
def lis(seq):
    tails, prev_idx, idx_at = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x: lo = mid + 1
            else: hi = mid
        if lo == len(tails):
            tails.append(x); idx_at.append(i)
        else:
            tails[lo] = x; idx_at[lo] = i
        prev_idx[i] = idx_at[lo - 1] if lo else None
    out, k = [], idx_at[-1]
    while k is not None:
        out.append(seq[k]); k = prev_idx[k]
    return out[::-1]
print("lis:", lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = None
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if cost[i][j] is None or c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k
    def paren(i, j):
        return "M%d" % (i + 1) if i == j else "(" + paren(i, split[i][j]) + paren(split[i][j] + 1, j) + ")"
    return cost[0][n - 1], paren(0, n - 1)
print("matrix chain:", matrix_chain([30, 35, 15, 5, 10, 20, 25]))
fib = [0, 1]
for _ in range(98):
    fib.append(fib[-1] + fib[-2])
print("fib(99):", fib[99])
