// Small valid Python 3.11 programs, the seeds that the mutation tests damage at random. Together
// they touch every statement kind, the literal forms, f-strings, patterns and indentation styles.

/** FIXTURES: valid programs, each parsed by CPython 3.11 (the agreement test checks that first). */
export const FIXTURES: readonly string[] = [
  `def fib(n: int = 10, /, *, memo=None) -> int:
    """Return the n-th Fibonacci number."""
    if n < 2:
        return n
    a, b = 0, 1
    for _ in range(n - 1):
        a, b = b, a + b
    else:
        pass
    return b
`,
  `@dataclass(frozen=True)
class Point(Base, metaclass=Meta):
    x: float = 0.0
    y: float = 0.0

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
`,
  `try:
    f = open(path, 'rb')
except (OSError, ValueError) as e:
    raise RuntimeError(f"cannot open {path!r}: {e}") from e
except* TypeError:
    pass
else:
    data = f.read()
finally:
    f.close()
`,
  `while True:
    line = input()
    if not line:
        break
    elif line.startswith('#'):
        continue
    total += int(line, base=16)
`,
  `with open(a) as f, open(b) as g:
    pass
with (
    open(a) as f,
    open(b) as g,
):
    g.write(f.read())
`,
  `match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction]:
        go(direction)
    case [Point(x=0, y=0) as origin, *rest]:
        print(origin, rest)
    case {"x": x, "y": y, **others} if x > y:
        pass
    case -1 | 1.5 | 2+3j | "s" b"" | None | True:
        pass
    case Color.RED | (a, b):
        pass
    case _:
        pass
`,
  `async def fetch(session, urls):
    async with session.get(urls[0]) as resp:
        data = await resp.json()
    async for chunk in resp.content:
        yield chunk
    return [await x async for x in aiter(urls) if x]
`,
  `squares = [x * x for x in range(10) if x % 2 == 0]
table = {k: v for k, v in zip(keys, values)}
unique = {c for c in text if c.isalpha()}
total = sum(x for x in data)
nested = [[j for j in range(i)] for i in range(3)]
`,
  `x = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890
y = 1.5e-3 + .5 + 5. + 1e400 + 3.14j + 0j
s = 'single' "double" '''triple''' """triple double"""
r = r'\\d+\\s*' + b'\\x00\\xff' .decode() + u'unicode'
e = '\\n\\t\\\\\\'\\x41\\u00e9\\N{DASH SYMBOL}\\101'
`,
  `name = "world"
width = 10
print(f"hello {name!s:>{width}} {width=} {{literal}} {3.14:.2f} {'nested'}")
print(F'{a["k"]}' rf"raw {x}\\n" f'{x!a}' f"{x:{y}.{z}}")
`,
  `import os, sys as system
import a.b.c as d
from . import sibling
from ..parent import (one as uno, two,)
from package.module import *
global counter
del a[0], b.c, d
assert x > 0, "x must be positive"
`,
  `def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return lambda a, b=2, *c, d, **e: (a, b, c, d, e)
    return inner
`,
  `result = a if b else c if d else e
chain = 1 < x <= 10 != y is not None
logic = not a and b or not c
bits = a | b ^ c & d << 1 >> 2
arith = -a + ~b * c / d // e % f @ g ** -h
walrus = [y := f(x), y ** 2]
`,
  `a = b = c = 0
a, *b, c = range(5)
[x, y], z = (1, 2), 3
obj.attr[1:2, ::3] = value
counter += 1; total -= 2; flags |= MASK
n: int
m: list[int] = []
`,
  `def gen():
    yield
    yield 1, 2
    x = yield from other()
    await_ = (yield)
    return x
`,
  `if x:
\tif y:
\t\tpass
\telse:
\t\tz = 1
`,
  `values = f(*args, key=1, **kwargs)
call(a)(b)[c].d(e=f)
sliced = seq[::-1], seq[1:], seq[:2], seq[a:b:c], seq[...]
mat = m[1, 2], m[*idx]
empty = (), [], {}, set()
`,
  `class Empty: pass
def f(): return
for i in x: print(i)
while 0: pass
x = (1,
     2,  # comment
     3)
y = 1 + \\
    2
`,
];
