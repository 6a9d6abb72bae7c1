# Checks try/except/else/finally ordering, multiple handlers, tuples of types, bare except, re-raise.
def run(fn):
    log = []
    try:
        log.append("try")
        fn(log)
    except (KeyError, IndexError) as e:
        log.append("lookup " + type(e).__name__)
    except ZeroDivisionError:
        log.append("zero")
    except Exception as e:
        log.append("other " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(lambda l: None))
print(run(lambda l: {}["x"]))
print(run(lambda l: [][1]))
print(run(lambda l: 1 / 0))
print(run(lambda l: int("x")))
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("reraised", e)
try:
    try:
        raise TypeError("t")
    except:
        print("bare except")
        raise
except TypeError as e:
    print("outer", e)
e = "keep"
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    e
except NameError as err:
    print("as-name deleted:", err)
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print("outer finally")
nested()
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError(1, "two")
except ValueError as e:
    print(repr(e), str(e), e.args)
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x += 10
assert x == 11, "else after success"
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
except IndexError as e:
    print(type(e.__context__).__name__, e.__context__)
