# Nested loops over lists: dense float matrix multiplication (naive triple loop over
# a transposed right operand), then the trace and a checksum of the product.


def make_matrix(n, seed):
    x = seed
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append((x >> 8) % 1000 / 100.0 - 5.0)
        m.append(row)
    return m


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    inner = len(b)
    c = []
    for ai in a:
        row = []
        for bj in bt:
            s = 0.0
            for k in range(inner):
                s += ai[k] * bj[k]
            row.append(s)
        c.append(row)
    return c


n = 110
a = make_matrix(n, 42)
b = make_matrix(n, 7)
c = matmul(a, b)
trace = 0.0
for i in range(n):
    trace += c[i][i]
checksum = 0.0
for row in c:
    for v in row:
        checksum += abs(v)
print(f"matmul: n={n} trace={trace:.6f} sum|c|={checksum:.4f}")
