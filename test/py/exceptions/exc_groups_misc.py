# Checks exception objects as values, sys.exc_info, exceptions in loops, and exception attributes.
import sys
print(sys.exc_info())
try:
    raise KeyError("inside")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
    print(repr(sys.exception()) if hasattr(sys, "exception") else repr(v))
print(sys.exc_info() == (None, None, None))
errors = []
for v in ["1", "x", "3", None]:
    try:
        errors.append(int(v))
    except ValueError as e:
        errors.append("VE")
    except TypeError as e:
        errors.append(str(e))
print(errors)
def gen_exc():
    for cls in (ValueError, TypeError, KeyError):
        yield cls("made " + cls.__name__)
for e in gen_exc():
    try:
        raise e
    except (ValueError, TypeError) as caught:
        print("vt", caught)
    except LookupError as caught:
        print("lookup", caught)
class WithState(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)
e = WithState(1, 2, 3)
print(e.extra, e.args)
e.args = ("replaced",)
print(str(e))
try:
    try:
        raise ValueError("a")
    finally:
        print("in finally, exc_info:", sys.exc_info()[0])
except ValueError:
    pass
def handler_restores():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        return sys.exc_info()[0].__name__
print(handler_restores())
caught = None
try:
    raise StopIteration
except Exception as e:
    caught = type(e).__name__
print(caught)
