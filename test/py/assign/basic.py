# Checks plain, chained, tuple/list unpacking, starred and augmented assignment.
a = b = c = 5
assert (a, b, c) == (5, 5, 5), "chained assignment"
x, y = 1, 2
x, y = y, x
assert (x, y) == (2, 1), "swap"
[p, q] = "ab"
assert p == "a" and q == "b", "list target from string"
(m, (n, o)) = (1, (2, 3))
assert (m, n, o) == (1, 2, 3), "nested unpacking"
first, *rest = [1, 2, 3, 4]
assert first == 1 and rest == [2, 3, 4], "starred tail"
*init, last = range(5)
assert init == [0, 1, 2, 3] and last == 4, "starred head"
h, *mid, t = "xy"
assert h == "x" and mid == [] and t == "y", "empty starred middle"
n = 10
n += 5; assert n == 15, "+="
n -= 3; assert n == 12, "-="
n *= 2; assert n == 24, "*="
n //= 5; assert n == 4, "//="
n **= 3; assert n == 64, "**="
n %= 10; assert n == 4, "%="
n <<= 2; assert n == 16, "<<="
n >>= 1; assert n == 8, ">>="
n |= 3; assert n == 11, "|="
n &= 6; assert n == 2, "&="
n ^= 7; assert n == 5, "^="
f = 7
f /= 2; assert f == 3.5, "/="
lst = [1, 2]
alias = lst
lst += [3]
assert alias == [1, 2, 3], "list += mutates in place"
tup = (1, 2)
alias_t = tup
tup += (3,)
assert alias_t == (1, 2) and tup == (1, 2, 3), "tuple += rebinds"
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 1
assert d == {"k": 2}, "subscript augmented"
arr = [0] * 5
arr[1:3] = [7, 8, 9]
assert arr == [0, 7, 8, 9, 0, 0], "slice assignment grows"
arr[::2] = [1, 1, 1]
assert arr == [1, 7, 1, 9, 1, 0], "extended slice assignment"
del arr[0]
del arr[-2:]
assert arr == [7, 1, 9], "del index and slice"
class Obj: pass
o = Obj()
o.attr = 1
o.attr += 41
assert o.attr == 42, "attribute augmented"
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
assert items == [10, 99, 30], "left-to-right target assignment"
print(a, x, y, first, rest, init, last, n, f, lst, tup, d, arr, o.attr, items)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(e)
try:
    a1, *b1, c1 = [1]
except ValueError as e:
    print(e)
try:
    u, v = 5
except TypeError as e:
    print(e)
