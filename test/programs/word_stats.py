# Text statistics: word frequencies, longest words, sentence counts, letter histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything
before us, we had nothing before us! Were we all going direct to Heaven? We
were all going direct the other way."""
def words(text):
    out = []
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out
ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print("%-8s %3d %s" % (w, c, "#" * c))
sentences = [s for s in TEXT.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print("sentences:", len(sentences))
longest = sorted(set(ws), key=lambda w: (-len(w), w))[:3]
print("longest:", longest)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
for ch in sorted(letters, key=lambda c: (-letters[c], c))[:5]:
    print("%s %5.2f%%" % (ch, 100 * letters[ch] / total))
lines = TEXT.splitlines()
print("lines:", len(lines), "avg length: %.1f" % (sum(map(len, lines)) / len(lines)))
caps = sorted({w.strip(".,!?") for w in TEXT.split() if w[0].isupper()})
print("capitalized:", caps)
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
best = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
print("most common bigram:", " ".join(best[0]), best[1])
by_len = {}
for w in set(ws):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len)[:4]:
    print(n, sorted(by_len[n]))
