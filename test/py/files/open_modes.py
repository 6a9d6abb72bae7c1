# open(): every valid mode, invalid modes and arguments, attributes, reprs, closed-file errors.
import io
import os
from _support import attempt


def describe(f):
    kind = type(f).__name__
    raw = getattr(f, 'buffer', f)
    raw = getattr(raw, 'raw', raw)
    return '%s mode=%r raw=%s rw=%s/%s seekable=%s' % (
        kind, f.mode, type(raw).__name__, f.readable(), f.writable(), f.seekable())


with open('base.txt', 'w') as f:
    print('wrote', f.write('hello\nworld\n'))

# Every valid combination of r/w/a/x, '+', and b/t (in several spellings and orders).
modes = ['r', 'rt', 'tr', 'rb', 'br', 'r+', '+r', 'r+b', 'rb+', 'b+r', 'r+t', 'rt+',
         'w', 'wt', 'wb', 'w+', 'w+b', 'wb+', 'w+t',
         'a', 'at', 'ab', 'a+', 'a+b', 'ab+', 'a+t',
         'x', 'xt', 'xb', 'x+', 'x+b', 'xb+', 'x+t']
for m in modes:
    name = 'base.txt' if m.replace('+', '').replace('t', '').replace('b', '') != 'x' else 'x_%d.bin' % modes.index(m)
    if m.startswith('w') or m.startswith('a') or 'w' in m or 'a' in m:
        with open(name, 'wb') as g:
            g.write(b'hello\nworld\n')
    with open(name, m) as f:
        print('%-5s' % m, describe(f), 'tell', f.tell())
        if f.readable():
            print('      read', repr(f.read(5)))
        if f.writable():
            data = 'XY' if 'b' not in m else b'XY'
            print('      write', f.write(data), 'tell', f.tell())
    with open(name, 'rb') as f:
        print('      now', f.read())

# 'U' is gone in 3.11; invalid modes and mixtures.
for m in ['', 'z', 'rw', 'wa', 'rx', 'rr', 'r++', 'rbt', 'tb', 'bt', 'U', 'rU', 'b', 't', '+',
          'r ', 'R', 'wbb', 'rtt', 'ra+']:
    attempt('mode %r' % m, lambda: open('base.txt', m))

# Argument types and values.
attempt('mode int', lambda: open('base.txt', 1))
attempt('mode bytes', lambda: open('base.txt', b'r'))
attempt('file None', lambda: open(None))
attempt('file float', lambda: open(1.5))
attempt('file list', lambda: open(['base.txt']))
attempt('buffering str', lambda: open('base.txt', 'r', 'x'))
attempt('buffering float', lambda: open('base.txt', 'r', 1.0))
attempt('binary encoding', lambda: open('base.txt', 'rb', encoding='utf-8'))
attempt('binary errors', lambda: open('base.txt', 'rb', errors='strict'))
attempt('binary newline', lambda: open('base.txt', 'rb', newline='\n'))
attempt('text unbuffered', lambda: open('base.txt', 'r', buffering=0))
attempt('text unbuffered w', lambda: open('base.txt', 'w', buffering=0))
attempt('bad newline', lambda: open('base.txt', 'r', newline='x'))
attempt('bad newline2', lambda: open('base.txt', 'r', newline='\n\r'))
attempt('newline int', lambda: open('base.txt', 'r', newline=5))
attempt('encoding int', lambda: open('base.txt', 'r', encoding=5))
attempt('errors int', lambda: open('base.txt', 'r', errors=5))
attempt('unknown encoding', lambda: open('base.txt', 'r', encoding='no-such-codec'))
attempt('closefd False name', lambda: open('base.txt', 'r', closefd=False))
attempt('negative buffering', lambda: open('base.txt', 'rb', buffering=-5).read())
attempt('empty name', lambda: open(''))
attempt('nul in name', lambda: open('a\0b'))
attempt('nul in bytes name', lambda: open(b'a\0b'))

# Missing files, directories, existing files with 'x'.
os.mkdir('adir')
for m in ['r', 'rb', 'r+', 'a', 'a+']:
    attempt('missing %s' % m, lambda: open('missing.txt' if m.startswith('r') else 'nodir/missing.txt', m))
for m in ['r', 'rb', 'w', 'a', 'r+', 'x']:
    attempt('dir %s' % m, lambda: open('adir', m))
attempt('x existing', lambda: open('base.txt', 'x'))
attempt('xb existing', lambda: open('base.txt', 'xb'))
attempt('missing parent w', lambda: open('nope/file.txt', 'w'))
attempt('file as dir', lambda: open('base.txt/inner', 'r'))
for exc_name in ['missing.txt', 'adir']:
    try:
        open(exc_name, 'r' if exc_name == 'missing.txt' else 'w')
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)

