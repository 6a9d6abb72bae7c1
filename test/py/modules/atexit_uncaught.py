# Checks that atexit handlers run after an uncaught exception's traceback is printed (LIFO, with args), that a failing handler is reported after it, and that the exit code stays 1.
import atexit
import sys

atexit._clear()


def fails():
    print("failing handler runs last")
    raise ZeroDivisionError("handler failed after the traceback")


def state():
    # At exit no exception is being handled any more.
    print("exc_info at exit:", sys.exc_info())


atexit.register(fails)
atexit.register(state)
atexit.register(print, "handler with", "args", sep="+")
atexit.register(lambda: print("last registered runs first"))
print("about to fail")
raise ValueError("uncaught in the main module")
