# String building and formatting: f-strings with format specs, %-formatting,
# str.format, str.join, slicing, and the common str methods (split, replace, strip,
# find, upper, startswith, partition, count), plus += concatenation.

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def render(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        lines.append(f"{i:05d} {w.upper():>8} {i * 0.25:8.2f} {w[::-1]}|")
        lines.append("%s-%d-%x-%5.1f" % (w, i, i * 7, i / 3))
        lines.append("{}/{:>4}/{:<6}|".format(w.capitalize(), i % 97, w[:3]))
    return "\n".join(lines)


def analyse(text):
    fields = 0
    hexes = 0
    for line in text.split("\n"):
        if line.startswith("0"):
            fields += len(line.split())
        head, sep, tail = line.partition("-")
        if sep:
            hexes += len(tail.rsplit("-", 1)[0])
        if line.find("pi") >= 0:
            fields += 1
    return fields, hexes


def checksum(text):
    h = 0
    for ch in text[::5]:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


text = render(12000)
fields, hexes = analyse(text)
replaced = text.replace("alpha", "A").replace("beta", "B")
acc = ""
for i in range(3000):
    acc += str(i % 10)
    if i % 100 == 99:
        acc = acc.strip("0") + "."
csv = ",".join(str(len(w)) + w[0] for w in text.split()[:5000])
print(f"strings: len={len(text)} fields={fields} hexes={hexes} A={replaced.count('A')} "
      f"upper={sum(1 for c in replaced[:20000] if c.isupper())} acc={len(acc)} "
      f"csv={len(csv)} sum={checksum(text)}")
