# Roman numeral conversion both ways with validation and round-trip checks.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int):
        raise TypeError("expected int, got %s" % type(n).__name__)
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for v, sym in VALUES:
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    if not s:
        raise ValueError("empty numeral")
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in SYMBOLS:
            raise ValueError("bad symbol %r in %r" % (ch, s))
        v = SYMBOLS[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError("non-canonical numeral %r (means %d)" % (s, total))
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666):
    r = to_roman(n)
    print("%4d -> %-12s -> %d" % (n, r, from_roman(r)))
assert all(from_roman(to_roman(i)) == i for i in range(1, 4000)), "round trip"
print("round trip 1..3999 ok")
for bad in ("IIII", "VX", "ABC", "", "MCMXCIVI", "iv"):
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print("error:", e)
for bad in (0, 4000, -1, 2.5):
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
lengths = {}
for i in range(1, 4000):
    lengths.setdefault(len(to_roman(i)), []).append(i)
longest = max(lengths)
print("longest numeral length", longest, "for", lengths[longest], to_roman(lengths[longest][0]))
print("sum of numerals:", to_roman(sum(from_roman(s) for s in ["XII", "XXX", "MM"])))
