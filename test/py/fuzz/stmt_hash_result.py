# hash() of an object whose __hash__ returns -1, an int past a C ssize_t, a bool or an int subclass: CPython turns -1 into -2 and hashes the big ones as ints; other results are TypeErrors.
class R:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return isinstance(o, R) and self.v == o.v

class I(int):
    pass

for v in [-1, 0, 5, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64 + 5, -(2 ** 70), True, False, I(-1), I(7)]:
    print(repr(v), hash(R(v)))
for v in [1.5, None, '3']:
    try:
        hash(R(v))
    except TypeError as e:
        print('TypeError:', e)
d = {R(-1): 'a', R(-2): 'b'}
print(d[R(-1)], d[R(-2)], len({R(-1), R(-2), R(-1)}))
