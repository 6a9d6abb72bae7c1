# Checks exceptions propagating out of comprehensions, lambdas, default-argument evaluation, class bodies, __init__, and properties.
def boom(v):
    raise ValueError("boom %s" % v)
for label, fn in [
    ("listcomp", lambda: [boom(i) for i in range(3)]),
    ("dictcomp", lambda: {i: boom(i) for i in range(2, 3)}),
    ("genexpr", lambda: sum(boom(i) for i in range(4, 5))),
    ("map", lambda: list(map(boom, [5]))),
    ("sorted key", lambda: sorted([6, 7], key=boom)),
    ("nested lambda", lambda: (lambda: boom(8))()),
]:
    try:
        fn()
    except ValueError as e:
        print(label, "->", e)
try:
    def f(x=boom("default")):
        pass
except ValueError as e:
    print("default ->", e)
try:
    class C:
        y = boom("class body")
except ValueError as e:
    print("class ->", e, "C" in globals())
class Fragile:
    def __init__(self, ok):
        if not ok:
            raise TypeError("bad init")
        self.ok = ok
try:
    Fragile(False)
except TypeError as e:
    print("init ->", e)
class P:
    @property
    def value(self):
        return 1 / 0
try:
    P().value
except ZeroDivisionError as e:
    print("property ->", e)
def deep(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        deep(n - 1)
    finally:
        trail.append(n)
trail = []
try:
    deep(4)
except KeyError as e:
    print("deep ->", repr(e), trail)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        calls.append((a, b))
calls = []
print([safe_div(1, v) for v in (1, 0, 2)], calls)
results = []
for v in ["1", "a", "2"]:
    try:
        n = int(v)
    except ValueError:
        continue
    else:
        results.append(n)
    finally:
        results.append("f")
print(results)
def exc_as_value():
    errors = [ValueError("v"), TypeError("t")]
    out = []
    for e in errors:
        try:
            raise e
        except Exception as caught:
            out.append(caught is e)
    return out
print(exc_as_value())
def iterate_with_error():
    it = iter([1, 2, 0, 4])
    total = 0
    for v in it:
        try:
            total += 10 // v
        except ZeroDivisionError:
            total += 1000
    return total
print(iterate_with_error())
