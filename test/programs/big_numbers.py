# Big-integer arithmetic: factorials, Fibonacci, digit sums, powers, Collatz records, and exact rational-ish sums.
import math
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = factorial(100)
print("100! =", f100)
print("digits:", len(str(f100)), "digit sum:", sum(map(int, str(f100))), "trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print("fib(300) =", fib(300))
first_1000 = next(i for i in range(1, 10000) if len(str(fib(i))) >= 100)
print("first fib with 100 digits: index", first_1000)
def fast_fib(n):
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return go(n)[0]
print("fast fib agrees:", fast_fib(300) == fib(300), str(fast_fib(10000))[:30] + "...", len(str(fast_fib(10000))))
print("2**521 - 1 =", 2 ** 521 - 1)
print("3**200 mod 10**12 =", pow(3, 200, 10 ** 12))
def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length
best = max(range(1, 30000), key=collatz_len)
print("longest collatz below 30000:", best, collatz_len(best))
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
root2 = isqrt_newton(2 * 10 ** 200)
print("sqrt(2) to 100 places: 1." + str(root2)[1:101])
num, den = 0, 1
for k in range(1, 31):
    num, den = num * k + den, den * k
print("harmonic(30) = %d/%d" % (num // math.gcd(num, den), den // math.gcd(num, den)))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out or "0"
print("100! in base 36:", to_base(f100, 36))
print("round trip:", int(to_base(f100, 36), 36) == f100, -f100 // 7 ** 50, -f100 % 7 ** 50)
print("bit length of 100!:", f100.bit_length(), "popcount:", bin(f100).count("1"))
