# A left shift whose result could not be sized is OverflowError, a merely huge one MemoryError, as in CPython (found while probing test/support/gen-values.ts's operators).
D = (2**63 - 1 - 24) // 4  # CPython's bound on an int's 30-bit digits
for a, b in [(1, 10**20), (1, 30 * D), (1, 30 * D - 1), (1, 30 * (D - 2)), (7, 30 * (D - 1)), (1, 2**63), (-1, 2**40), (0, 10**30)]:
    try:
        print(a << b)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
