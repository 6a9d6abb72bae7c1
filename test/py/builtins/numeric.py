# Checks numeric builtins: abs, divmod, pow, round, min, max, sum, bin, oct, hex, int, float, complex, bool.
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(2.0, 0.5), pow(3, -1, 7), pow(10, 20))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234, -2), round(7.0), round(5, 1))
print(round(-0.4), round(1.5e300), round(2.5, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(min(3, 1, 2), max([4, 9, 1]), min("bca"), max("a", "b", key=ord), min([], default="empty"))
print(max([(1, "b"), (1, "a")]), min([-3, 2], key=abs), max({1: "x", 5: "y"}))
print(max([1, 3, 3], key=lambda v: v), max(2, 2.0), min(2.0, 2))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], start=5))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0), hex(2 ** 70))
print(int(), int(3.9), int(-3.9), int("42"), int(" -7 "), int("ff", 16), int("0x1F", 0), int("0b101", 0), int("1_000"), int("z", 36))
print(int(True), int("0o17", 0), int("  +12\n"), int(b"12"), int(2 ** 64 + 0.0))
print(float(), float("1.5"), float(" -2 "), float("inf"), float("-Infinity"), float("nan"), float(3), float("1e-3"), float("1_0.5"))
print(complex(), complex(1), complex(1, 2), complex("3+4j"), complex(2.5, -1), complex("-j"))
print(bool(), bool(0), bool(1), bool([]), bool("x"), bool(None), bool(0.0), bool(0j))
print(int.__name__, float.__name__, complex.__name__, bool.__name__)
assert divmod(-7, 2) == (-4, 1), "floor division semantics"
assert pow(2, 100) == 1267650600228229401496703205376, "big pow"
assert int("-0") == 0 and float("-0.0") == 0.0, "signed zeros"
for bad in ("", "1.5", "0x", "1__0", "_1"):
    try:
        int(bad)
        print("no error", bad)
    except ValueError as e:
        print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    complex("1+")
except ValueError as e:
    print(e)
