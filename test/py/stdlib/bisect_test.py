# bisect: bisect_left/right with lo, hi and key; insort_left/right; errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 14]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, 7, 9))
print(bisect.bisect_left(a, 8, lo=7), bisect.bisect_right(a, 2, hi=2), bisect.bisect(a, 100, 3, 3))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))

# key= applies to the items, not to x
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
print(bisect.bisect_left(recs, 3, 2, key=lambda r: r[1]), bisect.bisect_right(recs, 3, 0, 2, key=lambda r: r[1]))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
c = [1.0, 2.0, 3.0]
bisect.insort_left(c, 2)
bisect.insort_right(c, 3)
print(c, [type(v).__name__ for v in c])
bisect.insort_left(recs, ('x', 3), key=lambda r: r[1])
bisect.insort_right(recs, ('y', 3), key=lambda r: r[1])
bisect.insort(recs, ('z', 0), key=lambda r: r[1])
print(recs)
d = [10, 20, 30]
bisect.insort(d, 25, 0, 1)
print(d)

grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])

# Works on any sequence with __getitem__/__len__
print(bisect.bisect_left('abcdef', 'c'), bisect.bisect_right(range(0, 100, 3), 30))

try:
    bisect.bisect_left([1], 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.insort((1, 2), 1)
except AttributeError as e:
    print('AttributeError', e)
