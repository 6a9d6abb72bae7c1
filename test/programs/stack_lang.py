# Interpreter for a toy stack language (Forth-like) with user-defined words, conditionals and loops.
class StackError(Exception):
    pass
class Forth:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.out = []
        self.builtins = {
            "+": lambda: self.binop(lambda a, b: a + b),
            "-": lambda: self.binop(lambda a, b: a - b),
            "*": lambda: self.binop(lambda a, b: a * b),
            "/": lambda: self.binop(self.div),
            "mod": lambda: self.binop(lambda a, b: a % b),
            "=": lambda: self.binop(lambda a, b: -1 if a == b else 0),
            "<": lambda: self.binop(lambda a, b: -1 if a < b else 0),
            "dup": lambda: self.push(self.peek()),
            "drop": lambda: self.pop(),
            "swap": self.swap,
            "over": lambda: self.push(self.stack[-2] if len(self.stack) > 1 else self.underflow()),
            ".": lambda: self.out.append(str(self.pop())),
            "cr": lambda: self.out.append("\n"),
        }
    def underflow(self):
        raise StackError("stack underflow")
    def push(self, v): self.stack.append(v)
    def pop(self):
        if not self.stack: self.underflow()
        return self.stack.pop()
    def peek(self):
        if not self.stack: self.underflow()
        return self.stack[-1]
    def swap(self):
        b, a = self.pop(), self.pop()
        self.push(b); self.push(a)
    def div(self, a, b):
        if b == 0: raise StackError("division by zero")
        return a // b
    def binop(self, fn):
        b, a = self.pop(), self.pop()
        self.push(fn(a, b))
    def run(self, src):
        self.execute(src.lower().split())
        return " ".join(x for x in self.out if x != "\n") if self.out else ""
    def execute(self, toks):
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == ":":
                end = toks.index(";", i)
                name = toks[i + 1]
                if name.lstrip("-").isdigit():
                    raise StackError("cannot redefine number %s" % name)
                self.words[name] = toks[i + 2:end]
                i = end + 1
                continue
            if t == "if":
                depth, j, else_at = 1, i + 1, None
                while depth:
                    if toks[j] == "if": depth += 1
                    elif toks[j] == "then": depth -= 1
                    elif toks[j] == "else" and depth == 1: else_at = j
                    j += 1
                body_end = j - 1
                if self.pop():
                    self.execute(toks[i + 1:else_at if else_at else body_end])
                elif else_at:
                    self.execute(toks[else_at + 1:body_end])
                i = j
                continue
            if t == "times":
                n = self.pop()
                word = toks[i + 1]
                for _ in range(n):
                    self.execute([word])
                i += 2
                continue
            if t in self.words:
                self.execute(self.words[t])
            elif t in self.builtins:
                self.builtins[t]()
            else:
                try:
                    self.push(int(t))
                except ValueError:
                    raise StackError("unknown word %r" % t) from None
            i += 1
programs = [
    "1 2 + 3 * .",
    ": square dup * ; 7 square .",
    ": abs dup 0 < if -1 * then ; -5 abs . 5 abs .",
    ": sign dup 0 < if drop -1 else 0 = if 0 else 1 then then ; -9 sign . 0 sign . 4 sign .",
    "1 : double 2 * ; 10 double times double .",
    "10 3 mod . 10 3 / . 1 2 swap . .",
    "1 2 over . . .",
    "1 +",
    "5 0 /",
    "foo",
]
for src in programs:
    f = Forth()
    try:
        print("%-70s => %s   stack=%s" % (src, f.run(src), f.stack))
    except StackError as e:
        print("%-70s => error: %s" % (src, e))
fib = Forth()
fib.run(": fibstep over over + ; 0 1 20 times fibstep")
print("fib stack top:", fib.stack[-3:])
