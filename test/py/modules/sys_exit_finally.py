# Checks that sys.exit raises SystemExit which runs finally blocks and can be caught and re-examined.
import sys
def work():
    try:
        sys.exit(2)
    finally:
        print("finally ran before exit propagated")
try:
    work()
except SystemExit as e:
    print("caught code", e.code, isinstance(e, BaseException), isinstance(e, Exception))
try:
    try:
        sys.exit(0)
    except Exception:
        print("not reached: SystemExit is not an Exception")
except SystemExit as e:
    print("outer caught", e.code)
def nested_exit():
    try:
        raise ValueError("first")
    except ValueError:
        sys.exit("during handling")
try:
    nested_exit()
except SystemExit as e:
    print(e.code, type(e.__context__).__name__)
print("still running")
sys.exit(0)
print("never printed")
