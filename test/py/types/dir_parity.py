# The public surface of the builtin types: sorted(dir(t)) must be CPython 3.11's, name for name
# (the test driver compares this output with python3's).
for t in (object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
          frozenset, range, slice, BaseException):
    print(t.__name__, sorted(dir(t)))

# Dict views and the dict and set iterators.
for v in ({}.keys(), {}.values(), {}.items(), iter({}), iter(set())):
    print(type(v).__name__, sorted(dir(v)))

# Generic aliases and object.__reduce_ex__.
print(type[int], list[int], dict[str, int], tuple[int, ...], set[int], frozenset[str], enumerate[int])
class Plain:
    pass
p = Plain()
p.x = 1
r = p.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], r[3], r[4])
print(object().__reduce__()[1], (5).__reduce_ex__(2)[1])
