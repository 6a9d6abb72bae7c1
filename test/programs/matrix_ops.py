# Matrix class with operator overloading: add, multiply, transpose, determinant (exact via fractions-by-hand), inverse, power.
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        a, b = abs(n), d
        while b:
            a, b = b, a % b
        g = a or 1
        self.n, self.d = n // g, d // g
    def _c(self, o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o): o = self._c(o); return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = self._c(o); return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = self._c(o); return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = self._c(o); return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o): o = self._c(o); return self.n == o.n and self.d == o.d
    def __repr__(self): return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)
class Matrix:
    def __init__(self, rows):
        self.rows = [[x if isinstance(x, Frac) else Frac(x) for x in r] for r in rows]
        self.h, self.w = len(rows), len(rows[0])
        if any(len(r) != self.w for r in rows):
            raise ValueError("ragged matrix")
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __add__(self, o):
        if (self.h, self.w) != (o.h, o.w):
            raise ValueError("shape mismatch %dx%d vs %dx%d" % (self.h, self.w, o.h, o.w))
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, Frac)):
            return Matrix([[x * o for x in r] for r in self.rows])
        if self.w != o.h:
            raise ValueError("cannot multiply %dx%d by %dx%d" % (self.h, self.w, o.h, o.w))
        cols = o.T().rows
        return Matrix([[sum((a * b for a, b in zip(r, c)), Frac(0)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, k):
        result, base = Matrix.identity(self.h), self
        while k:
            if k & 1: result = result * base
            base = base * base
            k >>= 1
        return result
    def __eq__(self, o): return self.rows == o.rows
    def T(self): return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        m = [r[:] for r in self.rows]
        n, sign, result = self.h, 1, Frac(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if m[r][c] != Frac(0)), None)
            if pivot is None:
                return Frac(0)
            if pivot != c:
                m[c], m[pivot] = m[pivot], m[c]
                sign = -sign
            result = result * m[c][c]
            for r in range(c + 1, n):
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
        return result * sign
    def inverse(self):
        n = self.h
        m = [r[:] + Matrix.identity(n).rows[i] for i, r in enumerate(self.rows)]
        for c in range(n):
            pivot = next((r for r in range(c, n) if m[r][c] != Frac(0)), None)
            if pivot is None:
                raise ValueError("matrix is singular")
            m[c], m[pivot] = m[pivot], m[c]
            pv = m[c][c]
            m[c] = [x / pv for x in m[c]]
            for r in range(n):
                if r != c:
                    f = m[r][c]
                    m[r] = [a - f * b for a, b in zip(m[r], m[c])]
        return Matrix([r[n:] for r in m])
    def __repr__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        width = max(len(s) for r in cells for s in r)
        return "\n".join("[" + " ".join(s.rjust(width) for s in r) + "]" for r in cells)
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A * B, "", A.T(), "", A + A, "", 3 * A, sep="\n")
print("det A =", A.det(), " det I =", Matrix.identity(4).det())
inv = A.inverse()
print(inv)
print("A * inv == I:", A * inv == Matrix.identity(3))
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power:", (F ** 90).rows[0][1])
H = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det:", H.det())
for bad in (lambda: A * A.T() * B * B, lambda: A + B, lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1], [1, 2]])):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
