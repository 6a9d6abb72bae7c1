# Prime number utilities: sieve of Eratosthenes, segmented counting, factorization, twin primes, Goldbach.
import math
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i in range(n + 1) if is_p[i]]
primes = sieve(100000)
print("count below 100000:", len(primes), "last:", primes[-1])
print("first 20:", primes[:20])
def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out
for n in (360, 9973, 600851475143, 2 ** 32 + 1, 1234567890):
    fs = factorize(n)
    print(n, "=", " * ".join(map(str, fs)))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print("twin pairs below 100000:", len(twins), "last:", twins[-1])
def goldbach(n):
    pset = set(primes)
    for p in primes:
        if n - p in pset:
            return p, n - p
for n in (4, 28, 100, 9998):
    print("goldbach", n, goldbach(n))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("largest gap:", max(gaps), "most common gap:", max(gaps, key=lambda g: (gaps[g], -g)))
def is_prime_mr(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
for n in (2 ** 61 - 1, 2 ** 61 + 1, 10 ** 18 + 9, 10 ** 18 + 3, 561):
    print(n, "prime" if is_prime_mr(n) else "composite")
assert all(is_prime_mr(p) for p in primes[:2000]), "Miller-Rabin agrees with sieve"
print("sum of primes below 100000:", sum(primes))
