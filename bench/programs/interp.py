# A small interpreter: a tokenizer, a recursive-descent parser building tuple trees,
# a tree-walking evaluator, and a compiler to a stack bytecode run by a dispatch loop,
# for a toy language with variables, arithmetic, comparisons, if/else, while and print.

SOURCE = """
count = 0; n = 2; checksum = 0;
while n < LIMIT {
    d = 2; prime = 1;
    while d * d <= n {
        if n % d == 0 { prime = 0; d = n; } else { d = d + 1; }
    }
    if prime { count = count + 1; checksum = (checksum * 31 + n) % 1000003; }
    n = n + 1;
}
a = 1071; b = 462;
while b != 0 { t = b; b = a % b; a = t; }
x = 0; i = 0;
while i < 200 { if i % 3 == 0 { x = x + i * 2; } else { if i % 3 == 1 { x = x - i; } else { x = x + 1; } } i = i + 1; }
print count; print checksum; print a; print x;
"""

KEYWORDS = {"while", "if", "else", "print"}
SYMBOLS2 = {"==", "!=", "<=", ">="}
SYMBOLS1 = set("+-*/%<>=;{}()")


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("kw" if word in KEYWORDS else "name", word))
            i = j
        elif src[i:i + 2] in SYMBOLS2:
            tokens.append(("op", src[i:i + 2]))
            i += 2
        elif c in SYMBOLS1:
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError("bad character " + repr(c))
    tokens.append(("eof", None))
    return tokens


PRECEDENCE = {"==": 1, "!=": 1, "<": 1, ">": 1, "<=": 1, ">=": 1,
              "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        kind, v = self.next()
        if v != value:
            raise SyntaxError(f"expected {value!r}, got {v!r}")

    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.statement())
        return ("block", stmts)

    def block(self):
        self.expect("{")
        stmts = []
        while self.peek()[1] != "}":
            stmts.append(self.statement())
        self.expect("}")
        return ("block", stmts)

    def statement(self):
        kind, value = self.peek()
        if kind == "kw" and value == "while":
            self.next()
            cond = self.expression(0)
            return ("while", cond, self.block())
        if kind == "kw" and value == "if":
            self.next()
            cond = self.expression(0)
            then = self.block()
            other = None
            if self.peek()[1] == "else":
                self.next()
                other = self.block()
            return ("if", cond, then, other)
        if kind == "kw" and value == "print":
            self.next()
            expr = self.expression(0)
            self.expect(";")
            return ("print", expr)
        name = self.next()[1]
        self.expect("=")
        expr = self.expression(0)
        self.expect(";")
        return ("assign", name, expr)

    def expression(self, min_prec):
        left = self.atom()
        while True:
            kind, op = self.peek()
            prec = PRECEDENCE.get(op, -1) if kind == "op" else -1
            if prec <= min_prec - 1 or prec < 0:
                return left
            self.next()
            right = self.expression(prec + 1)
            left = ("binop", op, left, right)

    def atom(self):
        kind, value = self.next()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        if value == "(":
            expr = self.expression(0)
            self.expect(")")
            return expr
        if value == "-":
            return ("binop", "-", ("num", 0), self.atom())
        raise SyntaxError("unexpected " + repr(value))


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a // b
    if op == "%":
        return a % b
    if op == "<":
        return int(a < b)
    if op == ">":
        return int(a > b)
    if op == "<=":
        return int(a <= b)
    if op == ">=":
        return int(a >= b)
    if op == "==":
        return int(a == b)
    return int(a != b)


class Evaluator:
    def __init__(self, env):
        self.env = env
        self.output = []

    def run(self, node):
        getattr(self, "exec_" + node[0])(node)

    def exec_block(self, node):
        for stmt in node[1]:
            self.run(stmt)

    def exec_while(self, node):
        while self.eval(node[1]):
            self.run(node[2])

    def exec_if(self, node):
        if self.eval(node[1]):
            self.run(node[2])
        elif node[3] is not None:
            self.run(node[3])

    def exec_assign(self, node):
        self.env[node[1]] = self.eval(node[2])

    def exec_print(self, node):
        self.output.append(self.eval(node[1]))

    def eval(self, node):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "var":
            return self.env[node[1]]
        return apply(node[1], self.eval(node[2]), self.eval(node[3]))


class Compiler:
    def __init__(self):
        self.code = []

    def emit(self, op, arg=None):
        self.code.append((op, arg))
        return len(self.code) - 1

    def stmt(self, node):
        kind = node[0]
        if kind == "block":
            for s in node[1]:
                self.stmt(s)
        elif kind == "assign":
            self.expr(node[2])
            self.emit("store", node[1])
        elif kind == "print":
            self.expr(node[1])
            self.emit("print")
        elif kind == "while":
            top = len(self.code)
            self.expr(node[1])
            jump = self.emit("jump_if_false", None)
            self.stmt(node[2])
            self.emit("jump", top)
            self.code[jump] = ("jump_if_false", len(self.code))
        else:
            self.expr(node[1])
            jump = self.emit("jump_if_false", None)
            self.stmt(node[2])
            if node[3] is None:
                self.code[jump] = ("jump_if_false", len(self.code))
            else:
                skip = self.emit("jump", None)
                self.code[jump] = ("jump_if_false", len(self.code))
                self.stmt(node[3])
                self.code[skip] = ("jump", len(self.code))

    def expr(self, node):
        kind = node[0]
        if kind == "num":
            self.emit("const", node[1])
        elif kind == "var":
            self.emit("load", node[1])
        else:
            self.expr(node[2])
            self.expr(node[3])
            self.emit("binop", node[1])


def execute(code, env):
    stack = []
    output = []
    pc = 0
    end = len(code)
    while pc < end:
        op, arg = code[pc]
        pc += 1
        if op == "load":
            stack.append(env[arg])
        elif op == "const":
            stack.append(arg)
        elif op == "binop":
            b = stack.pop()
            a = stack.pop()
            stack.append(apply(arg, a, b))
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "jump_if_false":
            if not stack.pop():
                pc = arg
        elif op == "jump":
            pc = arg
        elif op == "print":
            output.append(stack.pop())
    return output


tree = Parser(tokenize(SOURCE)).program()
walker = Evaluator({"LIMIT": 800})
walker.run(tree)
compiler = Compiler()
compiler.stmt(tree)
vm_output = execute(compiler.code, {"LIMIT": 1800})
parses = 0
for _ in range(40):
    parses += len(tokenize(SOURCE)) + len(Parser(tokenize(SOURCE)).program()[1])
print(f"interp: tree={walker.output} vm={vm_output} ops={len(compiler.code)} parses={parses}")
