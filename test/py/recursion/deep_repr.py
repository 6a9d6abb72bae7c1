# Checks RecursionError raised through builtin operations on deeply nested data: repr, str, ==, and sorted(key=).
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
    print("no error")
except RecursionError as e:
    print("repr:", type(e).__name__)
try:
    str(nested)
except RecursionError:
    print("str: RecursionError")
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    repr(d)
except RecursionError:
    print("dict repr: RecursionError")
t = ()
for _ in range(100000):
    t = (t,)
try:
    repr(t)
except RecursionError:
    print("tuple repr: RecursionError")
a = []
b = []
for _ in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError:
    print("compare: RecursionError")
def key(v):
    return key(v) if v > 0 else 0
try:
    sorted([3, 1, 2], key=key)
except RecursionError:
    print("sorted key: RecursionError")
class Deep:
    def __init__(self, inner): self.inner = inner
    def __repr__(self): return "Deep(%r)" % (self.inner,)
x = None
for _ in range(100000):
    x = Deep(x)
try:
    repr(x)
except RecursionError:
    print("user __repr__: RecursionError")
small = [[[1]]]
print(repr(small), len(str(list(range(5)))))
shallow = []
for _ in range(50):
    shallow = [shallow]
print(len(repr(shallow)))
print(sorted([3, 1, 2], key=lambda v: -v))
