# time: sleep advancing the clocks, clock consistency and monotonicity, clock types, gmtime/strftime/strptime of fixed timestamps, sleep argument errors.
import os
import time
from _support import attempt

os.environ['TZ'] = 'UTC'  # python3 must see the sandbox's zone whatever the host's
time.tzset()


# Clock types.
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    v = getattr(time, name)()
    n = getattr(time, name + '_ns')()
    print(name, type(v).__name__, type(n).__name__, v >= 0, n >= 0)
    info = time.get_clock_info(name)
    print('  ', info.monotonic, info.adjustable, info.resolution > 0, info.resolution < 1)

# sleep advances every wall and monotonic clock by at least the slept amount.
for secs in [0.01, 0.025, 0.05]:
    t0, m0, p0, w0 = time.time(), time.monotonic(), time.perf_counter(), time.time_ns()
    mn0, pn0 = time.monotonic_ns(), time.perf_counter_ns()
    r = time.sleep(secs)
    dt, dm, dp, dw = time.time() - t0, time.monotonic() - m0, time.perf_counter() - p0, time.time_ns() - w0
    dmn, dpn = time.monotonic_ns() - mn0, time.perf_counter_ns() - pn0
    need = int(secs * 1e9)
    print('sleep', secs, r, dt >= secs - 1e-3, dm >= secs, dp >= secs, dw >= need - 10**6, dmn >= need, dpn >= need)
    print('   not absurdly long', dm < secs + 5, dp < secs + 5)

# Several sleeps add up.
m0 = time.monotonic_ns()
for _ in range(5):
    time.sleep(0.01)
print('5 x 10ms', time.monotonic_ns() - m0 >= 50_000_000)
m0 = time.monotonic_ns()
time.sleep(0)
time.sleep(0.0)
time.sleep(False)
time.sleep(1e-9)
time.sleep(-0.0)
print('tiny sleeps', time.monotonic_ns() - m0 >= 0)
m0 = time.monotonic()
time.sleep(True)  # one second
print('sleep(True)', time.monotonic() - m0 >= 1.0)

# process_time measures CPU time, which sleeping does not use.
p0 = time.process_time()
time.sleep(0.05)
print('process time during sleep', time.process_time() - p0 < 0.05)
pt0 = time.thread_time_ns()
print(time.thread_time_ns() >= pt0)

# time() and time_ns() agree; the ns variants agree with the float ones.
a, b, c = time.time(), time.time_ns(), time.time()
print('time_ns between', a * 1e9 - 1e7 <= b <= c * 1e9 + 1e7)
a, b, c = time.monotonic(), time.monotonic_ns(), time.monotonic()
print('monotonic_ns between', a * 1e9 - 1e7 <= b <= c * 1e9 + 1e7)
a, b, c = time.perf_counter(), time.perf_counter_ns(), time.perf_counter()
print('perf_counter_ns between', a * 1e9 - 1e7 <= b <= c * 1e9 + 1e7)
print('after 2001', time.time() > 1e9, time.time_ns() > 10**18, time.gmtime().tm_year >= 2024)

# Monotonicity over many readings.
for f in [time.monotonic, time.perf_counter, time.monotonic_ns, time.perf_counter_ns, time.process_time]:
    prev = f()
    ok = True
    for _ in range(200):
        cur = f()
        ok = ok and cur >= prev
        prev = cur
    print(f.__name__, 'monotonic', ok)

# gmtime and strftime of fixed timestamps.
stamps = [0, 1, 59, 86399, 86400, 951782400, 951868800, 1000000000, 1234567890, 1700000000,
          1704067200, 2147483647, 2147483648, 4102444800, -1, -86400, -2208988800]
for t in stamps:
    g = time.gmtime(t)
    print(t, tuple(g), time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u', g))
for t in [0, 1234567890, 1704067200, 1709208000]:
    g = time.gmtime(t)
    print(time.strftime('%c|%x|%X|%y|%C|%e|%D|%T|%F|%R|%r|%I|%p|%h|%G|%V|%g|%%', g))
print(time.strftime('tab%tnl%nend', time.gmtime(0)).split())
print(repr(time.strftime('', time.gmtime(0))), time.strftime('no directives', time.gmtime(0)))
print(time.strftime('%Y', (2024, 2, 29, 12, 30, 45, 3, 60, 0)), time.strftime('%d/%m', (1999, 12, 31, 0, 0, 0, 4, 365, 0)))
print(time.strftime('%z %Z', time.gmtime(0)))
print(time.asctime(time.gmtime(1234567890)), time.asctime(time.gmtime(0)))
print(time.ctime(0), time.ctime(1704067200))
for t in [0.5, 1.999, -0.5, 1e9 + 0.75]:
    print(t, tuple(time.gmtime(t))[:6])
attempt('gmtime str', lambda: time.gmtime('0'))
attempt('gmtime huge', lambda: time.gmtime(1e20))
attempt('gmtime nan', lambda: time.gmtime(float('nan')))
attempt('strftime bad tuple', lambda: time.strftime('%Y', (2024,)))
attempt('strftime month 13', lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0)))
attempt('strftime bytes', lambda: time.strftime(b'%Y'))
attempt('strftime int', lambda: time.strftime(5))

# localtime and mktime in UTC.
for t in [0, 1234567890, 1704067200]:
    lt = time.localtime(t)
    print(t, tuple(lt) == tuple(time.gmtime(t)), time.mktime(lt), lt.tm_zone, lt.tm_gmtoff)
print(time.timezone, time.altzone, time.daylight, time.tzname)

# strptime.
for s, fmt in [('2024-01-01 12:34:56', '%Y-%m-%d %H:%M:%S'), ('29 Feb 2024', '%d %b %Y'),
               ('Thursday March 7 99', '%A %B %d %y'), ('23:59', '%H:%M'), ('100', '%j'),
               ('2009-02-13T23:31:30', '%Y-%m-%dT%H:%M:%S')]:
    st = time.strptime(s, fmt)
    print(s, '->', tuple(st))
attempt('strptime mismatch', lambda: time.strptime('2024-01-01', '%d/%m/%Y'))
attempt('strptime extra', lambda: time.strptime('2024-01-01 x', '%Y-%m-%d'))
attempt('strptime bad day', lambda: time.strptime('2023-02-29', '%Y-%m-%d'))
print(time.mktime(time.strptime('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S')))

# sleep argument errors.
for v in [-1, -0.001, float('-inf'), float('nan'), float('inf'), '1', None, [1], 1j, 2**63, 1e300]:
    attempt('sleep(%r)' % (v,), lambda: time.sleep(v))
attempt('sleep no args', lambda: time.sleep())
attempt('sleep two args', lambda: time.sleep(1, 2))
attempt('sleep keyword', lambda: time.sleep(secs=0))


class Index:
    def __index__(self):
        return 0


class Floaty:
    def __float__(self):
        return 0.0


attempt('sleep __index__', lambda: time.sleep(Index()))
attempt('sleep __float__', lambda: time.sleep(Floaty()))
attempt('time arg', lambda: time.time(1))
attempt('monotonic arg', lambda: time.monotonic(0))
attempt('get_clock_info bad', lambda: time.get_clock_info('nope'))
