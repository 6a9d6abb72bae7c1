# Converts integers to English words (including negatives and big numbers) and parses them back; ordinals too.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ["", "thousand", "million", "billion", "trillion", "quadrillion"]
def under_thousand(n):
    words = []
    if n >= 100:
        words += [ONES[n // 100], "hundred"]
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        words.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n or not words:
        words.append(ONES[n])
    return " ".join(words)
def to_words(n):
    if n < 0:
        return "minus " + to_words(-n)
    if n == 0:
        return "zero"
    groups = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    if len(groups) > len(SCALES):
        raise OverflowError("number too large to spell")
    parts = []
    for i in range(len(groups) - 1, -1, -1):
        if groups[i]:
            parts.append(under_thousand(groups[i]) + (" " + SCALES[i] if SCALES[i] else ""))
    return ", ".join(parts)
def from_words(text):
    lookup = {w: i for i, w in enumerate(ONES)}
    lookup.update({w: 10 * i for i, w in enumerate(TENS) if w})
    total, cur, sign = 0, 0, 1
    for tok in text.replace(",", " ").replace("-", " ").split():
        if tok == "minus":
            sign = -1
        elif tok == "and":
            continue
        elif tok == "hundred":
            cur *= 100
        elif tok in SCALES:
            total += cur * 1000 ** SCALES.index(tok)
            cur = 0
        elif tok in lookup:
            cur += lookup[tok]
        else:
            raise ValueError("unknown number word %r" % tok)
    return sign * (total + cur)
IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
def ordinal_words(n):
    words = to_words(n)
    head, sep, last = words.rpartition(" ")
    pre, dash, last_part = last.rpartition("-")
    if last_part in IRREGULAR:
        last_part = IRREGULAR[last_part]
    elif last_part.endswith("y"):
        last_part = last_part[:-1] + "ieth"
    else:
        last_part += "th"
    return head + sep + pre + dash + last_part
def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))
for n in [0, 7, 13, 21, 40, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, -58, 2 ** 31 - 1, 10 ** 15 + 7]:
    w = to_words(n)
    assert from_words(w) == n, "round trip %d" % n
    print("%16d  %s" % (n, w))
print([ordinal_words(n) for n in (1, 2, 3, 5, 8, 9, 12, 20, 21, 42, 100, 1000003)])
print([ordinal_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112)])
assert all(from_words(to_words(n)) == n for n in range(-200, 3000)), "round trip range"
print("round trips ok")
try:
    to_words(10 ** 18)
except OverflowError as e:
    print("OverflowError:", e)
try:
    from_words("twenty bazillion")
except ValueError as e:
    print("ValueError:", e)
letters = sum(len(to_words(n).replace(" ", "").replace("-", "").replace(",", "")) for n in range(1, 1001))
print("letters used writing 1..1000:", letters)
