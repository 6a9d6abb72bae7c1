# Checks exception chaining: raise from, __cause__, __context__, __suppress_context__, from None.
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise OSError("a")
    except OSError:
        raise RuntimeError("b")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print(err)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
def chain_depth():
    try:
        try:
            try:
                raise KeyError(1)
            except KeyError:
                raise IndexError(2)
        except IndexError:
            raise ValueError(3)
    except ValueError as e:
        names = []
        cur = e
        while cur is not None:
            names.append(type(cur).__name__)
            cur = cur.__context__
        return names
print(chain_depth())
try:
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise first
        except KeyError as same:
            print(same is first, same.__context__)
except Exception:
    pass
ex = RuntimeError("w")
ex2 = ex.with_traceback(None)
print(ex2 is ex)
try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("extra info")
    print(e.__notes__)
