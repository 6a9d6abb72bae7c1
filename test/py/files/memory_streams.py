# io.StringIO and io.BytesIO: initial values, newline handling, positions, truncate, iteration, getbuffer, closed errors, class relations, print redirection.
import io
import sys
from _support import attempt


# StringIO basics.
s = io.StringIO()
print(repr(s.getvalue()), s.tell(), s.read(), s.readable(), s.writable(), s.seekable())
print(s.write('hello'), s.write(' world\n'), s.tell(), repr(s.getvalue()))
print(repr(s.read()), s.seek(0), repr(s.read(5)), s.tell(), repr(s.readline()), repr(s.readline()))
s = io.StringIO('initial\nvalue')
print(s.tell(), repr(s.read()), s.tell())
s.seek(0)
s.write('INIT')
print(repr(s.getvalue()), s.tell())
s = io.StringIO('abc')
s.write('Z')
print(repr(s.getvalue()), 'write at 0 overwrites')
print(s.encoding, s.errors, s.line_buffering, s.newlines, s.closed)
attempt('StringIO bytes init', lambda: io.StringIO(b'abc'))
attempt('StringIO int init', lambda: io.StringIO(5))
attempt('StringIO None init', lambda: io.StringIO(None).getvalue())
attempt('StringIO write bytes', lambda: io.StringIO().write(b'x'))
attempt('StringIO write int', lambda: io.StringIO().write(1))
attempt('StringIO bad newline', lambda: io.StringIO('', newline='x'))
attempt('StringIO int newline', lambda: io.StringIO('', newline=1))
attempt('StringIO kw', lambda: io.StringIO(initial_value='kw').getvalue())

# Writing past the end pads with NULs; seek and tell are in characters.
s = io.StringIO('ab')
print(s.seek(5), s.write('Z'), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(0))
attempt('seek negative', lambda: s.seek(-1))
attempt('seek cur nonzero', lambda: s.seek(1, 1))
attempt('seek end nonzero', lambda: s.seek(-1, 2))
attempt('seek whence 3', lambda: s.seek(0, 3))
attempt('seek float', lambda: s.seek(1.5))
s = io.StringIO('h\u00e9llo \U0001f600 w\u00f6rld')
print(s.read(7), s.tell(), len(s.getvalue()), s.read(1), s.tell())

# truncate.
s = io.StringIO('0123456789')
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(10), repr(s.getvalue()), 'grow is a no-op')
attempt('truncate negative', lambda: s.truncate(-1))
attempt('truncate str', lambda: s.truncate('1'))
s.seek(8)
s.write('x')
print(repr(s.getvalue()))

# readline(size), readlines(hint), iteration.
s = io.StringIO('one\ntwo\nthree\n\nfour')
print([s.readline(2), s.readline(2), s.readline(0), s.readline(-1), s.readline(None)])
print(s.readlines(), s.readlines())
s.seek(0)
print(s.readlines(5))
s.seek(0)
print(list(s), list(s))
s.seek(0)
print([line.upper() for line in s if line.strip()])
s.seek(0)
print(next(s), next(iter(s)), s.__next__())

# newline argument of StringIO: translation on write and read, and getvalue.
text = 'a\nb\r\nc\rd'
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    s.write(text)
    s.seek(0)
    print('newline=%r' % (nl,), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    t = io.StringIO(text, newline=nl)
    print('   init', repr(t.getvalue()), list(t))

# Closed StringIO.
s = io.StringIO('x')
s.close()
s.close()
print(s.closed)
for name in ['read', 'readline', 'readlines', 'getvalue', 'tell', 'truncate', 'readable',
             'writable', 'seekable', 'flush', 'isatty', '__next__']:
    attempt('closed StringIO ' + name, getattr(s, name))
attempt('closed StringIO write', lambda: s.write('x'))
attempt('closed StringIO seek', lambda: s.seek(0))
attempt('closed StringIO iter', lambda: list(s))
attempt('closed StringIO with', lambda: s.__enter__())
attempt('StringIO fileno', lambda: io.StringIO().fileno())
attempt('StringIO detach', lambda: io.StringIO().detach())
print(io.StringIO().isatty(), io.StringIO().flush())
with io.StringIO('ctx') as s:
    print(s.read())
print(s.closed)

# BytesIO basics.
b = io.BytesIO()
print(b.getvalue(), b.tell(), b.read(), b.readable(), b.writable(), b.seekable())
print(b.write(b'hello'), b.write(bytearray(b' wor')), b.write(memoryview(b'ld\n')), b.tell())
print(b.getvalue(), b.read(), b.seek(0), b.read(5), b.read1(2), b.read1(), b.read1(-1))
b = io.BytesIO(b'initial')
print(b.tell(), b.read(3), b.tell())
b.seek(0)
b.write(b'IN')
print(b.getvalue())
print(io.BytesIO(bytearray(b'ba')).getvalue(), io.BytesIO(memoryview(b'mv')).getvalue(), io.BytesIO(None).getvalue())
attempt('BytesIO str init', lambda: io.BytesIO('abc'))
attempt('BytesIO int init', lambda: io.BytesIO(5))
attempt('BytesIO write str', lambda: io.BytesIO().write('x'))
attempt('BytesIO write int', lambda: io.BytesIO().write(5))
attempt('BytesIO kw', lambda: io.BytesIO(initial_bytes=b'kw').getvalue())

# Positions, gaps, truncate on BytesIO.
b = io.BytesIO(b'ab')
print(b.seek(5), b.write(b'Z'), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-3, 1), b.read(1), b.seek(10, 1), b.read(), b.tell())
attempt('BytesIO seek negative', lambda: b.seek(-1))
attempt('BytesIO seek whence 3', lambda: b.seek(0, 3))
attempt('BytesIO seek float', lambda: b.seek(0.5))
print(b.seek(-100, 1), b.seek(-100, 2), 'cur/end clamp at 0')
b = io.BytesIO(b'0123456789')
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(2)
print(b.truncate(), b.getvalue(), b.tell())
print(b.truncate(10), b.getvalue())
attempt('BytesIO truncate negative', lambda: b.truncate(-1))
b.seek(6)
b.write(b'x')
print(b.getvalue())

