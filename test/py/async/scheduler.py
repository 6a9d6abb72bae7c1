# Checks several coroutines interleaved by a hand-written round-robin scheduler (no asyncio).
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "sleep"
class Channel:
    def __init__(self):
        self.items = []
    async def put(self, v):
        self.items.append(v)
        await Sleep(1)
    async def get(self):
        while not self.items:
            await Sleep(1)
        return self.items.pop(0)
def run_all(coros):
    tasks = [(i, c) for i, c in enumerate(coros)]
    results = {}
    tick = 0
    while tasks:
        still = []
        for tid, c in tasks:
            try:
                c.send(None)
                still.append((tid, c))
            except StopIteration as e:
                results[tid] = (e.value, tick)
            except Exception as e:
                results[tid] = ("error: %s" % e, tick)
        tasks = still
        tick += 1
    return [results[i] for i in sorted(results)]
log = []
async def worker(name, n, delay):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await Sleep(delay)
    return name + " done"
async def failing():
    await Sleep(2)
    raise ValueError("task failed")
print(run_all([worker("a", 3, 1), worker("b", 2, 2), failing()]))
print(log)
ch = Channel()
async def producer():
    for v in range(4):
        await ch.put(v * v)
    await ch.put(None)
    return "produced"
async def consumer():
    got = []
    while True:
        v = await ch.get()
        if v is None:
            return got
        got.append(v)
print(run_all([consumer(), producer()]))
async def gather(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results
async def square(v):
    await Sleep(v)
    return v * v
print(run_all([gather(square(1), square(2), square(3))]))
