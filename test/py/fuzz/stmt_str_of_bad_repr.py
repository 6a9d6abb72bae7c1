# str() of an object whose __repr__ returns a non-str (and which has no __str__) fails with __str__'s message, as CPython's object.__str__ returns the __repr__ result unchecked; repr() fails with __repr__'s.
class R:
    def __repr__(self):
        return 5

class Q(R):
    def __str__(self):
        return 'q'

for f in [lambda: str(R()), lambda: repr(R()), lambda: f'{R()}', lambda: '%s' % R(), lambda: '%r' % R(), lambda: str([R()]), lambda: format(R(), ''), lambda: R().__str__(), lambda: object.__str__(R()), lambda: str(Q()), lambda: repr(Q())]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
