# Checks range objects, identity of small objects vs equality, None/bool semantics, type conversions between containers.
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 7 in r, 8 in r, r.index(11))
print(range(5).count(3), range(10)[::3], list(range(10)[::3]), range(-5, 5)[2], len(range(0, -10, -3)))
print(range(2 ** 70)[-1], len(range(2 ** 40)), 2 ** 69 in range(2 ** 70))
print(range(3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3)), bool(range(0)), list(range(1, 0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
try:
    range(3).index(7)
except ValueError as e:
    print(e)
print(None is None, type(None)(), True is not False, True == 1, False == 0, True + 0.5, True & False, True | False, True ^ True)
print(str(True), repr(False), int(True), float(False), bool("False"), bool(" "))
print(list((1, 2)), tuple([3]), set((4, 4)), dict([(5, 6)]), list({7: 8}.items()), str([9]))
print(list(map(int, "123")), list(map(float, ["1.5", "2"])), [int(c) * 2 for c in str(2 ** 10)])
print(isinstance(True, bool), type(True + True).__name__, ~True, -False, True * "ab")
