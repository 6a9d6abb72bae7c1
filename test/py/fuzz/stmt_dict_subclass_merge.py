# A dict subclass that overrides __iter__ is copied and merged through keys() and __getitem__ ({**d}, f(**d), d | {}, d.copy(), dict(d), update); one that keeps dict's __iter__ is copied directly, whatever its keys() and __getitem__ say.
class ItemPlusOne(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1
    def __iter__(self):
        return iter(['a', 'b'])

class KeysOnly(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1
    def keys(self):
        return ['a']

class Both(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1
    def keys(self):
        return ['a']
    def __iter__(self):
        return iter(['a', 'zz'])

def kw(**k):
    return k

for cls in (ItemPlusOne, KeysOnly, Both):
    d = cls(a=1, b=2)
    e = {}
    e.update(d)
    print(cls.__name__, dict(d), {**d}, kw(**d), dict(**d), d | {}, {} | d, d.copy(), type(d.copy()).__name__, e)
