# Spreadsheet with formula cells evaluated recursively with memoization, dependency tracking, and cycle detection.
class CycleError(Exception):
    pass
class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
    def set(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()
    def get(self, ref, stack=()):
        if ref in self.cache:
            return self.cache[ref]
        if ref in stack:
            raise CycleError(" -> ".join(stack + (ref,)))
        raw = self.raw.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            value = self.evaluate(raw[1:], stack + (ref,))
        else:
            value = raw
        self.cache[ref] = value
        return value
    def cells_in(self, rng):
        a, b = rng.split(":")
        c1, r1, c2, r2 = a[0], int(a[1:]), b[0], int(b[1:])
        return [chr(c) + str(r) for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
    def evaluate(self, expr, stack):
        expr = expr.strip()
        for ops in ("+-", "*/"):
            depth = 0
            for i in range(len(expr) - 1, 0, -1):
                ch = expr[i]
                if ch == ")": depth += 1
                elif ch == "(": depth -= 1
                elif ch in ops and depth == 0:
                    l, r = self.evaluate(expr[:i], stack), self.evaluate(expr[i + 1:], stack)
                    if ch == "+": return l + r
                    if ch == "-": return l - r
                    if ch == "*": return l * r
                    return l / r
        for fn in ("SUM", "MAX", "MIN", "AVG"):
            if expr.startswith(fn + "(") and expr.endswith(")"):
                vals = [self.get(c, stack) for c in self.cells_in(expr[len(fn) + 1:-1])]
                if fn == "SUM": return sum(vals)
                if fn == "MAX": return max(vals)
                if fn == "MIN": return min(vals)
                return sum(vals) / len(vals)
        if expr.startswith("(") and expr.endswith(")"):
            return self.evaluate(expr[1:-1], stack)
        if expr[0].isalpha():
            return self.get(expr, stack)
        return float(expr) if "." in expr else int(expr)
    def show(self, cols, rows):
        print("     " + "".join(c.rjust(10) for c in cols))
        for r in range(1, rows + 1):
            cells = []
            for c in cols:
                try:
                    v = self.get(c + str(r))
                    cells.append(("%.2f" % v if isinstance(v, float) else str(v)).rjust(10))
                except CycleError:
                    cells.append("#CYCLE".rjust(10))
                except ZeroDivisionError:
                    cells.append("#DIV/0".rjust(10))
            print("%4d " % r + "".join(cells))
s = Sheet()
for i, (qty, price) in enumerate([(3, 2.5), (10, 1.2), (1, 99), (4, 7.25)], 1):
    s.set("A%d" % i, qty)
    s.set("B%d" % i, price)
    s.set("C%d" % i, "=A%d*B%d" % (i, i))
s.set("C5", "=SUM(C1:C4)")
s.set("A5", "=SUM(A1:A4)")
s.set("B5", "=AVG(B1:B4)")
s.set("D1", "=C5/A5")
s.set("D2", "=(C1+C2)*2-1")
s.set("D3", "=MAX(C1:C4)-MIN(C1:C4)")
s.set("D4", "=A1/(A2-10)")
s.show("ABCD", 5)
s.set("A1", 30)
print("after A1=30: C5 =", s.get("C5"), "D1 = %.4f" % s.get("D1"))
s.set("E1", "=E2+1")
s.set("E2", "=E3+1")
s.set("E3", "=E1")
try:
    s.get("E1")
except CycleError as e:
    print("CycleError:", e)
s.show("E", 3)
