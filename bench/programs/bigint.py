# Big-integer arithmetic: the pidigits spigot (multiply, add, floor division on
# growing integers), factorials, powers, three-argument pow, digit sums via str() and
# divmod, math.gcd and math.isqrt.
import math


def pidigits(n):
    # Gibbons' unbounded spigot for the digits of pi.
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def digit_sum(n):
    total = 0
    while n:
        n, d = divmod(n, 10 ** 9)
        while d:
            d, r = divmod(d, 10)
            total += r
    return total


pi = pidigits(1300)
f = factorial(1200)
p = 3 ** 4000 - 7 ** 1500
fib_a, fib_b = 0, 1
for _ in range(5000):
    fib_a, fib_b = fib_b, fib_a + fib_b
mods = 0
for i in range(1, 300):
    mods += pow(i, 10 ** 18 + i, 1000000007)
g = math.gcd(f, p * 6)
root = math.isqrt(f)
print(f"bigint: pi={''.join(map(str, pi[-10:]))} fact_digits={len(str(f))} fact_sum={digit_sum(f)} "
      f"p_mod={p % 1000000007} p_sum={sum(map(int, str(p)))} fib_bits={fib_a.bit_length()} "
      f"fib_mod={fib_a % 999999937} mods={mods} gcd={g} root_mod={root % 1000003} neg={-p // 10 ** 100 % 97}")
