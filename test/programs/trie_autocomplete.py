# Trie with insert/search/prefix completion/deletion and ranked autocomplete by frequency.
class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0
class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.size = 0
    def insert(self, word, times=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if node.count == 0:
            self.size += 1
        node.count += times
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.count)
    def __len__(self):
        return self.size
    def __iter__(self):
        yield from self._walk(self.root, "")
    def _walk(self, node, prefix):
        if node.count:
            yield prefix
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)
    def complete(self, prefix, limit=3):
        node = self._find(prefix)
        if node is None:
            return []
        found = [(w, self._find(w).count) for w in self._walk(node, prefix)]
        found.sort(key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in found[:limit]]
    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if not path[-1].count:
            raise KeyError(word)
        path[-1].count = 0
        self.size -= 1
        for i in range(len(word) - 1, -1, -1):
            child = path[i + 1]
            if child.count or child.children:
                break
            del path[i].children[word[i]]
    def node_count(self):
        def count(n):
            return 1 + sum(count(c) for c in n.children.values())
        return count(self.root)
CORPUS = """the theory of the thermal thesis then there their them theme theater
to top topic topical tooth toothpaste the then the there their there tea team teach""".split()
t = Trie()
for w in CORPUS:
    t.insert(w)
print("distinct words:", len(t), "nodes:", t.node_count())
print("all:", list(t))
for p in ["th", "the", "to", "tea", "x", ""]:
    print("complete(%r): %s" % (p, t.complete(p)))
print("the" in t, "th" in t, "toothpaste" in t, "tooth" in t)
t.delete("toothpaste")
print("after delete:", "toothpaste" in t, "tooth" in t, t.complete("too"), "nodes:", t.node_count())
for bad in ("toothbrush", "th"):
    try:
        t.delete(bad)
    except KeyError as e:
        print("KeyError:", e)
t.insert("thermal", 10)
print("boosted:", t.complete("the", limit=5))
