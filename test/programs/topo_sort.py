# Topological sorting (Kahn's algorithm) of course prerequisites, with cycle reporting and level grouping.
COURSES = {
    "calc1": [], "calc2": ["calc1"], "linalg": ["calc1"], "prob": ["calc2"],
    "stats": ["prob", "linalg"], "ml": ["stats", "algo", "linalg"], "intro": [],
    "ds": ["intro"], "algo": ["ds", "discrete"], "discrete": ["intro"],
    "compilers": ["algo", "theory"], "theory": ["discrete"], "nlp": ["ml"],
}
def kahn(graph):
    indeg = {n: 0 for n in graph}
    users = {n: [] for n in graph}
    for n, reqs in graph.items():
        for r in reqs:
            if r not in graph:
                raise KeyError("unknown prerequisite %r of %r" % (r, n))
            indeg[n] += 1
            users[r].append(n)
    ready = sorted(n for n in graph if indeg[n] == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(graph):
        stuck = sorted(n for n in graph if indeg[n] > 0)
        raise ValueError("cycle among: " + ", ".join(stuck))
    return order
def levels(graph):
    level = {}
    for n in kahn(graph):
        level[n] = 1 + max((level[r] for r in graph[n]), default=0)
    out = {}
    for n, l in level.items():
        out.setdefault(l, []).append(n)
    return {l: sorted(ns) for l, ns in sorted(out.items())}
order = kahn(COURSES)
print("order:", " -> ".join(order))
pos = {n: i for i, n in enumerate(order)}
print("valid:", all(pos[r] < pos[n] for n in COURSES for r in COURSES[n]))
for l, ns in levels(COURSES).items():
    print("semester %d: %s" % (l, ", ".join(ns)))
def all_prereqs(course, graph, acc=None):
    acc = set() if acc is None else acc
    for r in graph[course]:
        if r not in acc:
            acc.add(r)
            all_prereqs(r, graph, acc)
    return acc
print("nlp needs:", sorted(all_prereqs("nlp", COURSES)))
bad = dict(COURSES, calc1=["stats"])
try:
    kahn(bad)
except ValueError as e:
    print("ValueError:", e)
try:
    kahn(dict(COURSES, intro=["nonexistent"]))
except KeyError as e:
    print("KeyError:", e)
