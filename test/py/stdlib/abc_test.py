# abc: abstract methods block instantiation, ABC/ABCMeta, register() virtual subclasses, __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        return 'shape'

    def describe(self):
        return '%s with area %s' % (self.name(), self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def name(self):
        return 'square via ' + super().name()


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape) is ABCMeta, type(ABC).__name__, isinstance(Square(1), Shape), issubclass(Square, ABC))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    value = 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'h'


print(Impl.make().value, Impl.helper())


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Sized:
            return any('__len__' in k.__dict__ for k in other.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized), issubclass(int, Sized))


class Registry(ABC):
    pass


class Plain:
    pass


print(isinstance(Plain(), Registry), Registry.register(Plain) is Plain, isinstance(Plain(), Registry), issubclass(Plain, Registry))
Registry.register(int)
print(isinstance(3, Registry), isinstance(True, Registry), issubclass(bool, Registry), isinstance('s', Registry))
token = abc.get_cache_token()
Registry.register(str)
print(abc.get_cache_token() != token, isinstance('s', Registry))
for bad in (lambda: Registry.register(1), lambda: issubclass(1, Registry)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


class Later(ABC):
    @abstractmethod
    def f(self):
        ...


Later.f = lambda self: 1
try:
    Later()
except TypeError as e:
    print('still abstract:', e)
abc.update_abstractmethods(Later)
print(Later().f())
