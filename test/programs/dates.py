# Calendar arithmetic by hand: leap years, day of week (Zeller), day-of-year, days between dates, adding days, month calendars.
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def month_days(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]
def validate(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12, got %d" % m)
    if not 1 <= d <= month_days(y, m):
        raise ValueError("day %d out of range for %s %d" % (d, MONTHS[m - 1], y))
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def ordinal(y, m, d):
    validate(y, m, d)
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(month_days(y, i) for i in range(1, m))
    return days + d
def from_ordinal(n):
    y = max(1, n // 366)
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while ordinal(y, m, month_days(y, m)) < n:
        m += 1
    return y, m, n - ordinal(y, m, 1) + 1
def fmt(date):
    y, m, d = date
    return "%s %04d-%02d-%02d" % (NAMES[weekday(y, m, d)][:3], y, m, d)
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(fmt(date), "day of year:", ordinal(*date) - ordinal(date[0], 1, 1) + 1)
print("leap years 1896-1912:", [y for y in range(1896, 1913) if is_leap(y)])
print("days from moon landing to Y2K:", ordinal(2000, 1, 1) - ordinal(1969, 7, 20))
for start, delta in [((2023, 12, 25), 10), ((2024, 2, 28), 1), ((2023, 2, 28), 1), ((2000, 1, 1), 10000)]:
    print(fmt(start), "+", delta, "days =", fmt(from_ordinal(ordinal(*start) + delta)))
assert all(weekday(*from_ordinal(n)) == (n - 1) % 7 for n in range(730000, 731000)), "weekday consistent with ordinal"
def calendar(y, m):
    lines = [("%s %d" % (MONTHS[m - 1], y)).center(20), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + ["%2d" % d for d in range(1, month_days(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(calendar(2024, 2))
fridays = [(y, m) for y in range(2023, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("friday the 13ths:", fridays)
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        ordinal(*bad)
    except ValueError as e:
        print("ValueError:", e)
