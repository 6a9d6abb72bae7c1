# Checks unpacking in literals (*a, **d), starred targets in for loops, and unpacking of arbitrary iterables.
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*"hi", *range(2)], (*a,))
d1, d2 = {"x": 1}, {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1}, dict(**d1))
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
for (x, y), z in [((1, 2), 3)]:
    print(x, y, z)
print([(k, v) for k, v in {"a": 1}.items()], [s for *_, s in [(1, 2, 3)]])
head, *tail = "hello"
print(head, tail)
*_, last = iter([7, 8, 9])
print(last)
x, (y, *z), w = 1, "abc", 2
print(x, y, z, w)
def gen():
    yield from (10, 20)
p, q = gen()
print(p, q)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
[a1, [b1, c1]] = [1, (2, 3)]
print(a1, b1, c1)
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single)
(nested_a, nested_b), nested_c = "xy", "z"
print(nested_a, nested_b, nested_c)
m = [0, 0]
m[0], m[1] = m[1] + 1, m[0] + 2
print(m)
print(*[1, 2], *[3])
print(max(*[4, 9, 2]), [*{}], {**{}})
try:
    a2, b2 = iter(range(3))
except ValueError as e:
    print(e)
try:
    [*5]
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
