# Checks comprehension scoping details: class bodies, nested comprehensions, closures over loop variables, shadowing.
class K:
    base = 10
    items = [1, 2]
    firsts = [i for i in items]
    try:
        added = [i + base for i in items]
    except NameError as e:
        added = str(e)
print(K.firsts, K.added)
x = 5
nested = [[x for x in range(i)] for i in range(3)]
print(nested, x)
print([[i * j for j in range(3)] for i in range(3)])
print([j for i in range(3) for j in range(i)])
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
gs = [(lambda n=n: n) for n in range(3)]
print([g() for g in gs])
def outer():
    total = 100
    return [total + v for v in range(3)]
print(outer())
def uses_arg(items):
    return {k: [k * v for v in items] for k in items}
print(uses_arg([1, 2]))
i = "global i"
res = [i for i in "ab"]
print(i, res)
g = (y for y in range(3))
print(sum(g), "y" in dir())
def comp_in_gen():
    yield [v * 2 for v in range(3)]
    yield {v for v in "aa"}
print(list(comp_in_gen()))
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
print({k: v for k, v in zip("abc", range(3)) if v})
def closure_in_comp():
    mult = 3
    fns = [lambda v, m=m: v * m * mult for m in range(1, 3)]
    return [f(2) for f in fns]
print(closure_in_comp())
