# len() and truth of list and tuple subclasses call their overriding __len__; a __len__ past a C ssize_t is an OverflowError, a negative one a ValueError.
class L(list):
    def __len__(self):
        return list.__len__(self) + 1

class T(tuple):
    def __len__(self):
        return 7

class Z(list):
    def __len__(self):
        return 0

class Big:
    def __len__(self):
        return 2 ** 70

class Neg:
    def __len__(self):
        return -1

for o in (L(), L([1]), T(), T((1, 2)), Z([1, 2])):
    print(type(o).__name__, len(o), bool(o), 'yes' if o else 'no', not o, list(o), len(list(o)))
for o in (Big(), Neg()):
    for f in (len, bool):
        try:
            print(f(o))
        except Exception as e:
            print(type(o).__name__, f.__name__, type(e).__name__, e)
