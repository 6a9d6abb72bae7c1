# Checks that atexit handlers run after sys.exit(3) (LIFO), that a handler calling sys.exit is reported and ignored, and that the exit code stays 3.
import atexit
import sys

atexit._clear()


def cleanup(name, *, verbose=False):
    print("cleanup", name, "verbose" if verbose else "quiet")


def try_to_change_the_exit_code():
    print("handler calls sys.exit(9)")
    sys.exit(9)


atexit.register(cleanup, "first-registered", verbose=True)
atexit.register(try_to_change_the_exit_code)
atexit.register(cleanup, "last-registered")
try:
    sys.exit(3)
finally:
    print("finally runs before the handlers")
