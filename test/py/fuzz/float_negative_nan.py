# float('-nan') is a NaN with its sign bit set, as CPython parses it: math.copysign sees the sign (found by test/fuzz/expressions.test.ts).
import math


def sign(v):
    return math.copysign(1, v)


for text in ['-nan', '-NaN', ' -nan ', '+nan', 'nan', '-NAN\n', '\u2007-nan']:
    v = float(text)
    print(repr(text), repr(v), sign(v), sign(-v), sign(abs(v)), str(v), float.__repr__(v))
print(sign(float('-nan') if True else 0.0), sign(-float('nan')), sign(float('-inf')), sign(float('-0')))
