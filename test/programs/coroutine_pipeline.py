# Generator-based coroutines (send) assembled into a push pipeline: parser -> filter -> aggregator -> sink.
def coroutine(fn):
    def start(*args, **kw):
        c = fn(*args, **kw)
        next(c)
        return c
    start.__name__ = fn.__name__
    return start
@coroutine
def sink(results):
    try:
        while True:
            item = yield
            results.append(item)
    except GeneratorExit:
        results.append("sink closed")
        raise
@coroutine
def parse_log(target):
    try:
        while True:
            line = yield
            parts = line.split()
            if len(parts) != 3:
                target.send(("malformed", line))
                continue
            level, service, ms = parts
            target.send((level, service, int(ms)))
    finally:
        target.close()
@coroutine
def filter_level(target, levels):
    try:
        while True:
            rec = yield
            if rec[0] in levels or rec[0] == "malformed":
                target.send(rec)
    finally:
        target.close()
@coroutine
def aggregate(target):
    stats = {}
    try:
        while True:
            rec = yield
            if rec[0] == "malformed":
                target.send("skipped: " + rec[1])
                continue
            _, service, ms = rec
            n, total, worst = stats.get(service, (0, 0, 0))
            stats[service] = (n + 1, total + ms, max(worst, ms))
            target.send("%s avg=%.1f worst=%d" % (service, (total + ms) / (n + 1), max(worst, ms)))
    except GeneratorExit:
        for svc in sorted(stats):
            n, total, worst = stats[svc]
            target.send("FINAL %s n=%d total=%d worst=%d" % (svc, n, total, worst))
        target.close()
LOG = """INFO api 120
WARN db 340
ERROR api 900
INFO cache 3
garbage
WARN api 200
ERROR db 1200
INFO db 15
WARN cache 45""".splitlines()
results = []
pipeline = parse_log(filter_level(aggregate(sink(results)), {"WARN", "ERROR"}))
for line in LOG:
    pipeline.send(line)
pipeline.close()
print("\n".join(results))
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += v
        count += 1
        avg = total / count
a = averager()
print([a.send(v) for v in (10, 20, 60)])
print(a.throw(ValueError), a.send(5))
