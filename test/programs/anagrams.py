# String processing with anagrams: grouping, palindromes, word ladders via BFS, and letter-multiset subtraction.
WORDS = """listen silent enlist inlets tinsel google banana stone tones notes onset
steno cold cord card ward warm word worm wore core bore more rats star arts tsar
level racecar noon refer civic apple paper tap pat apt evil vile live veil""".split()
groups = {}
for w in WORDS:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
    if len(groups[key]) > 1:
        print("%-8s %s" % (key, " ".join(sorted(groups[key]))))
print("palindromes:", [w for w in WORDS if w == w[::-1]])
def is_pal_sentence(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]
for s in ["A man, a plan, a canal: Panama!", "No lemon, no melon", "Not a palindrome"]:
    print(repr(s), is_pal_sentence(s))
def neighbours(word, vocab):
    for i in range(len(word)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            cand = word[:i] + c + word[i + 1:]
            if cand != word and cand in vocab:
                yield cand
def ladder(start, goal, vocab):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in sorted(neighbours(w, vocab)):
                if n not in prev:
                    prev[n] = w
                    if n == goal:
                        path = [n]
                        while prev[path[-1]]:
                            path.append(prev[path[-1]])
                        return path[::-1]
                    nxt.append(n)
        frontier = nxt
    return None
vocab = set(WORDS)
print("ladder cold->warm:", ladder("cold", "warm", vocab))
print("ladder core->worm:", ladder("core", "worm", vocab))
print("ladder cold->apple:", ladder("cold", "apple", vocab))
def can_spell(word, tiles):
    counts = {}
    for t in tiles:
        counts[t] = counts.get(t, 0) + 1
    for ch in word:
        if not counts.get(ch):
            return False
        counts[ch] -= 1
    return True
tiles = "aelrstn"
print("spellable from", tiles + ":", sorted(w for w in set(WORDS) if can_spell(w, tiles)))
def char_freq_signature(w):
    return tuple(w.count(c) for c in "aeiou")
print("vowel signatures:", sorted({char_freq_signature(w) for w in WORDS})[:5])
