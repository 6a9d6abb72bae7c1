# Several sorting algorithms implemented by hand, checked against sorted() on deterministic pseudo-random data.
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed
gen = lcg(42)
data = [next(gen) % 1000 for _ in range(300)]
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        v, j = a[i], i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return a[:]
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(i, n):
        while True:
            m, l, r = i, 2 * i + 1, 2 * i + 2
            if l < n and a[l] > a[m]: m = l
            if r < n and a[r] > a[m]: m = r
            if m == i: return
            a[i], a[m] = a[m], a[i]
            i = m
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a):
    counts = [0] * (max(a) + 1)
    for v in a:
        counts[v] += 1
    return [v for v, c in enumerate(counts) for _ in range(c)]
def radix(a):
    a = a[:]
    exp = 1
    while max(a) // exp:
        buckets = [[] for _ in range(10)]
        for v in a:
            buckets[v // exp % 10].append(v)
        a = [v for b in buckets for v in b]
        exp *= 10
    return a
def shell(a):
    a = a[:]
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            v, j = a[i], i
            while j >= gap and a[j - gap] > v:
                a[j] = a[j - gap]
                j -= gap
            a[j] = v
        gap //= 2
    return a
expected = sorted(data)
for fn in (bubble, insertion, merge_sort, quick, heap_sort, counting, radix, shell):
    result = fn(data)
    print("%-10s %s %s" % (fn.__name__, result == expected, result[:6]))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
print(merge_sort([(age, i) for i, (name, age) in enumerate(people)]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print("median:", expected[len(expected) // 2], "min/max:", expected[0], expected[-1], "distinct:", len(set(data)))
