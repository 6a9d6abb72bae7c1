# f-strings and format(): conversions, nested specs, every presentation type, user __format__/__str__/__repr__.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return f"({self.x:{spec}}, {self.y:{spec}})"

p = P(1.5, -2)
print(f"{p}", f"{p!r}", f"{p!s}", f"{p!a}", f"{p:>6}", f"{p:+.2f}")
name = "Wörld"
print(f"Hello, {name}!", f"{name!r}", f"{name!a}", f"{name:*^11}", f"{name:.3}")
width, prec = 12, 3
for v in (3.14159265, -0.0, 1e-7, 123456789.0, 2.5, float("inf"), float("nan")):
    print(f"[{v:{width}.{prec}f}] [{v:<{width}.{prec}e}] [{v:^{width}.{prec}g}] [{v:+,.2f}] [{v!r}] [{v}]")
for n in (0, 7, -42, 255, 65535, 10**20, -(2**70)):
    print(f"{n:d} {n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:,} {n:_} {n:_x} {n:+08d} {n:^10} {n:e}")
print(f"{65:c}{0x1F600:c}{0xe9:c}", f"{'x':>{width}}|", f"{{literal}}", f"{1+2=}", f"{name=!s:>8}")
print(format(1234567.891, ",.2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))
print(format(True), format(True, "d"), format(True, ">5"), format(1j), format(1.5 - 2j, ".1f"), format(-0.0 + 0j))
print(format(12.5, "%"), format(0.5, ".0%"), format(1e22, "f"), format(5e-324, ".3e"), format(1.0, "#g"))
print("{0}-{1}-{0}".format("a", "b"), "{name}:{n:03}".format(name="id", n=7), "{:{}}".format("x", 4), "{0[1]}{0[0]}".format("ab"))
print("{0.real} {0.imag}".format(3 + 4j), "{!r:>6}".format("q"), "{:,d}".format(10**12), "{x[k]}".format(x={"k": "v"}))
for bad in ("{", "}", "{0}{}", "{:d}", "{0!x}", "{a"):
    try:
        print(bad.format(1.5))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
for spec in ("d", ",s", "=5", "+", "xx", ".2", "z"):
    for v in (1.5, "s", 3):
        try:
            print(repr(format(v, spec)))
        except ValueError as e:
            print("ValueError", e)
