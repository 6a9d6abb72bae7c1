# Indices beyond 2**53 but within 64 bits are merely out of range (IndexError "... index out of range", insert appends), beyond 64 bits "cannot fit" (found by test/fuzz/expressions.test.ts).
for i in [2**53, -2**53, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**20]:
    for s in ([1, 2], (1, 2), 'ab', b'ab', bytearray(b'ab'), range(2)):
        try:
            print(s[i])
        except IndexError as e:
            print(type(s).__name__, i, e)
    for op in ('x[i] = 0', 'del x[i]', 'x.pop(i)', 'x.insert(i, 5)', 'b[i] = 0', 'del b[i]'):
        x, b = [1, 2], bytearray(b'ab')
        try:
            exec(op)
            print(op, x)
        except (IndexError, OverflowError) as e:
            print(op, i, type(e).__name__, e)
