# Checks 'from module import *' with and without __all__, and that imports bind names in the current namespace.
from pkgs.star import *
print(public_a, public_b)
try:
    _private_c
except NameError as e:
    print(e)
from pkgs.geometry import *
print(sorted(n for n in ("Vec", "area_of", "describe", "vectors", "_hidden") if n in globals()))
def local_import():
    import math
    from math import floor as fl
    return fl(math.pi), "math" in globals()
print(local_import())
import math as m, sys as s
print(m.floor(2.5), s.maxsize > 0)
print(type(m).__name__, m.__name__, s.__name__)
def nested_scope():
    from pkgs.star import public_a as pa
    return pa + 100
print(nested_scope(), "pa" in globals())
try:
    from pkgs.star import _private_c
    print("explicit import of underscore name works:", _private_c)
except ImportError:
    print("unexpected")
