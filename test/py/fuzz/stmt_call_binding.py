# Argument binding errors are reported in CPython's order: keyword errors (unexpected, positional-only as keyword, multiple values) before too many positional arguments.
def fn(a, b=1, /, c=2, *, d):
    return a, b, c, d

def g(a, /, b, *, c=0):
    return a, b, c

calls = [
    lambda: fn(1, 2, 3, 4, e=5),
    lambda: fn(1, 2, 3, 4, a=5),
    lambda: fn(1, 2, 3, 4, c=5),
    lambda: fn(1, 2, 3, 4, 5, d=1),
    lambda: fn(1, c=1, a=2, b=3),
    lambda: fn(1, z=1, a=2),
    lambda: fn(1, c=2, c2=3, b=1),
    lambda: fn(d=1),
    lambda: fn(1, d=2),
    lambda: g(1, 2, 3, b=4),
    lambda: g(1, 2, 3, 4, c=1),
    lambda: g(1, a=2, b=3),
    lambda: g(1, 2, c=3, a=1, z=2),
    lambda: g(*[1, 2, 3], **{'b': 1}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
