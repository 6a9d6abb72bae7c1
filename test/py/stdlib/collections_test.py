# collections: namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap, UserDict/UserList (reprs, orders, errors).
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap, UserDict, UserList


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x + p.y, p[0], tuple(p), len(p), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point._fields, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__, Point.__mro__[1:])
print(p._asdict(), p._replace(x=10), Point._make([3, 4]), Point(**{'x': 5, 'y': 6}))
x, y = p
print(x, y, p.__getnewargs__(), Point.x.__doc__, Point.__match_args__, Point.__new__.__doc__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(1, 9), Point(2, 0)))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, None])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'a, def, _c, a, 1x', rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
One = namedtuple('One', 'only')
print(One(1), One.__doc__, namedtuple('Empty', '')(), namedtuple('M', 'a', module='mymod').__module__)
for f in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
          lambda: Point._make([1]), lambda: p._replace(z=1), lambda: namedtuple('1a', 'x'),
          lambda: namedtuple('a', 'def'), lambda: namedtuple('a', '_x'), lambda: namedtuple('a', 'x x'),
          lambda: namedtuple('a', 'x', defaults=(1, 2)), lambda: namedtuple('a', ['x', 2]),
          lambda: setattr(p, 'x', 3), lambda: setattr(p, 'z', 3), lambda: p.z):
    attempt(f)


class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return 'Pt<%d,%d>' % self


q = Pt(3, -4)
print(q, repr(q), q.norm1, q._replace(y=0), type(q._replace(y=0)).__name__)

# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('yz')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.reverse()
print(d, d.count(2), d.index('a'), 3 in d, 'q' in d)
d.remove('a')
d.insert(1, 'ins')
d[0] = 'first'
del d[-1]
print(d, d.maxlen)
d.clear()
print(d, bool(d), deque(), deque('abc', 2), deque(maxlen=0))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen)
bounded.appendleft(-1)
print(bounded)
bounded.extend([10, 11])
print(bounded)
bounded.extendleft([20])
print(bounded, repr(deque([1], maxlen=3)))
big = deque()
for i in range(20):
    big.appendleft(i)
    big.append(-i)
out = []
while big:
    out.append(big.pop())
    if big:
        out.append(big.popleft())
print(out)
lst = deque(range(10))
print([lst[i] for i in range(-10, 10)], lst.index(7, 5), lst.index(7, -4, -1))
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, 2 * deque([0]), deque('ab', 3) * 2)
dd = deque([1])
dd += [2, 3]
dd *= 2
print(dd, dd.copy(), type(dd.copy()).__name__)
dd.extend(dd)
print(dd)
rec = deque()
rec.append(rec)
print(rec)


class Stack(deque):
    pass


print(Stack([1, 2], 5), Stack('ab').copy())
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[1], lambda: deque([1])['a'],
          lambda: deque([1])[0:1], lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
          lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'),
          lambda: deque([1]) + [2], lambda: setattr(deque(), 'maxlen', 3), lambda: deque([1]) * 'a',
          lambda: deque([1, 2]) * True, lambda: deque([1]) * 2.0):
    attempt(f)
it = iter(deque([1, 2, 3]))
mut = deque([1, 2, 3])
it = iter(mut)
next(it)
mut.append(4)
attempt(lambda: next(it))
mut = deque([1, 2, 3])
it = iter(mut)
next(it)
mut[1] = 'changed'
print(list(it))

# Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(3), c.most_common(0), c.most_common())
print(sorted(c.elements()), c.total(), list(c), list(c.values()))
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(a=1, b=0, c=-2), Counter(['x', 'y', 'x']))
c.update('aaz')
c.update({'b': 10}, r=-2)
print(c)
c.subtract('aaaa')
c.subtract(b=20)
print(c)
del c['zz']
del c['z']
print(c)
a, b = Counter(a=3, b=1, e=-1), Counter(a=1, b=2, c=5)
print(a + b, a - b, a | b, a & b, +a, -a)
print(Counter(a=3) == Counter(a=3, b=0), Counter(a=3) != Counter(a=2), Counter(a=1) <= Counter(a=1, b=1),
      Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(), Counter(a=1) == {'a': 1})
