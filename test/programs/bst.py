# Binary search tree: insert, search, delete, in-order iteration via generator, height, and range queries.
class Node:
    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.n = 0
    def __setitem__(self, key, val):
        def ins(node):
            if node is None:
                self.n += 1
                return Node(key, val)
            if key < node.key: node.left = ins(node.left)
            elif key > node.key: node.right = ins(node.right)
            else: node.val = val
            return node
        self.root = ins(self.root)
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key: return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key: node.left = delete(node.left, key)
            elif key > node.key: node.right = delete(node.right, key)
            else:
                if node.left is None: return node.right
                if node.right is None: return node.left
                succ = node.right
                while succ.left: succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.n -= 1
    def __len__(self): return self.n
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def items(self):
        return [(k, self[k]) for k in self]
    def height(self):
        def h(node): return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def range(self, lo, hi):
        out = []
        def visit(node):
            if node is None: return
            if lo < node.key: visit(node.left)
            if lo <= node.key <= hi: out.append(node.key)
            if node.key < hi: visit(node.right)
        visit(self.root)
        return out
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = "v%d" % k
print(list(t), len(t), t.height())
print(t[40], 35 in t, 36 in t, t.range(33, 62))
del t[30]
print("after deleting 30:", list(t), len(t))
del t[50]
print("after deleting root:", list(t), t.root.key)
try:
    del t[999]
except KeyError as e:
    print("KeyError", e)
t[65] = "updated"
print(t.items()[-3:])
words = BST()
for w in "pack my box with five dozen liquor jugs".split():
    words[w] = len(w)
print(list(words), words.height())
seq = BST()
for i in range(200):
    seq[(i * 37) % 200] = i
print(len(seq), seq.height(), seq.range(10, 15), sum(seq) == sum(range(200)))