# Attributes and reprs.
f = open('base.txt')
print(repr(f))
print(f.name, f.mode, f.closed, f.encoding, f.errors, f.newlines, f.line_buffering, f.write_through)
print(repr(f.buffer))
print(repr(f.buffer.raw))
print(f.buffer.name, f.buffer.mode, f.buffer.raw.mode, f.buffer.raw.closefd)
print(type(f.buffer).__name__, type(f.buffer.raw).__name__, type(f).__module__)
print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
print(isinstance(f.buffer, io.BufferedReader), isinstance(f.buffer, io.BufferedIOBase))
print(isinstance(f.buffer.raw, io.FileIO), isinstance(f.buffer.raw, io.RawIOBase))
print(f.isatty(), f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno(), f.fileno() > 2)
f.close()
print(repr(f), f.closed, f.buffer.closed, f.buffer.raw.closed)
print(repr(f.buffer.raw))

for m in ['w', 'a', 'r+', 'w+', 'a+']:
    with open('base.txt', m, encoding='latin-1', errors='replace') as f:
        print(m, repr(f), f.errors, type(f.buffer).__name__)
for m in ['rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b']:
    with open('base.txt', m) as f:
        print(m, repr(f), f.mode, f.raw.mode)
for m in ['rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b', 'xb', 'x+b']:
    if m[0] == 'x' and os.path.exists('raw.bin'):
        os.remove('raw.bin')
    elif m[0] == 'r':
        with open('raw.bin', 'wb') as f:
            f.write(b'raw')
    with open('raw.bin', m, buffering=0) as f:
        print(m, repr(f), f.mode, type(f).__name__, f.readable(), f.writable(), f.tell())
with open('raw.bin', 'wb', buffering=0) as f:
    print(repr(f), f.mode, f.closefd)
with open('base.txt', 'w', encoding='ascii', newline='') as f:
    print(repr(f), f.encoding)
with open('base.txt', 'r', encoding='UTF8') as f:
    print(repr(f), f.encoding)
with open(b'base.txt', 'r') as f:
    print(repr(f), f.name)
with open(b'base.txt', 'rb') as f:
    print(repr(f), f.name)

# os.PathLike objects.
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


with open(P('base.txt')) as f:
    print(repr(f), f.name)
with open(P(b'base.txt'), 'rb') as f:
    print(repr(f), f.name)
attempt('fspath returns int', lambda: open(P(3)))
attempt('fspath missing', lambda: open(P('nope.txt')))

# Opening by file descriptor; closefd; opener.
fd = os.open('base.txt', os.O_RDONLY)
f = open(fd, closefd=False)
print(repr(f) == "<_io.TextIOWrapper name=%d mode='r' encoding='UTF-8'>" % fd, f.name == fd)
print(repr(f.read()))
f.close()
print('fd still open', os.fstat(fd).st_size)
f = open(fd, 'rb')
print(f.buffer.raw.closefd if hasattr(f, 'buffer') else f.raw.closefd)
f.close()
attempt('fd closed', lambda: os.fstat(fd))
attempt('bad fd', lambda: open(-1))
attempt('bad fd 2', lambda: open(9999))

calls = []


def opener(path, flags):
    calls.append((path, flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_EXCL)))
    return os.open(path, flags)


for m in ['r', 'w', 'a', 'x', 'r+', 'w+', 'rb', 'ab+']:
    if m == 'x' and os.path.exists('opened.txt'):
        os.remove('opened.txt')
    with open('opened.txt' if m != 'r' and m != 'rb' else 'base.txt', m, opener=opener) as f:
        pass
for path, flags in calls:
    names = [n for n in ['O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_TRUNC', 'O_APPEND', 'O_EXCL'] if flags & getattr(os, n)]
    print(path, names or ['O_RDONLY'])
attempt('opener returns -1', lambda: open('base.txt', opener=lambda p, fl: -1))
attempt('opener returns str', lambda: open('base.txt', opener=lambda p, fl: 'x'))
attempt('opener raises', lambda: open('base.txt', opener=lambda p, fl: 1 / 0))

# buffering values.
for b in [-1, 0, 1, 2, 7, 8192, 1 << 20]:
    mode = 'wb' if b != 1 else 'w'
    with open('buf.bin', mode, buffering=b) as f:
        data = b'x' * 100 if 'b' in mode else 'x' * 100 + '\n'
        f.write(data)
        inner = f if 'b' in mode else f.buffer
        print('buffering', b, type(inner).__name__, getattr(f, 'line_buffering', None))
    print('  size', os.path.getsize('buf.bin'))
with open('buf.bin', 'rb', buffering=1 << 16) as f:
    print(len(f.read()))
with open('buf.bin', 'wb', buffering=16) as f:
    f.write(b'abc')
    print('unflushed', os.path.getsize('buf.bin'))
    f.write(b'd' * 20)
    print('after big', os.path.getsize('buf.bin'))
    f.flush()
    print('flushed', os.path.getsize('buf.bin'))
with open('buf.bin', 'wb', buffering=0) as f:
    f.write(b'abc')
    print('raw immediate', os.path.getsize('buf.bin'))

