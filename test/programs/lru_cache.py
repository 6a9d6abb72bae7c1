# LRU cache implemented by hand with a dict plus doubly linked list; used to memoize an expensive function.
class _Node:
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions += 1
            node = _Node(key, value)
            self.map[key] = node
        self._push_front(node)
    def keys(self):
        out, cur = [], self.head.next
        while cur is not self.tail:
            out.append(cur.key)
            cur = cur.next
        return out
    def __len__(self):
        return len(self.map)
    def __repr__(self):
        return "LRUCache(%s)" % ", ".join("%r: %r" % (k, self.map[k].value) for k in self.keys())
c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c)
print(c.get("a"), c)
c.put("d", 4)
print("after d:", c, c.get("b"))
c.put("c", 30)
print(c, len(c))
def lru_memo(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        missing = object()
        def wrapper(*args):
            r = cache.get(args, missing)
            if r is missing:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@lru_memo(64)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache.hits, paths.cache.misses, paths.cache.evictions, len(paths.cache))
small = LRUCache(2)
for k in "abacabad":
    if small.get(k) is None:
        small.put(k, k.upper())
print(small, small.hits, small.misses, small.evictions)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
