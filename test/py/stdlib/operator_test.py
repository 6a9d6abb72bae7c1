# operator: function forms of the operators, itemgetter/attrgetter/methodcaller and their reprs, in-place forms.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-5), op.inv(5), op.invert(0), op.not_(0), op.truth([]), op.truth([0]))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(64, 2))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.contains('abc', 'd'))
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
print(op.countOf([1, 2, 1, 1.0, True], 1), op.indexOf('abcb', 'b'))
print(op.index(7), op.index(True), op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(5, 9))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))
print(op.__add__(1, 2), op.__getitem__('xyz', 1), op.__not__(1))

lst = [0, 1, 2, 3]
op.setitem(lst, 1, 'one')
op.delitem(lst, 0)
print(lst, op.getitem(lst, slice(0, 2)), op.getitem({'k': 'v'}, 'k'))


class Vec:
    def __init__(self, *c):
        self.c = list(c)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))

    def __iadd__(self, other):
        self.c = [a + b for a, b in zip(self.c, other.c)]
        return self

    def __index__(self):
        return len(self.c)


print(op.matmul(Vec(1, 2), Vec(3, 4)), op.index(Vec(1, 2, 3)))
v = Vec(1, 1)
w = op.iadd(v, Vec(2, 3))
print(w is v, v.c)

# In-place operators: mutate mutable objects, rebind immutable ones.
a = [1]
print(op.iadd(a, [2]) is a, a, op.iadd(1, 2), op.isub(5, 3), op.imul('ab', 2), op.itruediv(1, 4))
print(op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2,)))
s = {1}
print(op.ior(s, {2}) is s, s)

# itemgetter
g1 = op.itemgetter(1)
g2 = op.itemgetter(2, 0, -1)
print(g1('abc'), g2('abcdef'), g1({1: 'one'}), op.itemgetter(slice(1, 3))('hello'))
print(repr(g1), repr(g2), repr(op.itemgetter('k')))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=op.itemgetter(1, 0)))
print(list(map(op.itemgetter(0), ['ab', 'cd'])))

# attrgetter (dotted)


class NS:
    def __init__(self, **kw):
        self.__dict__.update(kw)


o = NS(name=NS(first='Ada', last='Lovelace'), year=1815)
print(op.attrgetter('year')(o), op.attrgetter('name.first', 'name.last', 'year')(o))
print(repr(op.attrgetter('name.first')), repr(op.attrgetter('a', 'b.c')))
try:
    op.attrgetter('nope')(o)
except AttributeError as e:
    print('AttributeError', e)

# methodcaller
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'),
      op.methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(repr(op.methodcaller('f')), repr(op.methodcaller('f', 1, 'x', k=[2], z=None)))

# Errors with CPython's messages
for f in (lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.attrgetter('a', 2),
          lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: op.index('a'),
          lambda: op.index(1.5), lambda: op.concat(1, 2), lambda: op.concat([1], (2,)),
          lambda: op.indexOf([1], 2), lambda: op.itemgetter(5)([1]), lambda: op.length_hint(1, 'x'),
          lambda: op.truediv(1, 0), lambda: op.add(1, 'a')):
    try:
        print(f())
    except (TypeError, ValueError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

import functools
print(functools.reduce(op.mul, range(1, 8)), functools.reduce(op.add, ['a', 'b', 'c']))
print(sorted(dir(op))[:5], len([n for n in op.__all__ if hasattr(op, n)]), len(op.__all__))
