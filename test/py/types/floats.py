# Checks float repr/str, special values, rounding repr, and float methods.
print(0.1 + 0.2, 0.1 + 0.7, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e22, 1e-7)
print(1.0, -0.0, 0.5, 100.0, 1e100, 1.5e-300, 5e-324, 1.7976931348623157e308)
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], 0.0 == -0.0)
print(repr(1e16), str(1e16), repr(12345.678), str(0.30000000000000004), repr(3.0))
print(2.5 // 1, -2.5 // 1, 7.5 % 2, -7.5 % 2, 7.5 % -2, 2.0 ** 10, 2 ** 0.5, (-8) ** (1 / 3))
print((3.7).is_integer(), (4.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"), (0.1).hex(), float.fromhex("-0x1p-2"))
print(int(2.9), int(-2.9), round(2.9), round(-2.5), round(0.5), round(1.5), round(1e20))
print(float("  1.25  "), float("-1E3"), float("+inf"), float("NaN"), float(" infinity "))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(3.14.real, 3.14.imag, (2.5).conjugate(), float.__name__)
print(0.1 * 3, 0.3 / 0.1, 1.1 * 1.1, 1 - 0.9, 100 * 1.1)
print(f"{0.1:.20f}", repr(9007199254740993.0), 2 ** 53 + 1.0)
print(sum([0.1] * 10) == 1.0, abs(sum([0.1] * 10) - 1.0) < 1e-9)
print(float(10 ** 20), float(2 ** 63), float(-(10 ** 16)), 10 ** 16 / 1)
print(hash(0.5) == hash(0.5), hash(2.0) == hash(2), -0.0 == 0, 1.0 == True)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    float("1.5x")
except ValueError as e:
    print(e)
print(1e300 * 1e10, (-1.0) ** 0.5)
print(divmod(5.5, -2), 5.0 // 0.1, 5.0 % 0.1)
print(max(0.0, -0.0), min(0.0, -0.0), sorted([1.0, -0.0, 0.0, -1.0]))
print(round(0.1 + 0.2, 2), round(1.23456, 3), round(-1.5), round(2.675, 2), round(1.0000000001, 5))
