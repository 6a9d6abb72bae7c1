# Checks __repr__/__str__/__eq__/__hash__/__lt__ and friends, with default fallbacks.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
p = P(1, 2)
print(p, str(p), repr(p), [p], {"k": p}, f"{p}", f"{p!r}")
assert P(1, 2) == P(1, 2) and P(1, 2) != P(2, 1), "eq/ne derived"
assert P(1, 2) != "x" and not (P(1, 2) == 5), "NotImplemented falls back to identity"
print(len({P(1, 2), P(1, 2), P(3, 4)}))
print(sorted([P(3, 1), P(1, 5), P(1, 2)]))
print(P(1, 1) > P(0, 0), max([P(0, 9), P(2, 0)]))
try:
    P(1, 1) <= P(2, 2)
except TypeError as e:
    print(e)
class OnlyStr:
    def __str__(self): return "just str"
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
class OnlyRepr:
    def __repr__(self): return "R!"
print(str(OnlyRepr()), OnlyRepr(), "%s %r" % (OnlyRepr(), OnlyRepr()))
class EqNoHash:
    def __eq__(self, o): return True
try:
    hash(EqNoHash())
except TypeError as e:
    print(e)
print(EqNoHash.__hash__)
class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))
class Ordered:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
    def __gt__(self, o): return self.v > o.v
print(Ordered(1) <= Ordered(2), Ordered(1) >= Ordered(2), Ordered(3) > Ordered(2), Ordered(1) < Ordered(2))
class Weird:
    def __eq__(self, o): return "truthy"
print(Weird() == 1, 1 == Weird(), Weird() != 1)
print([1, Weird()].count(5), Weird() in [1])
class NeOnly:
    def __ne__(self, o): return False
print(NeOnly() != NeOnly())
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
