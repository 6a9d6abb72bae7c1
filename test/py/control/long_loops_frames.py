# Loops long enough that the VM replaces the running frame's value stack with a copy (every 1,024
# backward jumps; see ARCHITECTURE.md, "Young value stacks"): locals, frame objects taken before
# the loop, generators, closures and tracebacks must not notice.
import sys


def for_loop(n):
    frame = sys._getframe()
    total = 0.0
    for i in range(n):
        total += i * 0.5
    # The frame object taken before the loop sees the values after it.
    return total, frame.f_locals['total'], frame.f_locals['i'], sorted(locals())


print(for_loop(5000))


def while_loop(n):
    i = 0
    acc = []
    while i < n:
        acc.append(i * 1.5)
        i += 1
    j = n
    while not j == 0:
        j -= 1
    k = 0
    while True:
        k += 1
        if k >= n:
            break
    return i, j, k, len(acc), acc[-1], sum(acc)


print(while_loop(4000))


def gen(n):
    x = 0.25
    for i in range(n):
        x = x * 1.0001 + i
        if i % 997 == 0:
            yield i, x
    yield 'done', round(x, 6)


print(list(gen(6000)))


def counter():
    count = 0

    def bump(k):
        nonlocal count
        for _ in range(k):
            count += 1
        return count

    return bump


b = counter()
print(b(3000), b(3000))


def fails_late(n):
    values = [1.5] * 10
    for i in range(n):
        values[i % 10] = values[i % 10] * 1.0 + 1
    return values[n]  # IndexError, after thousands of back edges


try:
    fails_late(5000)
except IndexError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print('IndexError:', e, tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals['i'])


def nested(n):
    out = 0
    for i in range(n):
        for j in range(3):
            out += i * j
    return out


print(nested(3000), [nested(k) for k in (0, 1, 700)])

# At module level too: the module frame loops.
t = 0.0
for i in range(5000):
    t += 0.1
print(round(t, 6), i)
