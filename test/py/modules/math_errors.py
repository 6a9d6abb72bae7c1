# Checks math error messages: domain errors, range errors, type errors, and special-value handling.
import math
def err(fn, *args):
    try:
        r = fn(*args)
        return "ok %r" % (r,)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
cases = [
    (math.sqrt, -1), (math.log, 0), (math.log, -1), (math.log10, 0), (math.log2, -4), (math.log, 10, 1),
    (math.acos, 2), (math.asin, -1.5), (math.atanh, 1), (math.acosh, 0.5), (math.exp, 1000), (math.pow, 10, 400),
    (math.pow, 0, -1), (math.pow, -8, 1 / 3), (math.factorial, -1), (math.factorial, 2.5), (math.gamma, 0),
    (math.gamma, -1), (math.lgamma, 0), (math.fmod, 1, 0), (math.fmod, math.inf, 1), (math.isqrt, -1),
    (math.comb, 5, -1), (math.perm, -1, 2), (math.sqrt, "4"), (math.floor, "x"), (math.ceil, math.inf),
    (math.floor, math.nan), (math.trunc, math.inf), (math.log, 2 ** 2000), (math.sqrt, 2 ** 2000),
    (math.cosh, 1000), (math.ldexp, 1.0, 2000), (math.exp, math.nan), (math.sqrt, math.inf),
    (math.sin, math.inf), (math.gcd, 1.5, 2), (math.log, math.inf), (math.copysign, 1, math.nan),
    (math.remainder, 1, 0), (math.factorial, 10 ** 20 // 10 ** 20 * 3), (math.comb, 3.0, 1),
    (math.isqrt, 2.0), (math.log1p, -1), (math.exp, -math.inf), (math.atan2, 0, 0), (math.hypot, math.inf, math.nan),
    (math.fsum, [math.inf, -math.inf]), (math.fsum, [1e308, 1e308]), (math.prod, ["a", 2]),
]
for c in cases:
    print(c[0].__name__, repr(c[1:])[:30], "->", err(*c))
