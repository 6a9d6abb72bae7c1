# An int subclass is its own index: CPython never calls an overriding __index__ on it (formatting, hex/bin, subscripts, slices, range, sequence repetition all use the int's value).
class I(int):
    def __index__(self):
        return 1

class J(int):
    pass

ix = I(5)
print(f"{ix:>4}|{ix}", hex(ix), bin(ix), oct(ix), format(ix, 'x'), '%x' % ix, '%d' % ix)
print([0, 1, 2, 3, 4, 5, 6][ix], list(range(ix)), 'ab' * ix, [7] * I(2), (1, 2, 3, 4, 5, 6, 7)[ix:])
print(round(2.5, I(0)), ix.bit_length(), pow(2, ix, 100), 'abcdefg'[I(1):ix])
import operator
print(operator.index(ix), type(operator.index(ix)).__name__, operator.index(J(4)))
