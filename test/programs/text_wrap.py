# Text layout: greedy word wrap, full justification, centered headings, and a boxed table renderer.
TEXT = ("Python is an interpreted high-level general-purpose programming language. Its design "
        "philosophy emphasizes code readability with the use of significant indentation. Its "
        "language constructs as well as its object-oriented approach aim to help programmers "
        "write clear, logical code for small and large-scale projects.")
def wrap(text, width):
    lines, cur = [], []
    length = 0
    for word in text.split():
        if len(word) > width:
            raise ValueError("word too long: %r" % word)
        if cur and length + 1 + len(word) > width:
            lines.append(cur)
            cur, length = [], 0
        length += len(word) + (1 if cur else 0)
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]
for width in (30, 45):
    print("=" * width)
    lines = wrap(TEXT, width)
    for i, line in enumerate(lines):
        print(justify(line, width) if i < len(lines) - 1 else " ".join(line))
    print("=" * width)
print("[" + "Chapter 1".center(28, "~") + "]")
def table(headers, rows):
    cols = list(zip(headers, *rows))
    widths = [max(len(str(c)) for c in col) for col in cols]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    def fmt(row):
        cells = []
        for v, w in zip(row, widths):
            s = str(v)
            cells.append(" " + (s.rjust(w) if isinstance(v, (int, float)) else s.ljust(w)) + " ")
        return "|" + "|".join(cells) + "|"
    return "\n".join([sep, fmt(headers), sep] + [fmt(r) for r in rows] + [sep])
print(table(["language", "year", "typing", "score"],
            [["Python", 1991, "dynamic", 9.5], ["C", 1972, "static", 8.25], ["Haskell", 1990, "static", 7.0],
             ["JavaScript", 1995, "dynamic", 8.0]]))
try:
    wrap("short supercalifragilisticexpialidocious", 10)
except ValueError as e:
    print("ValueError:", e)
def hyphenate_count(text):
    return sum(1 for w in text.split() if "-" in w)
print("hyphenated words:", hyphenate_count(TEXT), "longest word:", max(TEXT.split(), key=len))
