# random: for 20 seeds of each seed type (int, float, str, bytes and bytearray), every function of
# the module gives exactly CPython's values (the driver compares this output with python3's).
import random

INT_SEEDS = [0, 1, 2, 7, 42, 99, 1000, 12345, -1, -42, 2**31 - 1, 2**32, 2**32 + 1, 2**53, 2**64 - 1, 2**64, 2**100 + 3, -(2**90), 10**30, True]
FLOAT_SEEDS = [0.0, -0.0, 0.5, 1.0, 1.5, -2.25, 3.141592653589793, 1e-300, 1e300, 2.0**53, 123456.789, -7.5, 0.1, 1/3, 1e-5, 42.0, 2.5e10, -1e-10, 6.02e23, float('inf')]
STR_SEEDS = ['', 'a', 'hello', 'Hello', 'seed', 'héllo', '😀', 'ab' * 50, ' ', '\x00', 'x' * 1000, 'Terrarium', 'π', '日本語', 'a\nb', 'tab\t', '42', 'None', 'random', 'z' * 129]
BYTES_SEEDS = [b'', b'a', b'hello', b'\x00\xff', bytes(range(256)), b'x' * 200, b'seed', b'42', b'\xe9', b'ab' * 64,
               bytearray(b''), bytearray(b'a'), bytearray(b'hello'), bytearray(range(10)), bytearray(b'z' * 300), bytearray(b'\x80'), bytearray(b'seed'), bytearray(b'B'), bytearray(b'12'), bytearray(b'\xff' * 3)]


def draw():
    r = random
    out = [r.random(), r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(200),
           r.randrange(10), r.randrange(5, 500, 7), r.randrange(-3, 3), r.randrange(2**70), r.randint(-10, 10),
           r.choice('abcdefghij'), r.choice(range(1000)), r.uniform(-1.5, 2.5), r.triangular(), r.triangular(1, 5, 4),
           r.normalvariate(), r.normalvariate(10, 2), r.gauss(), r.gauss(1, 3), r.gauss(), r.lognormvariate(0.5, 0.25),
           r.expovariate(0.5), r.vonmisesvariate(0.5, 4), r.vonmisesvariate(1, 0), r.gammavariate(0.3, 1.5),
           r.gammavariate(1.0, 2.0), r.gammavariate(5.5, 0.5), r.betavariate(0.5, 0.5), r.betavariate(3, 2),
           r.paretovariate(3), r.weibullvariate(2, 0.5), r.randbytes(9)]
    items = list(range(20))
    r.shuffle(items)
    out += [items, r.sample(range(50), 6), r.sample(range(10**9), 4), r.sample('abcdefg', 3),
            r.sample(['x', 'y', 'z'], 4, counts=[1, 2, 3]), r.choices('abc', k=5),
            r.choices(range(5), weights=[5, 1, 0, 1, 3], k=4), r.choices('pq', cum_weights=[0.25, 1.0], k=6)]
    return out


for seeds in (INT_SEEDS, FLOAT_SEEDS, STR_SEEDS, BYTES_SEEDS):
    for s in seeds:
        random.seed(s)
        print(repr(s)[:40], draw())

for s in ['a', b'bytes', 'longer text seed']:
    random.seed(s, version=1)
    print('v1', repr(s), random.random(), random.randrange(1000))

# Independent generators, state save and restore, subclasses that replace the core generator.
r1 = random.Random(2024)
r2 = random.Random()
r2.seed(2024)
print(r1.random() == r2.random(), r1.getrandbits(64) == r2.getrandbits(64))
state = r1.getstate()
first = [r1.random() for _ in range(3)]
r1.setstate(state)
print(first == [r1.random() for _ in range(3)], state[0], len(state[1]), state[1][-1])


class Half(random.Random):
    def random(self):
        return 0.5


class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3


print(Half(1).randrange(100), Half(1).choice('abcd'), Bits(1).randrange(5), Half(1).uniform(0, 10))

for bad in [lambda: random.seed([1]), lambda: random.randrange(0), lambda: random.randrange(1, 2, 0),
            lambda: random.randrange(5, 1), lambda: random.choice([]), lambda: random.sample([1], 2),
            lambda: random.sample({1, 2}, 1), lambda: random.choices('ab', [1], k=1), lambda: random.gammavariate(0, 1),
            lambda: random.getrandbits(-1), lambda: random.choices('ab', 2), lambda: random.setstate((9, (), None))]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
