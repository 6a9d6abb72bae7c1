# Streaming pipeline of generators where a stage raises mid-stream and the error escapes uncaught (expected last stderr line "ZeroDivisionError: division by zero").
# expect: exit=1 stderr-last='ZeroDivisionError: division by zero'
def read_lines(data):
    for line in data.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        a, b = line.split()
        yield int(a), int(b)
def ratios(pairs):
    for a, b in pairs:
        yield a, b, a / b
def running_total(rows):
    total = 0.0
    for a, b, r in rows:
        total += r
        yield a, b, r, total
def report(rows):
    count = 0
    try:
        for a, b, r, total in rows:
            count += 1
            print("%3d / %-3d = %.4f  (running %.4f)" % (a, b, r, total))
    finally:
        print("processed", count, "rows before stopping")
SAFE = """
# numerator denominator
3 4
10 5
"""
UNSAFE = """
3 4
10 5
7 7
9 0
8 2
"""
report(running_total(ratios(parse(read_lines(SAFE)))))
gen = ratios(parse(read_lines(UNSAFE)))
first = next(gen)
print("peeked first row:", first)
gen.close()
print("closed peek generator cleanly")
report(running_total(ratios(parse(read_lines(UNSAFE)))))
print("unreachable")
