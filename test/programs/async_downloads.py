# Async/await simulation of concurrent downloads with a hand-written event loop (virtual clock, sleeping, timeouts, cancellation).
class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)
class Cancelled(Exception):
    pass
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}
        self.log = []
        self.seq = 0
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def cancel(self, name):
        for i, (t, n, coro) in enumerate(self.sleeping):
            if n == name:
                del self.sleeping[i]
                self.ready.append((name, coro, Cancelled("cancelled at t=%d" % self.now)))
                return True
        return False
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                t, name, coro = self.sleeping.pop(0)
                self.now = t
                self.ready.append((name, coro, None))
            name, coro, exc = self.ready.pop(0)
            try:
                req = coro.throw(exc) if exc else coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append("t=%3d %s finished -> %r" % (self.now, name, e.value))
                continue
            except Exception as e:
                self.results[name] = e
                self.log.append("t=%3d %s failed: %s: %s" % (self.now, name, type(e).__name__, e))
                continue
            kind, delay = req
            self.sleeping.append((self.now + delay, name, coro))
loop = Loop()
async def download(url, size, speed):
    got = 0
    chunks = 0
    try:
        while got < size:
            await Sleep(10)
            got = min(size, got + speed)
            chunks += 1
            if "bad" in url and got > size // 2:
                raise IOError("connection reset for " + url)
    except Cancelled:
        return "%s cancelled after %d bytes" % (url, got)
    return "%s: %d bytes in %d chunks" % (url, got, chunks)
async def watchdog(limit, victim):
    await Sleep(limit)
    loop.log.append("t=%3d watchdog cancels %s: %s" % (loop.now, victim, loop.cancel(victim)))
    return "watchdog done"
async def pipeline():
    first = await download_twice("a.txt", 30)
    return "pipeline got " + first
async def download_twice(url, size):
    r1 = await download(url, size, 15)
    r2 = await download(url.upper(), size, 30)
    return r1.split(":")[0] + " & " + r2.split(":")[0]
loop.spawn("small", download("small.bin", 100, 50))
loop.spawn("large", download("large.iso", 1000, 40))
loop.spawn("broken", download("bad.zip", 200, 60))
loop.spawn("seq", pipeline())
loop.spawn("dog", watchdog(150, "large"))
loop.run()
print("\n".join(loop.log))
print("clock:", loop.now)
print(sorted((k, type(v).__name__) for k, v in loop.results.items()))
