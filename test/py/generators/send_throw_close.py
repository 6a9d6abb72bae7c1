# Checks generator send/throw/close, GeneratorExit, finally in generators, errors on misuse.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = acc()
next(g)
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
g = acc()
try:
    g.send(1)
except TypeError as e:
    print(e)
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    finally:
        print("cleanup")
g = guarded()
next(g)
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("stopped")
g = guarded()
next(g)
g.close()
print(g.gi_frame is None)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
g = guarded()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted throw propagates", repr(e))
g = guarded()
g.close()
print("closing unstarted ok")
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
def swallow_exit():
    try:
        yield
    except GeneratorExit:
        print("exit seen")
        return "ignored"
g = swallow_exit()
next(g)
print(g.close())
def stop_inside():
    yield 1
    raise StopIteration("manual")
g = stop_inside()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
g = guarded()
next(g)
try:
    g.throw(TypeError("not handled"))
except TypeError as e:
    print("propagated", e)
