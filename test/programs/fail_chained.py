# Data loader whose failure is re-raised with 'raise ... from ...' and left uncaught (expected last stderr line "LoadError: could not load record 3").
# expect: exit=1 stderr-last='LoadError: could not load record 3'
class LoadError(Exception):
    def __init__(self, message, index):
        super().__init__(message)
        self.index = index
RAW = ["10,20,30", "1,2,3", "4,5,6", "7,x,9", "11,12,13"]
def parse_row(row):
    values = [int(v) for v in row.split(",")]
    if len(values) != 3:
        raise ValueError("expected 3 columns, got %d" % len(values))
    return values
def load(rows):
    table = []
    for i, row in enumerate(rows):
        try:
            table.append(parse_row(row))
        except ValueError as e:
            raise LoadError("could not load record %d" % i, i) from e
        print("loaded", i, table[-1], "sum", sum(table[-1]))
    return table
def summarize(rows):
    try:
        table = load(rows)
    finally:
        print("summarize finished (finally)")
    return [sum(col) for col in zip(*table)]
def load_skipping(rows):
    good, bad = [], []
    for i, row in enumerate(rows):
        try:
            good.append(parse_row(row))
        except ValueError as e:
            bad.append((i, str(e)))
    return good, bad
print("good subset:", summarize(RAW[:3]))
good, bad = load_skipping(RAW + ["1,2"])
print("skipping loader:", len(good), "good rows;", "bad:", bad)
try:
    summarize(RAW)
except LoadError as e:
    print("first attempt failed at index", e.index, "cause:", repr(e.__cause__))
print("retrying without recovery...")
print("full set:", summarize(RAW))
