# Checks operator overloading: arithmetic, reflected, in-place, unary, comparison fallback, NotImplemented.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V%r" % (self.c,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k): return V(*(k * a for a in self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __rsub__(self, o): return "rsub"
    def __iadd__(self, o):
        self.c = tuple(a + o for a in self.c)
        return self
v, w = V(1, 2), V(3, 4)
print(v + w, v + 1, 1 + v, 2.5 + v, v - w, v * 3, 3 * v, v @ w)
print(v / 2, w // 2, w % 3, v ** 2, -v, +v, abs(V(3, 4)), ~v)
print(v & w, v | w, v ^ w, v << 1, v >> 1, 5 - v)
print(sum([V(1, 1), V(2, 2)], V(0, 0)), sum([V(1, 1), V(2, 2)]))
u = v
u += 10
print(u is v, v)
x = V(1)
x -= V(1)
print(x)
try:
    v + "s"
except TypeError as e:
    print(e)
try:
    "s" + v
except TypeError as e:
    print(e)
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return "right handled"
print(Left() + Right())
class Base:
    def __radd__(self, o): return "base radd"
    def __add__(self, o): return "base add"
class Sub(Base):
    def __radd__(self, o): return "sub radd wins"
print(Base() + Sub())
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Num(1)], bin(Num(5)), "ab" * Num(2), range(Num(3)))
class Cmp:
    def __eq__(self, o): return NotImplemented
print(Cmp() == Cmp(), Cmp() != 3)
class R:
    def __rlt__(self, o): return "never"
    def __gt__(self, o): return "reflected gt"
print(1 < R())
