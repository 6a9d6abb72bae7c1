# asyncio (short real delays, so that python3 runs it quickly): run, tasks and their interleaving, sleep ordering, gather, wait_for/timeouts, cancellation, Queue, Event, Lock, Semaphore, TaskGroup.
import asyncio

log = []


async def worker(name, delays):
    for d in delays:
        log.append(f'{name} sleeps {d}')
        await asyncio.sleep(d)
    log.append(f'{name} done')
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker('a', [0.2, 0.1]))
    t2 = asyncio.create_task(worker('b', [0.1, 0.3]), name='custom')
    print(t1.get_name(), t2.get_name(), t1.done())
    r = await t1
    print(r, t1.done(), t1.result(), t2.done())
    print(await t2)
    return 'main result'


print(asyncio.run(main()))
print(log)

# sleep(0) interleaving: round robin in creation order
log.clear()


async def spin(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return n


async def main2():
    results = await asyncio.gather(spin('x', 3), spin('y', 2), spin('z', 4))
    print(results)
    print(await asyncio.gather())
    print(await asyncio.gather(asyncio.sleep(0.05, 'slept'), spin('w', 1)))


asyncio.run(main2())
print(log)


# gather with exceptions
async def boom(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def main3():
    print(await asyncio.gather(value(1, 0.03), boom('bad', 0.01), value(3), return_exceptions=True))
    try:
        await asyncio.gather(value(1), boom('first', 0.01), boom('second', 0.02))
    except ValueError as e:
        print('gather raised', e)
    t = asyncio.create_task(boom('in task'))
    try:
        await t
    except ValueError as e:
        print('task raised', e, t.done(), type(t.exception()).__name__)
    same = value(7)
    print(await asyncio.gather(same, same), await asyncio.gather(value('a'), value('b')))


asyncio.run(main3())


# wait_for and timeouts (virtual time)
async def main4():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.wait_for(value('quick', 0.1), timeout=0.5))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.2)
    except asyncio.TimeoutError as e:
        print('timed out', type(e).__name__, loop.time() - start >= 0.29)
    print(await asyncio.wait_for(value('none'), None))
    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(0.3)
    except TimeoutError:
        print('timeout block expired', loop.time() - start >= 0.49)
    async with asyncio.timeout(0.5):
        await asyncio.sleep(0.1)
    print('in time', loop.time() - start >= 0.59)


asyncio.run(main4())


# cancellation
async def cancellable(events):
    try:
        events.append('started')
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        events.append('cancelled')
        raise
    finally:
        events.append('cleanup')


async def main5():
    events = []
    t = asyncio.create_task(cancellable(events))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting a cancelled task raises CancelledError')
    print(events, t.cancelled(), t.done(), t.cancel())
    t2 = asyncio.create_task(value(1))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('cancelled before start', t2.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main5())


# Queue: producer / consumer
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, q.qsize())
    await q.put(None)


async def consumer(q, name):
    got = []
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        got.append(item)
        await asyncio.sleep(0.01)
    print(name, 'got', got)
    return got


async def main6():
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.maxsize)
    await asyncio.gather(producer(q, 5), consumer(q, 'c1'))
    await q.join()
    print('joined', q.qsize())
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q3 = asyncio.Queue(1)
    q3.put_nowait('x')
    try:
        q3.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', q3.get_nowait())
    pq = asyncio.PriorityQueue()
    for v in (5, 1, 4):
        pq.put_nowait(v)
    lq = asyncio.LifoQueue()
    for v in (5, 1, 4):
        lq.put_nowait(v)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])
    try:
        q2.task_done()
    except ValueError as e:
        print('ValueError', e)


asyncio.run(main6())


# Event, Lock, Semaphore
async def waiter(ev, name):
    print(name, 'waiting')
    await ev.wait()
    print(name, 'woke')


async def locked_section(lock, name, trace):
    async with lock:
        trace.append(name + ' in')
        await asyncio.sleep(0.01)
        trace.append(name + ' out')


async def main7():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0.01)
    print('setting', ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    lock = asyncio.Lock()
    trace = []
    await asyncio.gather(*(locked_section(lock, n, trace) for n in 'abc'))
    print(trace, lock.locked())
    sem = asyncio.Semaphore(2)
    trace = []
    await asyncio.gather(*(locked_section(sem, n, trace) for n in 'abcd'))
    print(trace)
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main7())


# TaskGroup, current_task, misc
async def main8():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(value(1, 0.02))
        t2 = tg.create_task(value(2, 0.01))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom('tg failure', 0.01))
            slow = tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print('group:', [str(e) for e in eg.exceptions], slow.cancelled())
    print(asyncio.current_task().get_name().startswith('Task-'), asyncio.iscoroutinefunction(main8), asyncio.iscoroutinefunction(print))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 'from callback')
    print(await fut, fut.done(), repr(fut))
    order = []
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, 1)
    loop.call_later(0.02, order.append, 3)
    loop.call_later(0.01, order.append, 2)
    loop.call_soon(order.append, 0)
    await asyncio.sleep(0.03)
    print(order)
    done, pending = await asyncio.wait([asyncio.create_task(value(i, i / 10)) for i in (3, 1, 2)], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for p in pending:
        p.cancel()
    for c in asyncio.as_completed([value('slow', 0.02), value('fast', 0.01)]):
        print(await c)
    try:
        await asyncio.shield(value('shielded', 0.01))
    finally:
        print('shield done')


asyncio.run(main8())

for bad in (lambda: asyncio.run(1), lambda: asyncio.get_running_loop()):
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(value('loop')), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
