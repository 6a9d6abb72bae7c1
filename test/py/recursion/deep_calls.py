# Checks RecursionError for runaway recursion (100000 deep), its message, and that execution continues normally.
import sys
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
try:
    down(100000)
    print("no error")
except RecursionError as e:
    print("RecursionError:", e)
print(down(500))
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, isinstance(e, RuntimeError))
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def depth(self): return 1 + (self.nxt.depth() if self.nxt else 0)
n = None
for _ in range(100000):
    n = Node(n)
try:
    n.depth()
except RecursionError:
    print("method recursion caught")
def caught_inside(k):
    try:
        return caught_inside(k + 1)
    except RecursionError:
        return k
deepest = caught_inside(0)
print(deepest > 100, "recovered inside the recursion")
total = 0
for i in range(3):
    try:
        down(10 ** 6)
    except RecursionError:
        total += 1
print("repeated", total)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(200) % 1000003, len(str(fact(400))))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    down(300)
except RecursionError:
    print("lower limit respected")
sys.setrecursionlimit(old)
print(down(800))
class Recursive:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Recursive().a
except RecursionError:
    print("__getattr__ recursion caught")
print("done")
