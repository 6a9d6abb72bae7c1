# Interval algorithms: merging, insertion, intersections, meeting-room count, and free-slot finding in a calendar.
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
def rooms_needed(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    cur = best = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best
def fmt(t):
    return "%02d:%02d" % divmod(t, 60)
def free_slots(busy, day_start, day_end, min_len):
    slots, cur = [], day_start
    for s, e in merge(busy):
        if s - cur >= min_len:
            slots.append((cur, s))
        cur = max(cur, e)
    if day_end - cur >= min_len:
        slots.append((cur, day_end))
    return slots
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 11)]))
print(merge([(1, 4), (4, 5)]), merge([]), merge([(5, 7), (1, 2)]))
print(intersect([(0, 2), (5, 10), (13, 23), (24, 25)], [(1, 5), (8, 12), (15, 24), (25, 26)]))
meetings = [(9 * 60, 10 * 60 + 30), (9 * 60 + 15, 9 * 60 + 45), (10 * 60, 11 * 60), (11 * 60, 12 * 60), (9 * 60 + 30, 13 * 60)]
print("rooms needed:", rooms_needed(meetings))
alice = [(9 * 60, 10 * 60), (12 * 60, 13 * 60), (16 * 60, 17 * 60)]
bob = [(9 * 60 + 30, 11 * 60), (14 * 60, 14 * 60 + 20)]
for s, e in free_slots(alice + bob, 8 * 60, 18 * 60, 45):
    print("free %s-%s (%d min)" % (fmt(s), fmt(e), e - s))
def total_covered(intervals):
    return sum(e - s for s, e in merge(intervals))
print("covered minutes:", total_covered(alice + bob))
