# Comprehensions and sorting: list/dict/set comprehensions (nested, with conditions),
# sorted() and list.sort() with key=lambda and tuple keys, reverse sorts, min/max with
# keys, zip, enumerate, map and filter.


def make_records(n, seed):
    x = seed
    records = []
    for i in range(n):
        x = (x * 69069 + 1) % 4294967296
        records.append((f"user{x % 1000:03d}", x % 97, (x >> 8) % 1000 / 10.0, i))
    return records


records = make_records(20000, 2024)

by_score = sorted(records, key=lambda r: (-r[2], r[0], r[3]))
by_name = sorted(records, key=lambda r: r[0])
groups = {}
for name, age, score, idx in records:
    groups.setdefault(age, []).append(score)
averages = {age: sum(s) / len(s) for age, s in groups.items()}
best_age = max(averages, key=lambda a: (averages[a], -a))
names = {r[0] for r in records if r[1] % 2 == 0}
pairs = [(a, b) for a in range(60) for b in range(a, 60) if (a * b) % 7 == 3]
squares = [x * x for x in range(30000) if x % 3]
matrix = [[(i * j) % 10 for j in range(40)] for i in range(40)]
flat = sorted([v for row in matrix for v in row], reverse=True)
scores = [r[2] for r in records]
scores.sort()
ranks = {name: i for i, (name, _, _, _) in enumerate(by_score[:500])}
evens = list(filter(lambda r: r[3] % 2 == 0, records))
lengths = list(map(lambda r: len(r[0]) + r[1], evens))
inverted = sorted(zip(scores[:1000], range(1000)), key=lambda p: (p[0] % 7, -p[1]))
words = sorted(["delta", "Alpha", "charlie", "Bravo", "echo", "alpha"] * 500, key=str.lower)
print(f"sorting: top={by_score[0][0]}/{by_score[0][2]} first={by_name[0][0]} best_age={best_age} "
      f"names={len(names)} pairs={len(pairs)} sq={sum(squares) % 1000003} flat={sum(flat[:100])} "
      f"median={scores[len(scores) // 2]} ranks={len(ranks)} lens={sum(lengths)} "
      f"inv={inverted[0]} w={words[0]}{words[-1]}")