# readinto, readline, readlines, iteration, peek-free reads.
b = io.BytesIO(b'line1\nline2\r\nline3\n\nend')
buf = bytearray(4)
print(b.readinto(buf), buf, b.readinto1(buf), buf)
print(b.readline(), b.readline(3), b.readline(), b.readline(-1), b.readline(None))
print(b.readlines(), b.readlines())
b.seek(0)
print(b.readlines(8))
b.seek(0)
print(list(b), list(b))
b.seek(0)
mv = memoryview(bytearray(6))
print(b.readinto(mv[1:4]), bytes(mv))
attempt('readinto bytes', lambda: b.readinto(b'xx'))

# getbuffer: a writable view of the contents.
b = io.BytesIO(b'abcdef')
view = b.getbuffer()
print(type(view).__name__, len(view), bytes(view), view[0], view.nbytes, view.readonly)
view[0] = ord('A')
view[1:3] = b'BC'
print(b.getvalue())
print(bytes(b.getbuffer()[2:5]), bytes(b.getbuffer()[::2]))
view.release()
b.write(b'more')
print(b.getvalue(), bytes(b.getbuffer()))

# Closed BytesIO.
b = io.BytesIO(b'x')
b.close()
print(b.closed)
for name in ['read', 'read1', 'readline', 'readlines', 'getvalue', 'getbuffer', 'tell', 'truncate',
             'readable', 'writable', 'seekable', 'flush', 'isatty', '__next__']:
    attempt('closed BytesIO ' + name, getattr(b, name))
attempt('closed BytesIO write', lambda: b.write(b'x'))
attempt('closed BytesIO seek', lambda: b.seek(0))
attempt('closed BytesIO readinto', lambda: b.readinto(bytearray(1)))
attempt('BytesIO fileno', lambda: io.BytesIO().fileno())
attempt('BytesIO detach', lambda: io.BytesIO().detach())

# Class relations.
classes = [io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase]
for obj in [io.StringIO(), io.BytesIO()]:
    print(type(obj).__name__, type(obj).__module__, [isinstance(obj, c) for c in classes])
for cls in [io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper]:
    print(cls.__name__, [issubclass(cls, c) for c in classes])
print(issubclass(io.RawIOBase, io.IOBase), issubclass(io.TextIOBase, io.IOBase),
      issubclass(io.BufferedIOBase, io.IOBase), issubclass(io.IOBase, io.RawIOBase))
print(repr(io.StringIO)[:8], io.StringIO.__name__, io.StringIO.__qualname__, io.BytesIO.__module__)
print(sorted(n for n in dir(io.StringIO) if not n.startswith('_'))[:12])

# Subclassing the memory streams.
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print('shout', file=u)
u.writelines(['a', 'b\n'])
print(repr(u.getvalue()), isinstance(u, io.TextIOBase))


class Counting(io.BytesIO):
    def __init__(self, *args):
        super().__init__(*args)
        self.writes = 0

    def write(self, b):
        self.writes += 1
        return super().write(b)


c = Counting(b'seed')
c.seek(0, 2)
c.write(b'1')
c.writelines([b'2', b'3'])
print(c.getvalue(), c.writes)

# Redirecting print (and sys.stdout) into a StringIO.
out = io.StringIO()
print('to buffer', 1, 2, sep='|', end='$\n', file=out)
print(*range(5), file=out)
saved = sys.stdout
sys.stdout = out
print('redirected via sys.stdout')
sys.stdout.write('direct write\n')
sys.stdout = saved
print(repr(out.getvalue()))
print('back on stdout')
lines = out.getvalue().splitlines()
print(len(lines), lines[-1])

# Large contents.
s = io.StringIO()
for i in range(2000):
    s.write('%04d\n' % i)
print(len(s.getvalue()), s.tell())
s.seek(0)
print(sum(1 for _ in s), s.getvalue()[-10:].split())
b = io.BytesIO(bytes(range(256)) * 1000)
print(len(b.getvalue()), b.seek(255 * 1000), b.read(3), sum(b.getvalue()[::997]))

# TextIOWrapper over BytesIO, and reading a BytesIO's bytes as lines.
raw = io.BytesIO('x\u00e9\ny\r\nz'.encode('utf-8'))
w = io.TextIOWrapper(raw, encoding='utf-8')
print(w.readlines(), w.newlines)
w.seek(0)
print(repr(w.read(2)), w.tell())
w.detach()
print(raw.closed, raw.tell())
