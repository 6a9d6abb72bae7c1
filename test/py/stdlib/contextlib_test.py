# contextlib: contextmanager (exceptions in and out), ContextDecorator, suppress, closing, nullcontext, redirect_stdout, ExitStack.
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout

log = []


@contextmanager
def tag(name):
    log.append('<%s>' % name)
    try:
        yield name.upper()
    finally:
        log.append('</%s>' % name)


with tag('a') as t:
    log.append(t)
print(log)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', type(e).__name__, e)


with swallow(KeyError):
    raise KeyError('k')
print('after swallow')
try:
    with swallow(KeyError):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError('transformed') from e


try:
    with transform():
        1 / 0
except ValueError as e:
    print(e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def ignore_throw():
    try:
        yield
    except Exception:
        pass
    yield


for cm in (no_yield(), two_yields()):
    try:
        with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    with ignore_throw():
        raise TypeError
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def stopper():
    yield


try:
    with stopper():
        raise StopIteration('stop!')
except StopIteration as e:
    print('StopIteration kept', e)


@tag('deco')
def decorated(x):
    log.append('body %d' % x)
    return x * 2


log.clear()
print(decorated(1), decorated(2), log, decorated.__name__)

with suppress(KeyError, IndexError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
print('suppress ok')


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap) as target:
    print('hidden', 1)
print(target is cap, cap.parts)

# ExitStack
order = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, 'cb%d' % i)
    stack.enter_context(tag('in-stack'))
    stack.push(lambda *exc: order.append('push') and False)
print(order, log[-2:])

with ExitStack() as stack:
    stack.push(lambda et, ev, tb: et is KeyError)
    raise KeyError('swallowed by callback')
print('stack suppressed')


def fail(msg):
    raise ValueError(msg)


try:
    with ExitStack() as stack:
        stack.callback(fail, 'first')
        stack.callback(fail, 'second')
        raise IndexError('body')
except ValueError as e:
    print(e, '<-', repr(e.__context__), '<-', repr(e.__context__.__context__))

with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, 'moved callback')
    moved = inner.pop_all()
    outer.push(moved)
    inner.close()
    print('before exit')
s = ExitStack()
s.callback(print, 'closed explicitly')
s.close()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError', e)


class CM(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('exit', exc[0])


with CM() as me:
    print(type(me).__name__)


class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter deco')
        return self

    def __exit__(self, *exc):
        print('exit deco')
        return False


@Deco()
def g():
    print('in g')


g()