ia = Counter(a=1, b=2)
ia += Counter(a=-2, c=1)
print(ia)
ia -= Counter(b=1)
print(ia)
ia |= Counter(b=5, d=-1)
print(ia)
ia &= Counter(b=2, c=7)
print(ia)
print(Counter(a='x', b='y'), Counter({'a': 1, 'b': 'x'}), Counter('hello').copy(), type(Counter('ab').copy()).__name__)


class Tally(Counter):
    pass


print(Tally('aab'), Tally('aab') + Tally('b'), Tally('xy').most_common(1))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2), sorted(Counter(words).items()))
for f in (lambda: Counter.fromkeys('ab'), lambda: Counter('ab', 'c'), lambda: Counter(a=1) + {'a': 1}):
    attempt(f)

# defaultdict
dl = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dl[k].append(v)
print(dl, dl['a'], dl.default_factory, len(dl), 'zz' in dl, dl.get('zz'), len(dl))
print(dl['new'], dl)
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(di, dict(di), di == {'m': 1, 'i': 4, 's': 4, 'p': 2})
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(str, a='x'), defaultdict(lambda: 'd', [(1, 2)])[5])
dc = di.copy()
print(type(dc).__name__, dc.default_factory, dc is di, dc == di)
print(defaultdict(int, a=1) | {'b': 2}, {'z': 0} | defaultdict(list, a=[1]))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(dict(nested['x']), list(nested))
recursive = defaultdict(list)
recursive['self'] = recursive
print(recursive)


class Auto(defaultdict):
    pass


print(Auto(set, {1: {2}}))
for f in (lambda: defaultdict(1), lambda: defaultdict()['missing'], lambda: defaultdict(None)['k']):
    attempt(f)

# OrderedDict
od = OrderedDict(b=2, a=1)
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict.fromkeys('ab'), OrderedDict.fromkeys('ab', 0))
o1, o2 = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o2) == o1, o1 == OrderedDict(a=1, b=2))
print(list(reversed(o1)), list(reversed(o1.keys())), list(reversed(o1.values())), list(reversed(o1.items())))
print(o1 | {'c': 3}, {'c': 3} | o1, type(o1.copy()).__name__, o1.copy())
print(o1.keys() == {'a', 'b'}, o1.keys() & {'a', 'z'}, o1.keys() | {'z'} == {'a', 'b', 'z'}, ('a', 1) in o1.items(), 2 in o1.values())
o1.update([('z', 26)], y=25)
o1.setdefault('a', 100)
o1.setdefault('w', 23)
print(o1, o1.pop('z'), o1.get('y'))
ro = OrderedDict()
ro['me'] = ro
print(ro)
for f in (lambda: OrderedDict().popitem(), lambda: OrderedDict(a=1).move_to_end('zz')):
    attempt(f)

# ChainMap
base = {'color': 'red', 'user': 'guest'}
cm = ChainMap({'user': 'admin'}, base)
print(cm, cm['user'], cm['color'], cm.get('nope'), cm.get('nope', 0), len(cm), list(cm), 'color' in cm)
print(dict(cm), sorted(cm.items()), cm.keys(), cm.maps[0])
child = cm.new_child()
child['color'] = 'blue'
print(child, child['color'], child.parents, cm['color'])
print(cm.new_child({'x': 1}), ChainMap(), ChainMap({}, {}).maps, bool(ChainMap({})), bool(cm))
cm['new'] = 1
del cm['new']
print(cm.pop('user'), cm, cm.copy(), ChainMap.fromkeys('ab', 0))
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}), cm == {'color': 'red', 'user': 'guest'})
for f in (lambda: cm['nope'], lambda: cm.__delitem__('color'), lambda: ChainMap({}).popitem(),
          lambda: ChainMap({}).pop('x')):
    attempt(f)

# UserDict / UserList


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({'A': 1}, B=2)
ld['C'] = 3
print(ld, ld.data, 'a' in ld, ld.get('b'), len(ld), list(ld), sorted(ld.items()), ld == {'a': 1, 'b': 2, 'c': 3})
print(ld.pop('a'), ld.setdefault('d', 4), ld, ld.copy(), type(ld.copy()).__name__)
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:3], type(ul[1:3]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul == [0, 1, 2, 3], ul.index(2), 2 in ul)
