(a, b): int
    x
