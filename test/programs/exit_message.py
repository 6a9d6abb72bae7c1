# Tiny command interpreter that gives up with sys.exit("message") on an unknown command (expected exit code 1, message on stderr).
# expect: exit=1 stderr-last="error: unknown command 'frobnicate' (known: add, echo, help, mul, rev)"
import sys
COMMANDS = {}
HISTORY = []
def command(name, min_args=0):
    def deco(fn):
        def wrapper(*args):
            if len(args) < min_args:
                raise TypeError("%s needs at least %d argument(s)" % (name, min_args))
            return fn(*args)
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        COMMANDS[name] = wrapper
        return wrapper
    return deco
@command("add", 1)
def add(*args):
    "sum of integers"
    return sum(int(a) for a in args)
@command("mul", 1)
def mul(*args):
    "product of integers"
    r = 1
    for a in args:
        r *= int(a)
    return r
@command("echo")
def echo(*args):
    "print the arguments"
    return " ".join(args)
@command("rev", 1)
def rev(word):
    "reverse one word"
    return word[::-1]
@command("help")
def help_(*args):
    "list commands"
    return "; ".join("%s: %s" % (n, COMMANDS[n].__doc__) for n in sorted(COMMANDS))
def run(line):
    name, *args = line.split()
    HISTORY.append(name)
    if name not in COMMANDS:
        print("history:", " ".join(HISTORY))
        sys.exit("error: unknown command %r (known: %s)" % (name, ", ".join(sorted(COMMANDS))))
    try:
        return COMMANDS[name](*args)
    except (TypeError, ValueError) as e:
        return "failed: %s" % e
script = ["help", "add 1 2 3", "mul 2 3 7", "echo hello world", "add 10 -4", "add", "mul 3 x", "rev stressed",
          "rev a b", "frobnicate 1", "echo never"]
for line in script:
    print("$", line)
    print(run(line))
