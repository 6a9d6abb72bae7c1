# Instance dicts read through shape-indexed attribute caches (src/objects/shape.ts): each site
# here sees several layouts of __dict__, and dicts that leave the shape tree, and must still read
# and write what CPython does.


class P:
    def __init__(self, order, **extra):
        for name in order:
            setattr(self, name, name.upper())
        for k, v in extra.items():
            setattr(self, k, v)

    def m(self):
        return 'method'


def read_all(objs):
    out = []
    for o in objs:
        out.append((getattr(o, 'a', None), o.b if hasattr(o, 'b') else None, o.m()))
    return out


def read_a(o):
    return o.a


def read_a2(o):
    # Twice: the first read teaches the site o's layout, the second reads through it.
    first = o.a
    assert first == o.a
    return o.a


def write_a(o, v):
    o.a = v


# The same names in different orders give different layouts; one site sees them all.
objs = [P('ab'), P('ba'), P('abc'), P('cba'), P('b'), P('a'), P('')]
for _ in range(3):
    print(read_all(objs))
for o in objs:
    if hasattr(o, 'a'):
        print(read_a2(o), end=' ')
print()

# Writes through a cached slot land in the right object and key.
for i, o in enumerate(objs):
    write_a(o, -i)
    write_a(o, i)
print([vars(o) for o in objs])
print([read_a2(o) for o in objs])

# Deleting a key takes a dict out of the tree; the site keeps reading it right.
q = P('abc')
print(read_a(q))
del q.b
print(read_a2(q), vars(q))
write_a(q, 'after-del')
print(read_a(q), list(vars(q)))
q.b = 'back'
print(list(vars(q)), q.b)

# Non-str keys and direct __dict__ edits.
r = P('ab')
print(read_a(r))
r.__dict__[1] = 'one'
write_a(r, 'x')
print(read_a2(r), r.__dict__)
r.__dict__['a'] = 'via dict'
print(read_a(r))
r.__dict__.update(a='updated', z=26)
print(read_a(r), r.z)
r.__dict__.clear()
print(hasattr(r, 'a'), vars(r))
write_a(r, 'fresh')
print(read_a(r), vars(r))

# A str subclass as a key behaves like its text.
class S(str):
    pass

s = P('b')
s.__dict__[S('a')] = 'from subclass key'
print(read_a(s), [type(k).__name__ for k in vars(s)])

# An instance attribute that shadows a method, on a site that has already cached the method.
sh = P('ab')
print(sh.m())
sh.m = lambda: 'shadowed'
print(sh.m(), [o.m() for o in objs[:2]])
del sh.m
print(sh.m())


def call_m(o):
    return o.m()


sh2 = P('ab')
print(call_m(sh2), call_m(sh2))
sh2.m = lambda: 'shadowed again'
print(call_m(sh2), call_m(sh2), call_m(P('ab')))

# Many attributes: more than one shape may hold.
big = P('')
for i in range(200):
    setattr(big, 'k%d' % i, i)
print(sum(getattr(big, 'k%d' % i) for i in range(200)), len(vars(big)))
big.a = 'big a'
print(read_a2(big))

# Many layouts of one class: more than one tree may hold.
many = []
for i in range(3000):
    o = P('')
    setattr(o, 'x%d' % (i % 1500), i)
    o.a = i
    many.append(o)
print(sum(read_a2(o) for o in many))
for o in many[::7]:
    write_a(o, -1)
print(sum(read_a2(o) for o in many))

# Replacing __dict__, and changing __class__.
t = P('ab')
t.__dict__ = {'a': 'replaced'}
print(read_a(t))
write_a(t, 'replaced again')
print(t.__dict__)


class Q:
    pass

u = P('ab')
u.__class__ = Q
print(read_a(u), type(u).__name__)
v = Q()
v.a = 'q'
print(read_a(v), read_a(u))

# A property on one class and a plain attribute on another, at one site.
class WithProp:
    @property
    def a(self):
        return 'property'

print([read_a(o) for o in (WithProp(), P('a'), WithProp(), P('ba'))])

# Slots classes and dict-less instances still raise the right errors.
class Slotted:
    __slots__ = ('a',)

sl = Slotted()
try:
    read_a(sl)
except AttributeError as e:
    print('AttributeError:', e)
write_a(sl, 'slot')
print(read_a(sl))
try:
    read_a(object())
except AttributeError as e:
    print('AttributeError:', e)

# Deleting through delattr, then re-adding in another order.
w = P('abc')
delattr(w, 'a')
try:
    read_a(w)
except AttributeError as e:
    print('AttributeError:', e)
w.a = 'readded'
print(read_a(w), list(vars(w)))
