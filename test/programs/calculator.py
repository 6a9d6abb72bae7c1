# Tokenizer and recursive-descent parser/evaluator for arithmetic with variables, functions and precedence.
import math
class CalcError(Exception):
    pass
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise CalcError("bad number %r" % text)
            toks.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("name", src[i:j]))
            i = j
        elif c in "+-*/%^(),=":
            toks.append(("op", c))
            i += 1
        else:
            raise CalcError("unexpected character %r at %d" % (c, i))
    toks.append(("end", None))
    return toks
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor}
class Parser:
    def __init__(self, toks, env):
        self.toks, self.pos, self.env = toks, 0, env
    def peek(self): return self.toks[self.pos]
    def take(self, kind=None, val=None):
        t = self.toks[self.pos]
        if (kind and t[0] != kind) or (val and t[1] != val):
            raise CalcError("expected %s but found %r" % (val or kind, t[1]))
        self.pos += 1
        return t
    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take()[1]
            self.take("op", "=")
            v = self.expr()
            self.env[name] = v
        else:
            v = self.expr()
        self.take("end")
        return v
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            r = self.factor()
            if op != "*" and r == 0:
                raise CalcError("division by zero")
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return val
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                if val not in FUNCS:
                    raise CalcError("unknown function %s" % val)
                return FUNCS[val](*args)
            if val not in self.env:
                raise CalcError("undefined variable %s" % val)
            return self.env[val]
        if (kind, val) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise CalcError("unexpected %r" % (val,))
env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x * 2 + 1", "y % 7",
         "sqrt(16) + max(1, y, 3)", "7 / 2", "floor(pi * 100)", "2 ^ 100", "1 / (x - 10)",
         "z + 1", "3 $ 4", "(1 + 2", "foo(1)", "1.2.3", "abs(-4.5) * min(2, 8)", "0.1 + 0.2"]
for line in lines:
    try:
        print("%-26s = %r" % (line, Parser(tokenize(line), env).statement()))
    except CalcError as e:
        print("%-26s ! %s" % (line, e))
print(sorted(env))
