# Checks async for, async with, async generators, and async comprehensions with a hand-written loop.
class Tick:
    def __await__(self):
        yield "tick"
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1
log = []
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        log.append("enter " + self.name)
        await Tick()
        return self
    async def __aexit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return et is KeyError
async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    else:
        out.append("else")
    async with Resource("a") as r:
        out.append(r.name)
    async with Resource("b"):
        raise KeyError("suppressed")
    try:
        async with Resource("c"):
            raise ValueError("escapes")
    except ValueError as e:
        out.append(str(e))
    return out
print(run(main()))
print(log)
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i
async def consume():
    res = []
    async for v in agen(4):
        res.append(v)
    comp = [x async for x in agen(3)]
    filtered = [x async for x in agen(5) if x % 2]
    return res, comp, filtered
print(run(consume()))
ag = agen(1)
print(type(ag).__name__, ag.__aiter__() is ag)
async def step():
    first = await ag.__anext__()
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        return first, "exhausted"
print(run(step()))
async def early_break():
    async for v in ARange(10):
        if v == 2:
            break
    return v
print(run(early_break()))
