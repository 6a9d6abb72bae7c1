# int.to_bytes(0, ..., signed=True) accepts 0 and -1 (CPython's byte array of a negative one is all sign bits), nothing else (found by test/fuzz/expressions.test.ts).
for v in [-1, 0, 1, -2, 2**70, -2**70]:
    for signed in [True, False]:
        for order in ['little', 'big']:
            try:
                print(v, signed, order, v.to_bytes(0, order, signed=signed))
            except OverflowError as e:
                print(v, signed, order, 'OverflowError', e)
print((-1).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), int.from_bytes(b'', 'big', signed=True))
