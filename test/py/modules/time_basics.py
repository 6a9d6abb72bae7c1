# time: struct_time, gmtime/localtime/mktime/asctime/ctime/strftime/strptime of fixed values, the clocks and sleep, error messages.
import time

try:
    import os
    os.environ['TZ'] = 'UTC'  # python3 must see the sandbox's zone whatever the host's
except ImportError:
    pass
time.tzset()


def show(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


T = (2024, 1, 1, 0, 0, 0, 0, 1, 0)
ST = time.struct_time

print('--- module constants')
print(time.timezone, time.altzone, time.daylight, time.tzname, time._STRUCT_TM_ITEMS)

print('--- struct_time')
s = ST(T)
print(s)
print(s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, s.tm_wday, s.tm_yday, s.tm_isdst, s.tm_zone, s.tm_gmtoff)
print(len(s), s[0], s[-1], s[2:5], s == T, hash(s) == hash(T), isinstance(s, tuple), s + (1,), s.count(0), s.index(1))
print(ST.n_fields, ST.n_sequence_fields, ST.n_unnamed_fields, ST.__match_args__, ST.__name__, ST.__module__)
full = ST(T + ('EST', -18000))
print(full, full.tm_zone, full.tm_gmtoff, full.__reduce__())
print(ST(T, {'tm_zone': 'Q', 'tm_gmtoff': 7, 'bogus': 1}).__reduce__())
print(ST(T + ('X',), {'tm_zone': 'Q', 'tm_gmtoff': 7}).__reduce__())
print(ST(list(T)), ST(iter(T)) == s, ST(sequence=T) == s, ST('abcdefghi'))
print(ST(s).tm_zone, ST(time.gmtime(0)).tm_zone, type(time.gmtime(0)) is ST)
show('too short', lambda: ST(T[:3]))
show('too long', lambda: ST(T + (1, 2, 3)))
show('not a sequence', lambda: ST(5))
show('dict not a dict', lambda: ST(T, 5))
show('dict None', lambda: ST(T, None))
show('no args', lambda: ST())
show('3 args', lambda: ST(T, {}, 3))
show('__new__ of int', lambda: ST.__new__(int, T))


def setfield():
    s.tm_year = 5


show('set field', setfield)


def subclass():
    class X(ST):
        pass


show('subclass', subclass)

print('--- gmtime / localtime / ctime')
for v in [0, 1, -1, 86399, 86400, 951782400, 1e9, 1234567890.987, -1.5, -0.5, 1.9999999, 2**31 - 1, 2**31, -2**31, 10**10,
          253402300799, 253402300800, -62135596800, -62135596801, 2**40, -2**40, 2**55, True,
          67768036191676799, 67768036191676800, -67768040609740800, -67768040609740801,
          2**63 - 1, 2**63, -2**63, -2**63 - 1, 1e19, -1e19, 2.0**63, float('inf'), float('-inf'), float('nan'), '1', [1], 1j]:
    show('gmtime(%r)' % (v,), lambda: time.gmtime(v))
for v in [0, 1e9, -1e12, 67768036191676799]:
    lt = time.localtime(v)
    print('localtime', v, lt, lt.tm_zone, lt.tm_gmtoff, lt == time.gmtime(v))
    show('ctime(%r)' % (v,), lambda: time.ctime(v))
print(time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
show('gmtime 2 args', lambda: time.gmtime(1, 2))
show('gmtime kw', lambda: time.gmtime(seconds=1))
show('localtime 2 args', lambda: time.localtime(1, 2))
show('ctime 2 args', lambda: time.ctime(1, 2))
show('ctime str', lambda: time.ctime('x'))
print(type(time.gmtime()) is ST, type(time.localtime(None)) is ST, len(time.ctime()), len(time.asctime()))

print('--- asctime')
for tup in [T, (2024, 2, 29, 23, 59, 61, 6, 60, 1), (-5, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 0, 0, 0, 0, 0, -1, 0, 0),
            (2**31 - 1, 12, 31, 0, 0, 0, 2, 1, 0), (-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, 0), (999, 7, 4, 9, 5, 3, 100, 1, 0),
            [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024, 1, 1, 0, 0, 0, 0, 1), (2024, 1.0, 1, 0, 0, 0, 0, 1, 0),
            (2024, '1', 1, 0, 0, 0, 0, 1, 0), (2**31, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31 + 1899, 1, 1, 0, 0, 0, 0, 1, 0),
            (2**70, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 2**31 - 1, 1, 0),
            (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, -1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
            (2024, 1, 1, 0, 0, 0, 0, -1, 0), None]:
    show('asctime(%r)' % (tup,), lambda: time.asctime(tup))
print(time.asctime(time.gmtime(1e11)), time.asctime(time.localtime(-1e10)))
show('asctime zone not str', lambda: time.asctime(ST(T + (5, None))))
show('asctime 2 args', lambda: time.asctime(T, T))
show('asctime kw', lambda: time.asctime(t=T))

print('--- mktime')
for tup in [T, time.gmtime(12345), time.gmtime(-12345), (1969, 12, 31, 23, 59, 59, 0, 0, 0), (2024, 13, 1, 0, 0, 0, 0, 1, 0),
            (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, -5, -40, -100, -1000, -100000, 0, 0, 0), (2024, 1, 1, 0, 0, 0, 9, 999, 0),
            (2024, 1, 1, 0, 0, 0, 0, 1, 1), (2024, 7, 1, 0, 0, 0, 0, 1, 5), (2024, 1, 1, 0, 0, 0, 0, 1, -1),
            (2**31 - 1, 12, 31, 23, 59, 60, 0, 0, 0), (-2**31 + 1900, 1, 1, 0, 0, 0, 0, 0, 0),
            (-2**31 + 1900, 1, 1, 0, 0, -1, 0, 0, 0), (2**31 - 1, 2**31 - 1, 1, 0, 0, 0, 0, 0, 0), (1, 1, 1, 0, 0, 0, 0, 0, 0),
            (2**31, 1, 1, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 0, 0, 0, 1), [2024, 1, 1, 0, 0, 0, 0, 1, 0], 5]:
    show('mktime(%r)' % (tup,), lambda: time.mktime(tup))
for v in [0, 1, -1, 10**9, -10**11, 2**40]:
    print('round trip', v, time.mktime(time.localtime(v)) == v)
show('mktime no args', lambda: time.mktime())
show('mktime 2 args', lambda: time.mktime(T, 1))
show('mktime kw', lambda: time.mktime(t=T))

print('--- strftime')
DIRECTIVES = 'aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%'
tuples = [T, (2024, 3, 5, 13, 4, 5, 1, 65, 0), (2023, 12, 31, 23, 59, 60, 6, 365, 1), (2021, 1, 3, 12, 0, 0, 6, 3, -1),
          (2020, 12, 31, 0, 30, 0, 3, 366, 0), (1999, 6, 15, 7, 8, 9, 2, 166, 0), (2024, 0, 0, 0, 0, 0, -1, 0, 0)]
for tup in tuples:
    print(tup, repr(time.strftime('|'.join('%' + c for c in DIRECTIVES), tup)))
for y in [0, 1, 9, 99, 999, 1000, -1, -99, -100, -101, -999, -1000, -12345, 12345, 2**31 - 1, -2**31 + 1900]:
    tup = (y, 3, 5, 1, 2, 3, 0, 1, 0)
    print(y, repr(time.strftime('%Y|%C|%y|%G|%g|%F|%c|%x|%D|%s|%V|%U|%W|%j|%u|%w', tup)),
          repr(time.strftime('%4Y|%_5Y|%-Y|%05C|%_3y|%3G|%-g', tup)))
T2 = (2024, 3, 5, 13, 4, 5, 1, 65, 0)
for c in 'aAbBcCdeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%Qf+':
    print(c, repr(time.strftime('|'.join(p + c for p in ['%', '%E', '%O', '%^', '%#', '%8', '%-8', '%_8', '%08', '%^#', '%#E', '%#O']), T2)))
for f in ['%10Q', '%^q', '%_-5d', '%-_5d', '%0_5d', '%5n', '%3t', '%5%', '%_3%', '%06z', '%-6z', '%_6z', '%EEd', '%EOd',
          '%^E', '%5E', '%-', '%', 'a%', '%Q %', '', 'plain', '%5a%-3b%08B', '%_-0^#5a', '%0-5d', '%-05d', '%^_5p',
          '%Ea%5Ey%E5y', '%3%|%03%|%3n', '%12F|%012F|%-12F|%_12F', '%^12c|%30c|%030c', '%12D|%12x|%12X|%12R|%012T|%12r',
          '%^r|%^12r', '%15s|%015s|%_15s|%-15s', '%^é|%^ſ|%^ß|%5é', '\udc80 é %Y', 'x' * 50, '%1000Y', '%100d|%0100d']:
    r = time.strftime(f, T2)
    print(repr(f[:40]), len(r), repr(r[:80]))
print(len(time.strftime('%1024Y', T)), len(time.strftime('%2047Yé', T)), len(time.strftime('%99999Y', T)),
      len(time.strftime('%2000Y' + 'x' * 100, T)), len(time.strftime('%2147483647Y', T)), len(time.strftime('%99999999999Y', T)))
for z in [None, 'EST', '', 'a\0b', 'é']:
    for g in [None, 0, 3600, -5430, 59, -59, 360000, 2**32 + 3600, 2**31, -2**31]:
        for dst in [-1, 0, 1]:
            print(repr(z), g, dst, repr(time.strftime('%Z|%z|%#Z|%^Z|%8z|%-8z', ST((2024, 1, 1, 0, 0, 0, 0, 1, dst, z, g)))))
print(repr(time.strftime('%Z|%z', time.gmtime(0))), repr(time.strftime('%Z|%z', time.localtime(0))))
for d in [-5, -1, 0, 1, 5]:
    print(d, repr(time.strftime('%Z|%z|%s', (2024, 1, 1, 0, 0, 0, 0, 1, d))))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024, 1, 1, 0, 0, 0, 0, 1),
            (2024, 1.5, 1, 0, 0, 0, 0, 1, 0), ST(T + (5, None)), ST(T + ('a\ud800', None)), ST(T + (None, 1.5)),
            ST(T + (None, 2**70)), ST(T + (None, 'x')), None]:
    show('strftime(%r)' % (bad,), lambda: time.strftime('%c', bad))
show('strftime int format', lambda: time.strftime(5, T))
show('strftime bytes format', lambda: time.strftime(b'%Y', T))
show('strftime NUL', lambda: time.strftime('x\0y', T))
show('strftime 3 args', lambda: time.strftime('%Y', T, 3))
show('strftime no args', lambda: time.strftime())
show('strftime kw', lambda: time.strftime(format='%Y'))
before = time.localtime()
today = time.strftime('%Y-%m-%d %H')
print(today in (time.strftime('%Y-%m-%d %H', before), time.strftime('%Y-%m-%d %H', time.localtime())))

print('--- strptime')
cases = [
    ('Mon Jan  1 00:00:00 2024',), ('mon jan 1 0:0:0 2024',), ('Mon Jan  1 00:00:00 2024 ',), ('2024-02-29', '%Y-%m-%d'),
    ('02-29', '%m-%d'), ('2023-02-29', '%Y-%m-%d'), ('2023-04-31', '%Y-%m-%d'), ('2024', '%Y'), ('24', '%y'),
    ('69', '%y'), ('68', '%y'), ('2024 366', '%Y %j'), ('2023 366', '%Y %j'), ('2024 0', '%Y %j'), ('9999 366', '%Y %j'),
    ('12 am', '%I %p'), ('12 pm', '%I %p'), ('1 PM', '%I %p'), ('1', '%I'), ('13', '%I'), ('13', '%H'), ('24', '%H'),
    ('2024111', '%Y%m%d'), ('202411', '%Y%m%d'), ('20241231', '%Y%m%d'), ('123456', '%H%M%S'), ('1.5', '%S.%f'),
    ('1.1234567', '%S.%f'), ('+0130', '%z'), ('-01:30', '%z'), ('-01:30:15', '%z'), ('-01:30:15.5', '%z'),
    ('-0130:15', '%z'), ('-01:3015', '%z'), ('Z', '%z'), ('z', '%z'), ('UTC', '%Z'), ('gmt', '%Z'), ('EST', '%Z'),
    ('Monday', '%A'), ('monday 2024 1', '%A %Y %W'), ('Sun 2024 0', '%a %Y %U'), ('Sun 2024 1', '%a %Y %U'),
    ('Sun 2024 0', '%a %Y %W'), ('Mon 2024 53', '%a %Y %W'), ('2024 1 1', '%Y %U %w'), ('0001 0 1', '%Y %U %w'),
    ('9999 53 6', '%Y %U %w'), ('2024 1 1', '%G %V %u'), ('2021 1 1', '%G %V %u'), ('2020 53 7', '%G %V %u'),
    ('0001 1 1', '%G %V %u'), ('2024 1', '%G %V'), ('2024 1 1', '%Y %V %u'), ('1 1', '%V %u'), ('2024 1 1 5', '%G %V %u %j'),
    ('3 2024', '%w %Y'), ('0 2024', '%w %Y'), ('7 2024', '%u %Y'), ('x', '%Q'), ('x', '%'), ('x', 'abc%'), ('x', '%('),
    ('x', '% d'), ('x', '%Q %'), ('x', '%e'), ('1 2', '%d %d'), ('1 2', '%H %c'), ('abc', 'ABC'), ('a  b', 'a b'),
    ('a\t\nb', 'a    b'), ('ab', 'a b'), ('a b', 'ab'), ('1', '%d '), ('5 x', '%d'), ('', ''), ('x', ''),
    ('01/02/03', '%x'), ('01:02:03', '%X'), ('Tue Feb  1 01:02:03 2022', '%c'), ('Feb 2022', '%b %Y'),
    ('february 2022', '%B %Y'), ('2022 febr', '%Y %b'), ('%2022', '%%%Y'), ('2022', '%Y%%'), ('٢٠٢٤', '%Y'),
    ('1', '%j'), ('00', '%j'), ('001', '%j'), ('2024 100', '%Y %j'), ('10 2024 100', '%m %Y %j'), ('Mon 10 2024', '%a %m %Y'),
    ('10:61', '%M:%S'), (' 5', '%d'), ('1900', '%Y'), ('0001', '%Y'), ('0000', '%Y'), ('9999 12 31', '%Y %m %d'),
    ('1.2 (3)', '%d.%m (%y)'), ('a.b', 'a.b'), ('axb', 'a.b'), ('[1]', '[%d]'), ('1+2', '%d+%m'), ('2024-01-01T10:20:30+0100', '%Y-%m-%dT%H:%M:%S%z'),
    ('2024-01-01 10:20:30.123 UTC', '%Y-%m-%d %H:%M:%S.%f %Z'), ('10:20 PM', '%I:%M %p'), ('JANUARY 5', '%B %d'),
    (1,), ('1', 2), (), ('a', 'b', 'c'),
]
for args in cases:
    def parse():
        r = time.strptime(*args)
        return r, r.tm_zone, r.tm_gmtoff
    show('strptime%r' % (args,), parse)
show('strptime kw', lambda: time.strptime('1', format='%d'))
for v in [0, 1e9, -1e9, 2**31, 1700000000]:
    g = time.gmtime(v)
    for f in ['%a %b %d %H:%M:%S %Y', '%c', '%Y-%m-%d %H:%M:%S', '%y%j%H%M%S', '%A %d %B %Y %I %p', '%G-W%V-%u %H']:
        text = time.strftime(f, g)
        print('parse', repr(text), f, tuple(time.strptime(text, f)))

print('--- clocks and sleep')
m0 = time.monotonic_ns()
print(all(time.monotonic_ns() >= m0 for _ in range(50)))
prev = time.monotonic()
ok = True
for _ in range(50):
    cur = time.monotonic()
    ok = ok and cur >= prev
    prev = cur
print(ok)
w0 = time.time_ns()
print(abs(time.time() - time.time_ns() / 1e9) < 1, type(time.time()), type(time.time_ns()))
t0, n0, p0, q0 = time.time(), time.monotonic_ns(), time.perf_counter_ns(), time.perf_counter()
print(time.sleep(0.05))
print(time.time() - t0 >= 0.049, time.time_ns() - w0 >= 49_000_000, time.monotonic_ns() - n0 >= 50_000_000,
      time.perf_counter_ns() - p0 >= 50_000_000, time.perf_counter() - q0 >= 0.05)
n1 = time.monotonic_ns()
time.sleep(1e-9)
time.sleep(0)
time.sleep(False)
time.sleep(-0.0)
time.sleep(0.2)
print(time.monotonic_ns() - n1 >= 200_000_000)
for f in [time.time, time.monotonic, time.perf_counter, time.process_time, time.thread_time]:
    print(f.__name__, type(f()), f() >= 0)
for f in [time.time_ns, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns, time.thread_time_ns]:
    print(f.__name__, type(f()), f() >= 0)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, type(info).__name__, info.monotonic, info.adjustable, info.resolution, type(info.implementation))
for v in [-1, -1e-10, -1e-9, float('nan'), float('inf'), 1e300, 2**63, 10**10, -10**20, 9223372036.854775807, '1', None, 1j, [1]]:
    show('sleep(%r)' % (v,), lambda: time.sleep(v))
show('sleep no args', lambda: time.sleep())
show('sleep 2 args', lambda: time.sleep(1, 2))
show('sleep kw', lambda: time.sleep(secs=1))
show('time arg', lambda: time.time(1))
show('time_ns arg', lambda: time.time_ns(1))
show('monotonic kw', lambda: time.monotonic(x=1))
show('process_time arg', lambda: time.process_time(1))
show('get_clock_info()', lambda: time.get_clock_info())
show('get_clock_info(1)', lambda: time.get_clock_info(1))
show('get_clock_info(x)', lambda: time.get_clock_info('x'))
show('get_clock_info(2 args)', lambda: time.get_clock_info('time', 'x'))
show('get_clock_info kw', lambda: time.get_clock_info(name='time'))
show('tzset arg', lambda: time.tzset(1))
