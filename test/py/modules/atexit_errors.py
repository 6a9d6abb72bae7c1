# Checks how a failing atexit handler is reported (CPython's default unraisablehook: "Exception ignored in atexit callback: <repr>", the traceback, "Type: message"; no chain, no notes) and that the next handlers still run and the exit code stays 0.
import atexit
import sys

# The reports go to sys.stderr: send them to stdout, which is compared in full.
sys.stderr = sys.stdout
atexit._clear()


class Named:
    """A callable with a fixed repr (function reprs hold addresses)."""

    def __init__(self, name, body):
        self.name = name
        self.body = body

    def __repr__(self):
        return f"<handler {self.name}>"

    def __call__(self, *args, **kwargs):
        return self.body(*args, **kwargs)


class MyError(Exception):
    pass


class Elsewhere(Exception):
    pass


Elsewhere.__module__ = "some.module"


class BadStr(Exception):
    def __str__(self):
        raise ValueError("no str")


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")

    def __call__(self):
        raise MyError("from a callable whose repr fails")


def divide():
    return 1 / 0


def chained():
    try:
        {}["missing"]
    except KeyError:
        raise MyError("raised while handling a KeyError")


def with_note():
    e = ValueError("has a note")
    e.add_note("the note is not printed")
    raise e


def deep(n):
    if n == 0:
        raise RecursionError("deep enough")
    deep(n - 1)


def exit_from_python():
    sys.exit(7)


# Run explicitly first: each failure is reported and the next handler runs.
atexit.register(Named("ok-after", lambda: print("the handler registered first still runs")))
atexit.register(Named("divide", divide))
atexit.register(Named("type-error-in-call", lambda: None), "unexpected")
atexit.register(int, "not a number")
print("explicit run returns", atexit._run_exitfuncs())
print("count after explicit run", atexit._ncallbacks())

# Then the real exit.
atexit.register(Named("last", lambda: print("last handler runs; exit code stays 0")))
atexit.register(Named("exit-python", exit_from_python))
atexit.register(sys.exit, 5)
atexit.register(Named("keyboard", lambda: (_ for _ in ()).throw(KeyboardInterrupt)))
atexit.register(Named("deep", deep), 5)
atexit.register(Named("note", with_note))
atexit.register(Named("elsewhere", lambda: (_ for _ in ()).throw(Elsewhere("module prefix"))))
atexit.register(Named("empty", lambda: (_ for _ in ()).throw(MyError())))
atexit.register(Named("badstr", lambda: (_ for _ in ()).throw(BadStr())))
atexit.register(BadRepr())
atexit.register(Named("chained", chained))
atexit.register(Named("first", lambda: print("first handler at exit")))
print("main module done")
