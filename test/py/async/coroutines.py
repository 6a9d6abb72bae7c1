# Checks async def/await driven by a hand-written loop using coro.send(None); no asyncio.
class Yield:
    """Awaitable that suspends once, handing a value to the driver."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got
def run(coro, replies=()):
    replies = list(replies)
    trace = []
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value, trace
        trace.append(req)
        value = replies.pop(0) if replies else None
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await Yield("suspend-1")
    z = await Yield("suspend-2")
    return x, y, z
print(run(main(), ["r1", "r2"]))
c = add(1, 1)
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
async def raiser():
    await Yield("before")
    raise ValueError("from coroutine")
async def handler():
    try:
        await raiser()
    except ValueError as e:
        return "handled: " + str(e)
print(run(handler()))
async def nested(n):
    if n == 0:
        await Yield("bottom")
        return 0
    return 1 + await nested(n - 1)
print(run(nested(5)))
co = main()
try:
    co.send("x")
except TypeError as e:
    print(e)
co.close()
async def awaited_twice():
    return 1
c = awaited_twice()
async def waiter():
    a = await c
    try:
        await c
    except RuntimeError as e:
        return a, str(e)
print(run(waiter()))
class NotAwaitable: pass
async def bad_await():
    await NotAwaitable()
try:
    run(bad_await())
except TypeError as e:
    print(e)
async def thrower():
    try:
        await Yield("wait")
    except KeyError as e:
        return "got " + repr(e)
co = thrower()
print(co.send(None))
try:
    co.throw(KeyError("injected"))
except StopIteration as e:
    print(e.value)
