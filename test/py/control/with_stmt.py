# Checks the with statement: __enter__/__exit__ order, as-targets, multiple items, exception suppression, exit arguments.
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s %s" % (self.name, et.__name__ if et else None, ev))
        return self.suppress
with CM("a") as v:
    log.append("body " + v)
print(log); log.clear()
with CM("x") as x, CM("y") as y:
    log.append(x + y)
print(log); log.clear()
with (CM("p") as p,
      CM("q")):
    pass
print(log); log.clear()
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed", log); log.clear()
try:
    with CM("n"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", repr(e), log)
log.clear()
def early_return():
    with CM("r"):
        return "returned"
print(early_return(), log); log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
print(log); log.clear()
class Target:
    pass
t = Target()
with CM("attr") as t.value:
    pass
print(t.value)
with CM("unpack") as (first, *rest):
    pass
print(first, rest)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy exit result suppresses")
