def describe(x):
    match x:
        case 0 | 1 as small:
            return f'small {small}'
        case -1:
            return 'minus one'
        case 1+2j:
            return 'complex'
        case None:
            return 'none'
        case True:
            return 'true'
        case str() as s if len(s) > 3:
            return f'long str {s}'
        case str(s):
            return f'str {s}'
        case [a, b]:
            return f'pair {a} {b}'
        case [first, *rest]:
            return f'seq {first} {rest}'
        case {'kind': 'circle', 'r': r, **others}:
            return f'circle {r} {others}'
        case {}:
            return 'mapping'
        case Point(x=0, y=0):
            return 'origin'
        case Point(px, py) if px == py:
            return f'diag {px}'
        case Point(px, py):
            return f'point {px} {py}'
        case float(v) | int(v):
            return f'number {v}'
        case _:
            return 'other'


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


for v in [0, 1, -1, 1+2j, None, True, 'hello', 'hi', [1, 2], (1, 2, 3), [], {'kind': 'circle', 'r': 2, 'c': 3},
          {'a': 1}, Point(0, 0), Point(2, 2), Point(1, 2), 2.5, 7, object, range(2), 'ab', b'ab', {1, 2}]:
    print(repr(v)[:30], '->', describe(v))

match [1, [2, 3], {'k': (4, 5)}]:
    case [x, [y, *z], {'k': (p, q)}]:
        print(x, y, z, p, q)

match (1, 2):
    case (a, b) | [b, a, _]:
        print('or', a, b)
match [1, 2, 3]:
    case (a, b) | [b, a, _]:
        print('or', a, b)

try:
    match 1:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError', e)

class NoArgs:
    pass

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError', e)
match NoArgs():
    case NoArgs():
        print('noargs ok')
x = 'unbound?'
match 5:
    case [x]:
        pass
    case _:
        print('x still', x)
from collections import deque, OrderedDict, defaultdict
match deque([1, 2]):
    case [a, b]:
        print('deque', a, b)
match defaultdict(int, {'a': 1}):
    case {'a': 1, 'b': 0}:
        print('wrong')
    case {'a': v}:
        print('defaultdict', v)
match OrderedDict(a=1):
    case {'a': v}:
        print('od', v)
