# A class that defines __setitem__ but not __delitem__ (or the reverse) fails the other operation with AttributeError naming the missing method, as CPython's shared assignment slot does; classes with neither raise TypeError.
class OnlySet:
    def __setitem__(self, k, v):
        print('set', k, v)

class OnlyDel:
    def __delitem__(self, k):
        print('del', k)

class Neither:
    pass

class ListSet(list):
    def __setitem__(self, k, v):
        print('set', k, v)

for o in (OnlySet(), OnlyDel(), Neither(), ListSet([1, 2])):
    try:
        o[0] = 1
    except Exception as e:
        print(type(o).__name__, 'store:', type(e).__name__, e)
    try:
        del o[0]
    except Exception as e:
        print(type(o).__name__, 'delete:', type(e).__name__, e)
    try:
        o[0] += 1
    except Exception as e:
        print(type(o).__name__, 'augmented:', type(e).__name__, e)
