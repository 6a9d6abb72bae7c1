# Attribute loads, method loads and attribute stores in a loop stay right while classes change
# under them (the VM caches each instruction's lookup per receiver type; every change below must
# be seen on the next execution of the same instruction).


class A:
    x = 1

    def m(self):
        return 'A.m'


class B(A):
    pass


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


def set_y(o, v):
    o.y = v


a, b = A(), B()
seen = []
for step in range(6):
    if step == 1:
        A.x = 2                      # class attribute changes
    if step == 2:
        A.m = lambda self: 'new A.m'  # method replaced on the base
    if step == 3:
        b.m = lambda: 'instance m'    # instance attribute shadows the method
        b.x = 'instance x'
    if step == 4:
        B.x = property(lambda self: 'B property')  # data descriptor beats the instance dict
    if step == 5:
        del B.x
        del b.m
    seen.append((get_x(a), get_x(b), call_m(a), call_m(b)))
for row in seen:
    print(row)

# Polymorphic sites: one instruction sees many classes.
classes = [type(f'C{i}', (A,), {'x': i, 'm': (lambda i: lambda self: i * 10)(i)}) for i in range(7)]
objs = [c() for c in classes] * 3
print([get_x(o) for o in objs])
print([call_m(o) for o in objs])


# __getattr__ and __setattr__ added after the sites were cached.
class D:
    pass


d = D()
d.z = 5
print(get_x.__name__, [hasattr(d, 'x') for _ in range(2)])
D.__getattr__ = lambda self, name: f'missing {name}'
print(get_x(d), get_x(d))
log = []
for i in range(3):
    set_y(d, i)
    if i == 0:
        D.__setattr__ = lambda self, name, value: log.append((name, value))
print(d.y, log)


# A descriptor class that gains __set__ later turns into a data descriptor.
class Desc:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'


class E:
    v = Desc()


e = E()
e.__dict__['v'] = 'from dict'
out = []
for i in range(3):
    if i == 1:
        Desc.__set__ = lambda self, obj, value: None
    out.append(e.v)
print(out)

# __class__ assignment and __bases__ assignment.
class F:
    x = 'F'


class G:
    x = 'G'


f = F()
out = []
for i in range(3):
    out.append(get_x(f))
    f.__class__ = G if i == 0 else F
print(out)


class Base1:
    x = 'base1'


class Base2:
    x = 'base2'


class H(Base1):
    pass


h = H()
out = []
for i in range(3):
    out.append(get_x(h))
    H.__bases__ = (Base2,) if i == 0 else (Base1,)
print(out)

# Modules: attribute loads and method-style calls on a module see rebinding.
import math
out = []
saved = math.floor
for i in range(3):
    out.append(math.floor(2.5) if hasattr(math, 'floor') else 'gone')
    if i == 0:
        math.floor = lambda v: 'patched'
    elif i == 1:
        del math.floor
math.floor = saved
print(out)


# Slots and properties through the same site.
class S:
    __slots__ = ('x',)

    def __init__(self):
        self.x = 'slot'


class P:
    @property
    def x(self):
        return 'prop'


print([get_x(o) for o in [S(), P(), A(), S(), P()]])
try:
    get_x(object())
except AttributeError as exc:
    print('AttributeError', exc)
