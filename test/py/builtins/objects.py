# Checks object/attribute builtins: getattr, setattr, hasattr, delattr, callable, dir, vars, type, isinstance, issubclass, id, hash, object, super, property.
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def method(self): return "m"
a = A()
print(getattr(a, "x"), getattr(a, "y", None), getattr(A, "cls_attr"), getattr(a, "method")())
setattr(a, "y", 20)
print(a.y, hasattr(a, "y"), hasattr(a, "zzz"))
delattr(a, "y")
print(hasattr(a, "y"))
print(callable(len), callable(A), callable(a), callable(a.method), callable(None), callable("s"))
print(sorted(vars(a)), vars(a))
print("cls_attr" in dir(A), "method" in dir(a), "x" in dir(a), "__init__" in dir(a))
print(type(a).__name__, type(1), type("s"), type([]), type(type), type(None))
print(isinstance(a, A), isinstance(a, object), isinstance(1, float), isinstance(True, int), isinstance(A, type))
print(issubclass(A, object), issubclass(bool, (str, int)), issubclass(type, object), issubclass(object, type))
print(id(a) == id(a), id(a) != id(A()), a is a)
print(hash(1) == hash(1.0) == hash(True), hash(0) == 0, hash(-1) == hash(-2), hash((1, 2)) == hash((1, 2)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(10), hash(1.5), hash(float("inf")))
o = object()
print(type(o).__name__, isinstance(o, object), object.__name__)
try:
    o.attr = 1
except AttributeError as e:
    print(e)
try:
    getattr(a, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(a, 5)
except TypeError as e:
    print(e)
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
print(dir(A) == sorted(dir(A)))
class B(A):
    def method(self): return "B" + super().method()
print(B().method(), super(B, B()).method())
print(type(A.method).__name__, type(a.method).__name__, type(len).__name__, type(print).__name__)
print(type(1) is int, type(True) is bool, type(1.0) is float)
T = type("T", (), {"v": 1})
print(T.v, T().v, T.__name__)
