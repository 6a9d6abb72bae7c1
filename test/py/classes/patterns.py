# Checks common class patterns: abstract methods via NotImplementedError, mixins, class-level registries, alternative constructors, equality of instances in containers.
class Shape:
    registry = []
    def __init__(self, name):
        self.name = name
        Shape.registry.append(name)
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2
    @classmethod
    def from_area(cls, a):
        return cls(a ** 0.5)
class Blob(Shape):
    pass
print(Square(3).describe(), Square.from_area(16).side)
try:
    Blob("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Shape.registry)
class JsonMixin:
    def to_json(self):
        parts = ['"%s": %r' % (k, v) for k, v in sorted(vars(self).items())]
        return "{" + ", ".join(parts) + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Point(JsonMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.to_json(), p == Point(1, 2), p != Point(2, 1), p in [Point(1, 2)], [c.__name__ for c in Point.__mro__])
try:
    {p}
except TypeError as e:
    print(e)
class Stack:
    def __init__(self, items=None):
        self._items = list(items or [])
    def push(self, v):
        self._items.append(v)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __repr__(self): return "Stack(%r)" % self._items
s = Stack().push(1).push(2).push(3)
print(s, len(s), s.pop(), s)
try:
    Stack().pop()
except IndexError as e:
    print(e)
class Temperature:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return "T%d" % self.k
temps = [Temperature(v) for v in (30, 10, 20, 10)]
print(sorted(temps), min(temps), len(set(temps)), temps.index(Temperature(20)), temps.count(Temperature(10)))
class Chain:
    def __init__(self): self.calls = []
    def __getattr__(self, name):
        def method(*a):
            self.calls.append((name, a))
            return self
        return method
print(Chain().select("a").where(1).limit(5).calls)
