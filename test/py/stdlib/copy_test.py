# copy: shallow and deep copies of containers and instances, memo and cycles, __copy__/__deepcopy__, reduce hooks, slots.
import copy

data = [1, [2, 3], {'k': [4]}, (5, [6]), {7}, frozenset({8}), 'nine', None]
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow == data, shallow is data, shallow[1] is data[1], deep == data, deep[1] is data[1])
print(deep[2]['k'] is data[2]['k'], deep[3] is data[3], deep[3][1] is data[3][1], deep[5] is data[5], deep[6] is data[6])
t = (1, 'a', (2,))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy([t])[0] is t)
d = {'a': [1], 'b': {'c': 2}}
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d['a'].append(9)
print(d2, d3, copy.copy({1, 2}), copy.deepcopy({3}), copy.copy(bytearray(b'ab')))
for atom in (1, 2.5, 'str', b'b', None, True, len, copy.copy, int, range(3), 3j, Ellipsis):
    assert copy.copy(atom) is atom and copy.deepcopy(atom) is atom, atom
print('atoms ok')

# Cycles and shared references
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0], cc is not cyc)
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
memo = {}
a = copy.deepcopy([shared], memo)
b = copy.deepcopy([shared], memo)
print(a[0] is b[0], id(shared) in memo)
dcyc = {}
dcyc['self'] = dcyc
print(copy.deepcopy(dcyc)['self'] is not dcyc)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


p = Point([1], {'z': 2})
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.x is p.x, p3.x is p.x, type(p3).__name__, p3.__dict__)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Hooked('copy of %s' % self.v)

    def __deepcopy__(self, memo):
        return Hooked('deep of %s' % self.v)


print(copy.copy(Hooked(1)).v, copy.deepcopy(Hooked(2)).v, copy.deepcopy([Hooked(3)])[0].v)


class State:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        s = self.__dict__.copy()
        del s['cache']
        return s

    def __setstate__(self, s):
        self.__dict__.update(s)
        self.cache = 'rebuilt'


s2 = copy.deepcopy(State())
print(s2.a, s2.cache)


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 10,))


print(copy.copy(Reduced(2)).v, copy.deepcopy(Reduced([1])).v)


class Slotted:
    __slots__ = ('a', 'b')


sl = Slotted()
sl.a = [1]
sl2 = copy.deepcopy(sl)
sl3 = copy.copy(sl)
print(sl2.a, sl2.a is sl.a, hasattr(sl2, 'b'), sl3.a is sl.a)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = 't'
mlc = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.tag, mlc[1] is ml[1], copy.copy(ml)[1] is ml[1])
md = MyDict(a=[1])
mdc = copy.deepcopy(md)
print(type(mdc).__name__, mdc, mdc['a'] is md['a'])


class Node:
    def __init__(self, val):
        self.val = val
        self.next = None


n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
m1 = copy.deepcopy(n1)
print(m1.val, m1.next.val, m1.next.next is m1, m1 is not n1)


class Meth:
    def get(self):
        return self


obj = Meth()
bm = copy.deepcopy(obj.get)
print(bm.__self__ is not obj, type(bm.__self__).__name__)
print(copy.Error.__name__, copy.error is copy.Error, issubclass(copy.Error, Exception))
try:
    copy.deepcopy((i for i in []))
except TypeError as e:
    print('TypeError', e)
