# Checks __getattr__ (fallback only), __setattr__, __delattr__, __getattribute__, and delegation wrappers.
class Fallback:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.real, f.dyn_abc, getattr(f, "dyn_x"), hasattr(f, "nope"))
try:
    f.nope
except AttributeError as e:
    print(e)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, vars(r))
class Wrapper:
    def __init__(self, obj):
        self._obj = obj
    def __getattr__(self, name):
        return getattr(self._obj, name)
w = Wrapper([3, 1, 2])
w.sort()
print(w._obj, w.count(1), w.index(3))
class Counting:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
    def m(self): return "m"
c = Counting()
c.m(); c.m()
print(c.hits)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise AttributeError("frozen")
fz = Frozen(1)
try:
    fz.x = 2
except AttributeError as e:
    print(e, fz.x)
class GetattrAndProperty:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print(GetattrAndProperty().p)
class Defaults:
    def __getattr__(self, name):
        return 0
d = Defaults()
d.x += 5
print(d.x, d.y)
