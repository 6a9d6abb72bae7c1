# Checks property (getter/setter/deleter), classmethod, staticmethod, and their behavior via instance/class.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def freezing(cls):
        return cls(0)
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))
print(Temp.freezing().celsius, Temp.convert(100), t.convert(0))
print(type(Temp.__dict__["celsius"]).__name__, type(Temp.__dict__["freezing"]).__name__, type(Temp.__dict__["convert"]).__name__)
print(isinstance(Temp.celsius, property), Temp.celsius.fget.__name__)
class Sub(Temp):
    @classmethod
    def freezing(cls):
        obj = super().freezing()
        return type(obj).__name__
print(Sub.freezing())
class Lazy:
    calls = 0
    def _get(self):
        Lazy.calls += 1
        return 42
    value = property(_get, doc="the value")
l = Lazy()
print(l.value, l.value, Lazy.calls, Lazy.value.__doc__)
class RO:
    @property
    def x(self):
        raise AttributeError("computed missing")
try:
    RO().x
except AttributeError as e:
    print(e)
print(getattr(RO(), "x", "fallback"))
class S:
    @staticmethod
    def s(*a): return a
    @classmethod
    def c(cls, *a): return cls.__name__, a
print(S.s(1, 2), S().s(3), S.c(4), S().c(5))
f = S.c
print(f.__self__ is S)
