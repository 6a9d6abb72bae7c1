# Checks CPython's TypeError messages for bad calls.
def f(a, b): pass
def g(a, b=1, *, c): pass
def h(a, /, b): pass
def none(): pass
class K:
    def m(self, x): pass
cases = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(a=1, b=2),
    lambda: none(1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: f(1, 2, b=3),
    lambda: g(),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
