# Polynomial class with integer coefficients: arithmetic operators, evaluation, derivative, division, and pretty printing.
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-x for x in self.c])
    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly([-o]))
    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c
    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        q = [0] * max(1, len(self.c) - len(d.c) + 1)
        r = self.c[:]
        while len(r) >= len(d.c) and r != [0]:
            shift = len(r) - len(d.c)
            if r[-1] % d.c[-1]:
                raise ValueError("non-integer quotient")
            f = r[-1] // d.c[-1]
            q[shift] = f
            for i, b in enumerate(d.c):
                r[i + shift] -= f * b
            r = Poly(r).c
            if len(r) == 1 and r[0] == 0:
                break
        return Poly(q), Poly(r)
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        if self.c == [0]:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else str(a)
            var = "" if i == 0 else "x" if i == 1 else "x^%d" % i
            terms.append((sign, coef + var))
        s = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        for sign, t in terms[1:]:
            s += " %s %s" % (sign, t)
        return s
x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print("p =", p, "| q =", q, "| degree", p.degree)
print("p + q =", p + q, "| p - p =", p - p, "| p * q =", p * q)
print("(x + 1)^5 =", (x + 1) ** 5)
print("p(2) =", p(2), "p(-1) =", p(-1), "p(10**10) =", p(10 ** 10))
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative())
n = x ** 3 - 6 * x ** 2 + 11 * x - 6
quo, rem = divmod(n, q)
print("(%s) / (%s) = %s remainder %s" % (n, q, quo, rem))
print("roots among 0..5:", [r for r in range(6) if n(r) == 0])
print(divmod(x ** 4 + 1, x + 1))
print(Poly([0]), Poly([0, 0, 5]), -x, x * 0 == Poly([0]))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(x ** 2, 2 * x + 1)
except ValueError as e:
    print("ValueError:", e)
cheb = [Poly([1]), x]
for _ in range(6):
    cheb.append(2 * x * cheb[-1] - cheb[-2])
for i, t in enumerate(cheb):
    print("T%d = %s" % (i, t))
