# Structural pattern matching: evaluation order, binding rules, protocols and errors, checked
# with asserts (and the same results under python3).

log = []


def subject():
    log.append('subject')
    return [1, 2, 3]


match subject():
    case [1]:
        pass
    case [1, 2, 3] if log.append('guard') is None:
        log.append('body')
assert log == ['subject', 'guard', 'body'], log

# Names captured by a pattern that fails later are not bound.
y = 'before'
match [1, 2]:
    case [y, 3]:
        pass
    case _:
        pass
assert y == 'before'

# A guard that fails leaves the captures bound (they are stored before the guard).
match 5:
    case z if z > 10:
        pass
    case _:
        pass
assert z == 5

# Or-patterns bind the same names in any order.
for value, expected in [((1, 'a'), (1, 'a')), (['a', 1, 0], (1, 'a')), ({'n': 2, 's': 'b'}, (2, 'b'))]:
    match value:
        case (int(n), str(s)) | [str(s), int(n), _] | {'n': n, 's': s}:
            assert (n, s) == expected, (n, s)


# Value patterns: dotted names compare with ==.
class Color:
    RED = 'red'
    GREEN = 'green'


def color_name(c):
    match c:
        case Color.RED:
            return 'R'
        case Color.GREEN:
            return 'G'
    return '?'


assert [color_name(c) for c in ['red', 'green', 'blue']] == ['R', 'G', '?']

# Literals: True/False/None compare by identity; numbers by equality.
def kind(v):
    match v:
        case True:
            return 'True'
        case 1:
            return 'one'
        case 1.5:
            return 'one and a half'
        case None:
            return 'None'
        case 'x' | b'x':
            return 'x'
    return 'no'


assert [kind(v) for v in [True, 1, 1.0, 1.5, None, 'x', b'x', 0]] == ['True', 'one', 'one', 'one and a half', 'None', 'x', 'x', 'no']


