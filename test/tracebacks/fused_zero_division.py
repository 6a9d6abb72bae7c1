# ZeroDivisionError raised by the BINARY_OP that a LOAD_CONST/BINARY_OP superinstruction fuses:
# the traceback points at the division, and the frames above it are the callers'.
def scale(values, k):
    out = []
    for v in values:
        out.append(v * 2 // k)
    return out


def main():
    print(scale([1, 2, 3], 1))
    print(scale([4, 5], 0))


main()
