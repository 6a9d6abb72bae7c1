# ASCII Mandelbrot and Julia sets using float and complex arithmetic, plus escape-time statistics.
def mandel_iter(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return limit
CHARS = " .:-=+*#%@"
def render(fn, x0, x1, y0, y1, w, h, limit):
    rows = []
    hist = {}
    for r in range(h):
        y = y1 - (y1 - y0) * r / (h - 1)
        row = []
        for c in range(w):
            x = x0 + (x1 - x0) * c / (w - 1)
            n = fn(complex(x, y), limit)
            hist[n] = hist.get(n, 0) + 1
            row.append("@" if n == limit else CHARS[min(len(CHARS) - 2, n * (len(CHARS) - 1) // limit)])
        rows.append("".join(row).rstrip())
    return rows, hist
rows, hist = render(mandel_iter, -2.2, 0.8, -1.2, 1.2, 64, 21, 40)
print("\n".join(rows))
inside = hist.get(40, 0)
print("inside points:", inside, "of", 64 * 21, "area estimate: %.3f" % (inside / (64 * 21) * 3.0 * 2.4))
def julia(c):
    def fn(z, limit):
        for i in range(limit):
            z = z * z + c
            if abs(z) > 2:
                return i
        return limit
    return fn
jrows, jhist = render(julia(complex(-0.8, 0.156)), -1.6, 1.6, -1.0, 1.0, 48, 13, 30)
print("\n".join(jrows))
print("most common escape time:", max(jhist, key=lambda k: (jhist[k], k)))
print(mandel_iter(0j), mandel_iter(1 + 1j), mandel_iter(-1 + 0j), mandel_iter(0.25 + 0.5j))
def escape_profile(points, limit=100):
    return [(p, mandel_iter(p, limit)) for p in points]
for p, n in escape_profile([complex(-0.75, 0.1), complex(-0.75, 0.01), complex(0.3, 0), complex(0.26, 0), complex(-2, 0), complex(-2.01, 0)]):
    print("%-16s %3d" % (p, n))