# with-blocks close files, even on exceptions; the value of __enter__ is the file itself.
try:
    with open('base.txt', 'w') as f:
        f.write('partial')
        raise KeyError('boom')
except KeyError as e:
    print('caught', repr(e), f.closed)
with open('base.txt') as f:
    print(repr(f.read()))
g = open('base.txt')
with g as h:
    print(g is h)
print(g.closed)
attempt('reenter closed', lambda: g.__enter__())

# Operations on a closed file.
f = open('base.txt', 'r+')
f.close()
f.close()
for op in ['read', 'readline', 'readlines', 'tell', 'flush', 'fileno', 'isatty', 'readable',
           'writable', 'seekable', 'truncate', 'detach']:
    attempt('closed text %s' % op, getattr(f, op))
attempt('closed text write', lambda: f.write('x'))
attempt('closed text seek', lambda: f.seek(0))
attempt('closed text iter', lambda: next(iter(f)))
attempt('closed text writelines', lambda: f.writelines(['a']))
b = open('base.txt', 'r+b')
b.close()
for op in ['read', 'read1', 'readline', 'tell', 'flush', 'fileno', 'isatty', 'readable',
           'writable', 'seekable', 'truncate', 'peek']:
    attempt('closed buffered %s' % op, getattr(b, op))
attempt('closed buffered write', lambda: b.write(b'x'))
attempt('closed buffered seek', lambda: b.seek(0))
attempt('closed buffered readinto', lambda: b.readinto(bytearray(3)))
r = open('base.txt', 'r+b', buffering=0)
r.close()
for op in ['read', 'readall', 'readline', 'tell', 'fileno', 'isatty', 'readable',
           'writable', 'seekable', 'truncate', 'flush']:
    attempt('closed raw %s' % op, getattr(r, op))
attempt('closed raw write', lambda: r.write(b'x'))
attempt('closed raw seek', lambda: r.seek(0))
attempt('closed raw enter', lambda: r.__enter__())

# Unsupported operations: reading write-only files, writing read-only files.
with open('base.txt', 'w') as f:
    attempt('text read on w', f.read)
    attempt('text readline on w', f.readline)
    attempt('text iter on w', lambda: next(iter(f)))
    print(f.readable(), f.writable())
with open('base.txt', 'r') as f:
    attempt('text write on r', lambda: f.write('x'))
    attempt('text truncate on r', f.truncate)
    attempt('text writelines on r', lambda: f.writelines(['x']))
with open('base.txt', 'wb') as f:
    attempt('buffered read on wb', f.read)
    attempt('buffered read1 on wb', f.read1)
with open('base.txt', 'rb') as f:
    attempt('buffered write on rb', lambda: f.write(b'x'))
    attempt('buffered truncate on rb', f.truncate)
with open('base.txt', 'wb', buffering=0) as f:
    attempt('raw read on wb', f.read)
    attempt('raw readall on wb', f.readall)
with open('base.txt', 'rb', buffering=0) as f:
    attempt('raw write on rb', lambda: f.write(b'x'))
with open('base.txt', 'a') as f:
    attempt('text read on a', f.read)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

# Wrong data types.
with open('base.txt', 'wb') as f:
    attempt('str to binary', lambda: f.write('text'))
    attempt('int to binary', lambda: f.write(5))
    attempt('list to binary', lambda: f.write([1, 2]))
    attempt('writelines str', lambda: f.writelines(['a']))
    attempt('bytearray ok', lambda: f.write(bytearray(b'ab')))
    attempt('memoryview ok', lambda: f.write(memoryview(b'cd')))
with open('base.txt', 'w') as f:
    attempt('bytes to text', lambda: f.write(b'bytes'))
    attempt('int to text', lambda: f.write(5))
    attempt('None to text', lambda: f.write(None))
    attempt('writelines bytes', lambda: f.writelines([b'a']))
    attempt('writelines int', lambda: f.writelines([1]))
    attempt('str subclass', lambda: f.write(type('S', (str,), {})('sub')))
with open('base.txt', 'wb', buffering=0) as f:
    attempt('str to raw', lambda: f.write('text'))
with open('base.txt') as f:
    print(repr(f.read()))
with open('base.txt', 'rb') as f:
    attempt('read str size', lambda: f.read('3'))
    attempt('read float size', lambda: f.read(1.5))
    attempt('read None', lambda: f.read(None))
with open('base.txt') as f:
    attempt('text read str size', lambda: f.read('3'))
    attempt('text readline float', lambda: f.readline(2.0))
    attempt('text read None', lambda: f.read(None))

# The io module's open is the builtin open; io.open_code opens for binary reading.
print(io.open.__name__, open.__name__)
attempt('mode None', lambda: open('base.txt', None))
attempt('open_code None', lambda: io.open_code(None))
with io.open_code('base.txt') as f:
    print(type(f).__name__, f.mode, f.read())
print(sorted(os.listdir('.')))
