# Frames that Python code holds on to (tracebacks, sys._getframe, f_back) keep their contents after
# the call returns, however many calls of the same function follow. (The VM reuses the frames of
# returned calls; these are the frames it must not reuse.)
import sys


def leaf(n):
    marker = f'leaf-{n}'
    return sys._getframe()


def middle(n):
    tag = f'middle-{n}'
    return leaf(n)


kept = [middle(i) for i in range(3)]
for i in range(50):
    middle(100 + i)                  # more calls of the same code
for f in kept:
    print(f.f_code.co_name, f.f_locals['marker'], f.f_back.f_code.co_name, f.f_back.f_locals['tag'])


def fail(n):
    secret = n * 2
    raise ValueError(n)


def catch(n):
    try:
        fail(n)
    except ValueError as e:
        return e


errors = [catch(i) for i in range(3)]
for i in range(50):
    catch(1000 + i)
for e in errors:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals['secret'], tb.tb_lineno)


def caller_name():
    return sys._getframe(1).f_code.co_name


def outer_a():
    return caller_name()


def outer_b():
    return caller_name()


print([outer_a() if i % 2 else outer_b() for i in range(4)])


def gen():
    frame = sys._getframe()
    yield frame.f_back is not None
    yield 'second'


g = gen()
print(next(g), g.gi_frame.f_back)


# Recursion reuses frames at every depth; results must be unaffected.
def depth_sum(n, acc):
    if n == 0:
        return acc
    local = n * 3
    r = depth_sum(n - 1, acc + local)
    return r + (local - n * 3)


print([depth_sum(k, 0) for k in (0, 1, 10, 200)])


# Locals of a recycled frame never leak into the next call.
def fresh(first, flag=False):
    if flag:
        leftover = first
    try:
        return leftover
    except UnboundLocalError as e:
        return type(e).__name__


print(fresh(1, True), fresh(2), fresh(3, True), fresh(4))
