# Checks eval, exec, compile, globals, locals, __import__, and namespaces passed to them.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
ns = {}
exec("a = 5\ndef f(n):\n    return n + a\nb = f(10)", ns)
print(ns["a"], ns["b"], ns["f"](1), "__builtins__" in ns)
g = {"v": 1}
l = {}
exec("w = v + 1", g, l)
print(l, "w" in g)
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename)
code2 = compile("out.append(len('abc'))", "<s>", "exec")
out = []
exec(code2)
print(out)
code3 = compile("print('single mode')", "<single>", "single")
exec(code3)
print(eval("[i for i in range(3)]"), eval("(lambda q: q + 1)(1)"))
def show_locals():
    p = 1
    q = "two"
    return sorted(locals().items())
print(show_locals())
print(globals()["__name__"], "show_locals" in globals(), globals() is globals())
gl = globals()
gl["injected"] = "via globals()"
print(injected)
m = __import__("math")
print(m.sqrt(16), __import__("sys").version_info[:2] == (3, 11))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(repr(e))
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno)
print(eval("x + y", {"x": 1}, {"y": 2}))
d = {}
exec("import math\nr = math.floor(2.7)", d)
print(d["r"])
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(e)
class Ctx:
    pass
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
