# Dict and set counting: word frequencies, bigram counts with tuple keys, letter counts,
# a dict of sets, and the top entries by count. The text comes from a fixed LCG.

VOCAB = ("the quick brown fox jumps over lazy dog and then runs far away from "
         "a big red barn where cows sleep under old oak trees while birds sing "
         "songs of summer rain falling softly on green fields near river banks").split()


def make_text(n, seed):
    x = seed
    words = []
    for _ in range(n):
        x = (x * 1664525 + 1013904223) % 4294967296
        words.append(VOCAB[(x >> 16) % len(VOCAB)])
        if x % 11 == 0:
            words.append(VOCAB[x % 7].upper() + ".")
    return " ".join(words)


text = make_text(50000, 12345)
words = [w.strip(".").lower() for w in text.split()]

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

bigrams = {}
for a, b in zip(words, words[1:]):
    key = (a, b)
    if key in bigrams:
        bigrams[key] += 1
    else:
        bigrams[key] = 1

letters = {}
for w in words[:20000]:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1

followers = {}
for a, b in zip(words, words[1:]):
    followers.setdefault(a, set()).add(b)

seen = set()
first_repeat = None
for i, w in enumerate(words):
    if w in seen and first_repeat is None:
        first_repeat = i
    seen.add(w)

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
top_bigram = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
rare_letter = min(letters, key=lambda c: (letters[c], c))
widest = max(sorted(followers), key=lambda w: len(followers[w]))
print(f"wordcount: words={len(words)} unique={len(counts)} bigrams={len(bigrams)} "
      f"top={top} bigram={top_bigram} rare={rare_letter} widest={widest} repeat={first_repeat}")
