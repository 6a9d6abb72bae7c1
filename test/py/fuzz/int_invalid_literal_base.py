# int(text, base) reports the base it was given in its ValueError, also base 0 (found by test/fuzz/expressions.test.ts printing messages).
for args in [('12a', 0), ('0x', 0), ('09', 0), ('0b2', 0), ('1_', 0), ('é', 0), (b'0o9', 0), (bytearray(b'1x'), 0), ('z', 16), ('12a', 10)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(e)
