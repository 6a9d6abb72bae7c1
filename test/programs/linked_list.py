# Singly linked list class with __iter__, __len__, __getitem__, __repr__, reversal, and merge sort.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for v in reversed(list(items)):
            self.push_front(v)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __contains__(self, v):
        return any(x == v for x in self)
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev: prev.next = cur.next
                else: self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError("%r not in list" % (v,))
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def sort(self):
        def split(node):
            slow, fast = node, node.next
            while fast and fast.next:
                slow, fast = slow.next, fast.next.next
            mid = slow.next
            slow.next = None
            return node, mid
        def merge(a, b):
            dummy = tail = Node(None)
            while a and b:
                if a.value <= b.value:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return dummy.next
        def msort(node):
            if node is None or node.next is None:
                return node
            a, b = split(node)
            return merge(msort(a), msort(b))
        self.head = msort(self.head)
ll = LinkedList([5, 3, 8])
ll.append(1)
ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], 8 in ll, 42 in ll)
ll.reverse()
print("reversed:", ll)
ll.sort()
print("sorted:", ll, list(ll) == sorted(ll))
ll.remove(5)
print("removed 5:", ll, len(ll))
try:
    ll.remove(100)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
words = LinkedList("the quick brown fox jumps".split())
words.sort()
print(words, max(words, key=len), sum(len(w) for w in words))
big = LinkedList(range(2000, 0, -1))
big.sort()
print(big[0], big[999], big[-1], len(big))
print(LinkedList(), len(LinkedList()), list(LinkedList("abc")))