# Sequences: str, bytes and bytearray are not; tuples and lists are the same; star anywhere.
def seq(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one {x}'
        case [first, *middle, last]:
            return f'{first} {middle} {last}'
    return 'not a sequence'


assert seq([]) == 'empty' and seq(()) == 'empty'
assert seq('a') == 'not a sequence' and seq(b'ab') == 'not a sequence' and seq(bytearray(b'ab')) == 'not a sequence'
assert seq(range(4)) == '0 [1, 2] 3'
assert seq((1, 2)) == '1 [] 2'
assert seq({1: 2}) == 'not a sequence'
assert seq(iter([1, 2])) == 'not a sequence'

match [1, 2, 3, 4, 5]:
    case [a, *_, b]:
        assert (a, b) == (1, 5)
match [1, 2, 3, 4, 5]:
    case [*_, a, b]:
        assert (a, b) == (4, 5)


# Mappings: extra keys are fine; get() is what is used; **rest is a new dict.
class Tracking(dict):
    def get(self, key, default=None):
        log.append(('get', key))
        return super().get(key, default)


log.clear()
match Tracking(a=1, b=2, c=3):
    case {'a': 1, 'c': c, **rest}:
        assert c == 3 and rest == {'b': 2} and type(rest) is dict
assert log == [('get', 'a'), ('get', 'c')], log

match {'a': 1}:
    case {'a': 1, 'b': _}:
        assert False
    case {'a': _, **rest}:
        assert rest == {}


# Class patterns: isinstance, __match_args__, keyword attributes, self-matching builtins.
class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(x, y, z=0):
            return f'flat {x},{y}'
        case Point(0, 0):
            return 'origin'
        case Point(x, y=0):
            return f'on x at {x}'
        case Point(missing=1):
            return 'impossible'
        case Point():
            return 'somewhere'
    return 'not a point'


assert [where(p) for p in [Point(0, 0), Point(3, 0), Point(1, 1), Point3(1, 2, 0), Point3(0, 0, 1), 5]] == [
    'origin', 'on x at 3', 'somewhere', 'flat 1,2', 'origin', 'not a point']

for v, expected in [(5, 'int 5'), (True, 'bool True'), (2.5, 'float 2.5'), ('s', 'str s'), ([1], 'list [1]'), ({}, 'dict {}')]:
    match v:
        case bool(b):
            got = f'bool {b}'
        case int(i):
            got = f'int {i}'
        case float(f):
            got = f'float {f}'
        case str(s):
            got = f'str {s}'
        case list(l):
            got = f'list {l}'
        case dict(d):
            got = f'dict {d}'
    assert got == expected, (got, expected)


def error_of(f):
    try:
        f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return 'no error'


def too_many():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass


def bad_match_args():
    class Bad:
        __match_args__ = ['x']
    match Bad():
        case Bad(1):
            pass


def not_a_class():
    match 1:
        case len():
            pass


def repeated():
    class P:
        __match_args__ = ('x',)
        x = 1
    match P():
        case P(1, x=1):
            pass


def non_str_args():
    class P:
        __match_args__ = (1,)
    match P():
        case P(1):
            pass


def int_two():
    match 1:
        case int(1, 2):
            pass


assert error_of(too_many) == 'TypeError: Point() accepts 2 positional sub-patterns (3 given)', error_of(too_many)
assert error_of(bad_match_args) == 'TypeError: Bad.__match_args__ must be a tuple (got list)', error_of(bad_match_args)
assert error_of(not_a_class) == 'TypeError: called match pattern must be a type', error_of(not_a_class)
assert error_of(repeated) == "TypeError: P() got multiple sub-patterns for attribute 'x'", error_of(repeated)
assert error_of(non_str_args) == 'TypeError: __match_args__ elements must be strings (got int)', error_of(non_str_args)
assert error_of(int_two) == 'TypeError: int() accepts 1 positional sub-pattern (2 given)', error_of(int_two)


# __instancecheck__ decides class patterns.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'special'


class Special(metaclass=Meta):
    pass


match 'special':
    case Special():
        matched = True
    case _:
        matched = False
assert matched

# A user Sequence / Mapping (collections.abc) is matched as one.
from collections.abc import Sequence, Mapping


class MySeq(Sequence):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


class MyMap(Mapping):
    def __init__(self):
        self.d = {'k': 'v'}

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return 1

    def __iter__(self):
        return iter(self.d)


match MySeq():
    case [a, b]:
        assert (a, b) == (0, 10)
match MyMap():
    case {'k': v}:
        assert v == 'v'

# Compile-time errors, with CPython's messages.
errors = {
    'match x:\n case a:\n  pass\n case 1:\n  pass\n': "name capture 'a' makes remaining patterns unreachable",
    'match x:\n case _:\n  pass\n case 1:\n  pass\n': 'wildcard makes remaining patterns unreachable',
    'match x:\n case [a, a]:\n  pass\n': "multiple assignments to name 'a' in pattern",
    'match x:\n case [*a, *b]:\n  pass\n': 'multiple starred names in sequence pattern',
    "match x:\n case {'a': 1, 'a': 2}:\n  pass\n": "mapping pattern checks duplicate key ('a')",
    'match x:\n case a | [b]:\n  pass\n': "name capture 'a' makes remaining patterns unreachable",
    'match x:\n case [a] | [b]:\n  pass\n': 'alternative patterns bind different names',
    'match x:\n case C(a=1, a=2):\n  pass\n': 'attribute name repeated in class pattern: a',
    'match x:\n case __debug__:\n  pass\n': 'cannot assign to __debug__',
}
for source, message in errors.items():
    try:
        compile(source, '<m>', 'exec')
    except SyntaxError as e:
        assert e.msg == message, (e.msg, message)
        assert e.lineno == 2, e.lineno
    else:
        assert False, source

# match is a soft keyword.
match = 3
case = [match]
assert case == [3]
print('ok')
