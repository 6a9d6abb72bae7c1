# Ten-pin bowling scorer with frame-by-frame running totals, validation errors, and a rendered score sheet.
class BowlingError(Exception):
    pass
def frames(rolls):
    out, i = [], 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError("incomplete game: frame %d missing" % (frame + 1))
        if frame == 9:
            tenth = rolls[i:]
            need = 3 if len(tenth) >= 2 and (tenth[0] == 10 or tenth[0] + tenth[1] == 10) else 2
            if len(tenth) != need:
                raise BowlingError("tenth frame needs %d rolls, got %d" % (need, len(tenth)))
            if tenth[0] != 10 and tenth[0] + tenth[1] > 10:
                raise BowlingError("too many pins in frame 10")
            out.append(tenth)
            i = len(rolls)
        elif rolls[i] == 10:
            out.append([10])
            i += 1
        else:
            if i + 1 >= len(rolls):
                raise BowlingError("incomplete frame %d" % (frame + 1))
            if rolls[i] + rolls[i + 1] > 10:
                raise BowlingError("frame %d knocks down %d pins" % (frame + 1, rolls[i] + rolls[i + 1]))
            out.append(rolls[i:i + 2])
            i += 2
    return out
def score(rolls):
    if any(not 0 <= r <= 10 for r in rolls):
        raise BowlingError("invalid roll")
    fs = frames(rolls)
    totals, i, total = [], 0, 0
    for n, f in enumerate(fs):
        if n == 9:
            total += sum(f)
        elif f == [10]:
            total += 10 + rolls[i + 1] + rolls[i + 2]
        elif sum(f) == 10:
            total += 10 + rolls[i + 2]
        else:
            total += sum(f)
        i += len(f)
        totals.append(total)
    return fs, totals
def mark(f):
    out = []
    for j, r in enumerate(f):
        if r == 10 and (j == 0 or out[-1] in "X/" or len(f) == 3 and j == 2 and out[-1] == "X"):
            out.append("X")
        elif j > 0 and out[-1] not in "X/" and f[j - 1] + r == 10:
            out.append("/")
        else:
            out.append("-" if r == 0 else str(r))
    return " ".join(out)
def sheet(rolls):
    fs, totals = score(rolls)
    top = "|".join(mark(f).center(7) for f in fs)
    bottom = "|".join(str(t).center(7) for t in totals)
    return "|" + top + "|\n|" + bottom + "|"
games = {
    "perfect": [10] * 12,
    "all spares": [5, 5] * 10 + [5],
    "gutter": [0] * 20,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "nines": [9, 0] * 10,
}
for name, rolls in games.items():
    print(name, "->", score(rolls)[1][-1])
    print(sheet(rolls))
for bad in ([10] * 11, [5, 6] + [0] * 18, [0] * 19, [11] + [0] * 19, [0] * 18 + [5, 5]):
    try:
        score(bad)
    except BowlingError as e:
        print("BowlingError:", e)
