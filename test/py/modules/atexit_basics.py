# Checks atexit: register returns func (decorator use), handlers run LIFO at exit with their args and kwargs, unregister (== comparison, every registration, slots still counted), _clear, _run_exitfuncs, _ncallbacks, argument errors.
import atexit
import sys

# python3 may start with handlers of its own (site); they are dropped so the counts are ours.
atexit._clear()
print("start", atexit._ncallbacks())


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


print(atexit.register(show, 1, 2, key="v") is show)


@atexit.register
def decorated():
    print("decorated handler (registered second, runs second to last)")


print("decorator returns the function:", decorated.__name__)
atexit.register(print, "a builtin handler with", "two args", sep=" | ")
print("registered", atexit._ncallbacks())


# unregister compares with ==, removes every registration, and leaves the slots counted.
class Key:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        print("Key", self.n)

    def __eq__(self, other):
        return isinstance(other, Key) and other.n % 2 == self.n % 2

    __hash__ = None


atexit._clear()
for i in range(5):
    atexit.register(Key(i))
atexit.register(show, "twice")
atexit.register(show, "twice again")
print("before unregister", atexit._ncallbacks())
print(atexit.unregister(Key(10)))
atexit.unregister(show)
atexit.unregister(42)
print("after unregister", atexit._ncallbacks())
print("_run_exitfuncs returns", atexit._run_exitfuncs())
print("after run", atexit._ncallbacks())
atexit.register(show, "cleared before exit")
atexit._clear()
print("after clear", atexit._ncallbacks())


# An __eq__ that raises: the error comes out of unregister (the slots before it are emptied).
class Touchy:
    def __call__(self):
        print("Touchy handler runs at exit")

    def __eq__(self, other):
        raise ValueError("no comparing")


atexit.register(print, "print removed by the unregister below")
atexit.register(Touchy())
try:
    atexit.unregister(print)
except ValueError as e:
    print("unregister raised", e)
print("touchy count", atexit._ncallbacks())
atexit._clear()

# Argument errors.
for f in [
    lambda: atexit.register(),
    lambda: atexit.register(func=print),
    lambda: atexit.register(1),
    lambda: atexit.register(1, x=2),
    lambda: atexit.unregister(),
    lambda: atexit.unregister(print, print),
    lambda: atexit.unregister(func=print),
    lambda: atexit._clear(1),
    lambda: atexit._clear(x=1),
    lambda: atexit._run_exitfuncs(1),
    lambda: atexit._ncallbacks(1),
]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

print(atexit.__name__, [n for n in dir(atexit) if not n.startswith("__")])
print(atexit.register.__doc__.splitlines()[0])
print(type(atexit.register).__name__, atexit.register.__name__)


# The handlers of the real exit: last registered runs first.
atexit.register(show, 1, 2, key="v")
atexit.register(decorated)


def unregisters_another():
    print("unregisters the print handler below it")
    atexit.unregister(print)


def registers_late():
    print("registers a handler during exit: it does not run")
    atexit.register(print, "late handler (never printed)")


atexit.register(print, "print handler (unregistered before it runs)")
atexit.register(unregisters_another)
atexit.register(registers_late)
atexit.register(lambda: print("lambda handler, registered last, runs first"))
atexit.register(lambda **kw: print("kwargs only", sorted(kw.items())), b=2, a=1)
print("main module ends with", atexit._ncallbacks(), "handlers")
