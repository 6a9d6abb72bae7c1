# Checks dict methods, insertion order, views, merging operators, and key semantics.
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d, len(d))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("missing", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
d["b"] = 99
print(list(d))
del d["b"]; d["b"] = 0
print(list(d))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
a, b = {"k": 1, "j": 2}, {"k": 3, "m": 4}
print(a | b, b | a)
a |= {"new": 0}
print(a)
print({1: "int", 1.0: "float", True: "bool"})
keys = d.keys()
d["late"] = 1
print("late" in keys, len(keys), keys & {"late", "x"} == {"late", "x"}, sorted(keys - {"late"}))
print(d.items() >= {("late", 1)}, ("late", 1) in d.items(), 1 in d.values())
print({(1, 2): "tuple key", None: "none", 2.5: "float", frozenset([1]): "fs"}[frozenset([1])])
c = d.copy()
c.clear()
print(c, len(d) > 0)
print({} == {}, {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    {} < {}
except TypeError as e:
    print(e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, dict(sorted({"b": 1, "a": 2}.items())))
print(list(reversed({"p": 1, "q": 2})), list(reversed({"p": 1}.items())))
print(repr({}), str({"s": "v"}), {1: {2: {}}})
r = {}
r["self"] = r
print(r)
dv = {"a": 1}.values()
print(type(dv).__name__, type({}.keys()).__name__, type({}.items()).__name__)
z = dict(a=1, b=2)
for k in list(z):
    if k == "a":
        del z[k]
print(z)
