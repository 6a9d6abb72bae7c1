# Checks int arithmetic including big ints, floor division/modulo signs, bit operations, and int methods.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(2 ** 64, 2 ** 64 - 1, -2 ** 63, (-2) ** 63, 2 ** 0, 0 ** 0)
big = 1
for i in range(1, 31):
    big *= i
print(big, big // 10 ** 20, big % 1000007, -big // 7, -big % 7)
print(123456789 ** 5, (10 ** 30 + 1) * (10 ** 30 - 1))
print(10 ** 50 // 3, -(10 ** 50) // 3, 10 ** 50 % 7, divmod(-10 ** 40, 13))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, 1 << 100, (1 << 100) >> 98, -1 >> 10, -16 >> 2)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, ~(2 ** 70), -(2 ** 70) & 0xFFFF)
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((10).bit_count() if hasattr(int, "bit_count") else 2, (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (5).as_integer_ratio(), (7).conjugate(), (3).real, (3).imag)
print(7 / 2, 6 / 3, 1 / 3, 10 ** 20 / 10 ** 10, 2 ** 70 / 2)
print(True + True, True * 10, -True, True / 2, False ** 0)
print(1_000_000, 0x_ff, 0o777, 0b1010_1010, 0XAB)
print(abs(-2 ** 100), -(-2 ** 100), +5, int(-0))
print(3 == 3.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 == 1e20, 1 < 1.5, 2 ** 1000 > 1e300)
print(int("123456789012345678901234567890") * 2, str(2 ** 200)[:20], len(str(2 ** 1000)))
print(hex(2 ** 64), int("-" + "9" * 40) + 1)
print(pow(7, 128, 13), pow(12345678901234567890, 3, 10 ** 9 + 7))
print(max(2 ** 100, 2 ** 99), min(-2 ** 100, 0), sorted([2 ** 65, -3, 2 ** 64]))
print((-5) // 2 * 2 + (-5) % 2, (10 ** 25) // (10 ** 12), -(10 ** 25) // (10 ** 12 + 1))
x = 2 ** 100
x //= 3
print(x, x.__class__.__name__, isinstance(x, int))
print(int.__add__(1, 2), (5).__mul__(3), (2).__pow__(5), int.__neg__(3))
print(round(123456789, -3), round(-15, -1), round(25, -1), round(35, -1))
