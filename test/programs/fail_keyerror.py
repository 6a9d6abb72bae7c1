# Package dependency resolver that hits an unknown dependency and dies with an uncaught KeyError (expected last stderr line "KeyError: 'libfoo'").
# expect: exit=1 stderr-last="KeyError: 'libfoo'"
DEPS = {
    "app": ["web", "db", "log"],
    "web": ["http", "log"],
    "http": ["socket"],
    "db": ["socket", "log"],
    "socket": [],
    "log": [],
    "cli": ["app", "libfoo"],
}
SIZES = {"app": 120, "web": 80, "http": 45, "db": 200, "socket": 10, "log": 5, "cli": 30}
def resolve(target, deps, order=None, visiting=None):
    if order is None:
        order, visiting = [], set()
    if target in order:
        return order
    if target in visiting:
        raise RuntimeError("cycle at %s" % target)
    visiting.add(target)
    for d in deps[target]:
        resolve(d, deps, order, visiting)
    visiting.discard(target)
    order.append(target)
    return order
def install_size(target):
    return sum(SIZES[p] for p in resolve(target, DEPS))
def reverse_deps(deps):
    rev = {k: [] for k in deps}
    for pkg, ds in sorted(deps.items()):
        for d in ds:
            rev.setdefault(d, []).append(pkg)
    return rev
for target in ("socket", "web", "app"):
    print(target, "->", " ".join(resolve(target, DEPS)), "| size", install_size(target))
print("who needs log:", reverse_deps(DEPS)["log"])
print("dangling:", sorted(k for k, v in reverse_deps(DEPS).items() if k not in DEPS))
cyclic = dict(DEPS, socket=["app"])
try:
    resolve("app", cyclic)
except RuntimeError as e:
    print("RuntimeError:", e)
print("cli ->", " ".join(resolve("cli", DEPS)))
