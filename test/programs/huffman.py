# Huffman coding with a hand-written priority queue: build codes, encode, decode, and report compression.
class PQ:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i and self.items[(i - 1) // 2][0:2] > self.items[i][0:2]:
            p = (i - 1) // 2
            self.items[i], self.items[p] = self.items[p], self.items[i]
            i = p
    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        top = items.pop()
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(items):
                break
            if c + 1 < len(items) and items[c + 1][0:2] < items[c][0:2]:
                c += 1
            if items[c][0:2] < items[i][0:2]:
                items[c], items[i] = items[i], items[c]
                i = c
            else:
                break
        return top
    def __len__(self):
        return len(self.items)
def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    pq = PQ()
    seq = 0
    for ch in sorted(freq):
        pq.push((freq[ch], seq, ch))
        seq += 1
    if len(pq) == 1:
        return {text[0]: "0"}, freq
    while len(pq) > 1:
        f1, _, a = pq.pop()
        f2, _, b = pq.pop()
        pq.push((f1 + f2, seq, (a, b)))
        seq += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix
    walk(pq.pop()[2], "")
    return codes, freq
def encode(text, codes):
    return "".join(codes[ch] for ch in text)
def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    if cur:
        raise ValueError("trailing bits: " + cur)
    return "".join(out)
text = "this is an example of a huffman tree built by hand in python"
codes, freq = build_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
bits = encode(text, codes)
print("bits:", len(bits), "vs", 8 * len(text), "ratio %.3f" % (len(bits) / (8 * len(text))))
print("decoded ok:", decode(bits, codes) == text)
prefix_free = all(not b.startswith(a) for a in codes.values() for b in codes.values() if a != b)
print("prefix free:", prefix_free)
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
print("packed bytes:", len(packed), packed[:8].hex())
print(build_codes("aaaa")[0])
try:
    decode(bits + "1", codes)
except ValueError as e:
    print("ValueError:", e)
