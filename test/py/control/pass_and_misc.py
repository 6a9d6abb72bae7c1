# Checks pass, assert with messages, ellipsis, and statements on one line.
def noop(): pass
class Empty: pass
assert noop() is None, "pass function returns None"
assert Empty.__name__ == "Empty", "empty class"
x = 1; y = 2; z = x + y
assert z == 3, "semicolons"
if z: w = "one-line if"
print(w)
try:
    assert 1 == 2, "custom message"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("args:", e.args)
assert ... is Ellipsis, "ellipsis literal"
print(..., repr(...))
def stub(): ...
assert stub() is None, "ellipsis body"
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
