# Checks if/elif/else, while with break/continue/else, truthiness and short-circuit ops.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
assert [classify(v) for v in (-3, 0, 4, 40)] == ["neg", "zero", "small", "big"], "elif chain"
for v in (0, 0.0, "", [], {}, (), set(), None, False, range(0)):
    assert not v, "falsy %r" % (v,)
for v in (1, -1, 0.5, "a", [0], {0: 0}, (None,), True, range(1)):
    assert v, "truthy %r" % (v,)
assert (0 or "x") == "x" and ("a" and "b") == "b" and (None and 1) is None, "and/or values"
calls = []
def t(v):
    calls.append(v)
    return v
t(0) and t(1)
t(1) or t(2)
assert calls == [0, 1], "short-circuit"
i = 0
out = []
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
else:
    out.append("else")
assert out == [2, 4, 6], "while break skips else"
j = 0
while j < 3:
    j += 1
else:
    out.append("done")
assert out[-1] == "done", "while else runs"
x = 5
res = "pos" if x > 0 else "nonpos"
assert res == "pos", "conditional expression"
assert (1 < 2 < 3) and not (1 < 3 < 2), "chained comparisons"
seq = []
def m(v):
    seq.append(v)
    return v
assert not (m(3) < m(1) < m(5)), "chain false"
assert seq == [3, 1], "chain short-circuits"
assert 1 < 2 != 3 == 3 >= 3, "mixed chain"
assert not None, "not None"
assert (not 0) is True, "not returns bool"
n = 0
while True:
    n += 1
    if n == 100:
        break
assert n == 100, "while True break"
if []:
    print("no")
elif [0]:
    print("nonempty list truthy")
print(out, res, n)
