# Checks the builtin exception hierarchy, custom exception classes, args/str/repr.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (StopIteration, Exception), (StopAsyncIteration, Exception),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (AssertionError, Exception),
    (Exception, BaseException), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (GeneratorExit, BaseException), (TypeError, Exception), (AttributeError, Exception),
    (IndentationError, SyntaxError), (TabError, IndentationError), (EOFError, Exception),
    (MemoryError, Exception), (BufferError, Exception), (FloatingPointError, ArithmeticError),
    (DeprecationWarning, Warning), (Warning, Exception), (EnvironmentError, Exception),
]
for sub, sup in checks:
    assert issubclass(sub, sup), "%s < %s" % (sub.__name__, sup.__name__)
assert not issubclass(SystemExit, Exception), "SystemExit not Exception"
assert not issubclass(KeyboardInterrupt, Exception), "KeyboardInterrupt not Exception"
assert IOError is OSError and EnvironmentError is OSError, "OSError aliases"
print(ZeroDivisionError.__mro__)
print(KeyError.__bases__, BaseException.__bases__)
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "db error %d: %s" % self.args
try:
    raise DbError(5, "locked")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class Plain(Exception): pass
print(repr(Plain()), str(Plain()), repr(Plain("a")), str(Plain("a", "b")))
print(str(KeyError("k")), str(KeyError("a", "b")), repr(KeyError()))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__)
print(isinstance(ValueError(), Exception), isinstance(ValueError, type))
print(StopIteration(7).value, StopIteration().value)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e))
print(type(OSError(2, "x")).__name__)
print(AttributeError("m", name="n", obj=1).name)
print(NameError("q", name="nm").name)
