# Checks the sys module: argv, version_info, implementation, maxsize, modules, recursion limit, exit, stdout.
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_basics.py"), type(sys.argv).__name__)
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(isinstance(sys.version, str), sys.version.startswith("3.11"))
print(type(sys.implementation.name).__name__, sys.implementation.name == sys.implementation.name.lower())
print(hasattr(sys.implementation, "version"), hasattr(sys.implementation, "cache_tag"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print("sys" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules, "builtins" in sys.modules)
print(sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.exit()
except SystemExit as e:
    print("exit()", repr(e.code), e.args)
try:
    sys.exit(4)
except SystemExit as e:
    print("exit(4)", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("exit(str)", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args", e.code)
n = sys.stdout.write("written via sys.stdout\n")
print(n)
sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")
print("to stdout", file=sys.stdout)
print("flush ok", flush=True)
sys.stdout.flush()
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(callable(sys.exc_info), sys.exc_info())
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
print(sys.getdefaultencoding(), sys.flags.optimize, type(sys.platform).__name__)
print(sys.__name__, sys.stdin is not None, sys.stderr is not None)
