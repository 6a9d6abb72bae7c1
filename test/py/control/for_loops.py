# Checks for loops over many iterables, for-else, nested break/continue, loop variable leakage.
acc = []
for ch in "abc":
    acc.append(ch.upper())
for k in {"x": 1, "y": 2}:
    acc.append(k)
for a, b in [(1, 2), (3, 4)]:
    acc.append(a + b)
for i, (p, q) in enumerate(["pq", "rs"]):
    acc.append(f"{i}{p}{q}")
print(acc)
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return idx
assert find([5, 6, 7], 7) == 2 and find([5], 9) == -1, "for-else"
for _ in []:
    pass
else:
    print("empty loop else")
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
for leaked in range(3):
    pass
assert leaked == 2, "loop var leaks"
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
assert lst == [1, 2, 3, 4], "list grows during iteration"
total = 0
for i in range(10, 0, -3):
    total += i
assert total == 10 + 7 + 4 + 1, "negative step range"
d = {"a": 1, "b": 2}
for k, v in d.items():
    d[k] = v * 10
assert d == {"a": 10, "b": 20}, "modify values while iterating"
try:
    for k in d:
        d["c"] = 0
except RuntimeError as e:
    print(e)
for x in (1, 2, 3):
    x = x * 100
print(x)
words = []
for line in ["a b", "c"]:
    for w in line.split():
        words.append(w)
    else:
        words.append("|")
print(words)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)))
for i in range(3):
    try:
        if i == 1:
            continue
    finally:
        acc.append("f%d" % i)
print(acc[-3:])
