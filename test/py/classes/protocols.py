# Checks container/iteration protocols: __iter__/__next__, __getitem__, __len__, __bool__, __contains__, __call__, __setitem__, __delitem__.
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i < 0: i += self.n
        if not 0 <= i < self.n:
            raise IndexError("seq index")
        return i * i
s = Seq(5)
print(len(s), s[2], s[-1], s[1:4], list(s), 9 in s, 10 in s, list(reversed(s)))
for_items = []
for item in s:
    for_items.append(item)
print(for_items, sorted(s, reverse=True), max(s))
class Bag:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __len__(self): return len(self.d)
b = Bag()
b["x"] = 1; b["a"] = 2
print("x" in b, "q" not in b, list(b), len(b))
del b["x"]
print(list(b), bool(b))
del b["a"]
print(bool(b))
class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(Truth(True)), not Truth(False), "yes" if Truth(True) else "no")
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class Adder:
    def __init__(self, base): self.base = base
    def __call__(self, x, *, times=1): return (self.base + x) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), list(map(add5, [0, 10])))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
it = It()
print(list(it), list(it), next(iter(It())))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    len(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
class ContainsViaIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in ContainsViaIter(), 5 in ContainsViaIter())
a, b2, c = Seq(3)
print(a, b2, c, [*Seq(2)], dict(zip(Seq(2), "ab")))
