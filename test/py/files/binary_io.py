# Binary files: read/read1/readinto/readline/peek, seek/tell, gaps, truncate, r+b/w+b/a+b, raw FileIO, buffer arguments, a multi-MB round trip.
import io
import os
from _support import attempt, raw


data = bytes(range(256)) + b'line one\nline two\r\nline three\n\nend'
with open('d.bin', 'wb') as f:
    print('write returns', f.write(data), 'tell', f.tell())
print('size', os.path.getsize('d.bin'), len(data))

# Reads of every kind on a BufferedReader.
with open('d.bin', 'rb') as f:
    print(f.read(4), f.tell())
    print(f.read1(4), f.tell())
    b = bytearray(6)
    print('readinto', f.readinto(b), b, f.tell())
    m = memoryview(bytearray(5))
    print('readinto mv', f.readinto(m), bytes(m), f.tell())
    print('readinto1', f.readinto1(bytearray(3)), f.tell())
    p = f.peek(3)
    print('peek starts right', p[:3] == data[f.tell():f.tell() + 3], len(p) >= 1, f.tell())
    print(f.read(0), f.read1(0), f.tell())
    f.seek(256)
    print([f.readline(), f.readline(4), f.readline(), f.readline(-1)])
    print(f.readlines())
    print(f.readline(), f.read(), f.read(5), f.read1(), f.peek(), f.tell() == len(data))
    f.seek(256)
    print(f.readlines(10))
    f.seek(256)
    print(list(f))
    f.seek(0)
    print(len(f.read()), len(f.read()))
    f.seek(0)
    print(len(f.read(-1)), f.read(None))
    f.seek(-3, 2)
    print(f.read1(-1))
    attempt('read -2', lambda: f.read(-2))
    attempt('readinto bytes', lambda: f.readinto(b'abc'))
    attempt('readinto str', lambda: f.readinto('abc'))
    attempt('readinto ro view', lambda: f.readinto(memoryview(b'abc')))

# seek/tell with whence 0/1/2, returning the new position.
with open('d.bin', 'rb') as f:
    print(f.seek(10), f.seek(5, 1), f.seek(-5, 1), f.seek(0, 2), f.seek(-10, 2), f.seek(0, 1))
    print(f.read(3), f.tell())
    print(f.seek(1000), f.read(), f.tell())
    print(f.seek(-1, 1), f.tell())
    print(f.seek(io.SEEK_SET), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
    attempt('seek negative', lambda: f.seek(-1))
    attempt('seek before start cur', lambda: f.seek(-10, 1))
    attempt('seek before start end', lambda: f.seek(-10000, 2))
    attempt('seek whence 5', lambda: f.seek(0, 5))
    attempt('seek float', lambda: f.seek(1.0))
    attempt('seek str', lambda: f.seek('1'))
    attempt('seek whence str', lambda: f.seek(0, '1'))
    print(f.tell())

# Writing past the end leaves a zero-filled gap.
with open('gap.bin', 'wb') as f:
    f.write(b'start')
    f.seek(20)
    f.write(b'end')
    print('tell', f.tell())
print(raw('gap.bin'), os.path.getsize('gap.bin'))
with open('gap.bin', 'r+b') as f:
    f.seek(5, 2)
    f.write(b'!')
    f.seek(2)
    f.write(b'AR')
print(raw('gap.bin'))
with open('gap.bin', 'r+b', buffering=0) as f:
    print(f.seek(100), f.read(), os.path.getsize('gap.bin'))
    print(f.write(b'Z'), os.path.getsize('gap.bin'))
print(raw('gap.bin')[-5:], raw('gap.bin').count(0))

# truncate: shrink, grow, with and without argument; the position does not move.
with open('t.bin', 'w+b') as f:
    f.write(b'0123456789')
    print('truncate(4)', f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
    print('grow', f.truncate(12), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(6)
    print('truncate()', f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
    attempt('truncate -1', lambda: f.truncate(-1))
    attempt('truncate str', lambda: f.truncate('1'))
    f.write(b'xyz')
    print(f.truncate(2), f.tell())
print(raw('t.bin'), os.path.getsize('t.bin'))

# r+b: reads and writes share one position; writes are visible to later reads.
with open('rw.bin', 'wb') as f:
    f.write(b'abcdefghijklmnopqrstuvwxyz')
with open('rw.bin', 'r+b') as f:
    print(f.read(3), f.tell())
    f.write(b'DEF')
    print(f.tell(), f.read(3))
    f.seek(-3, 1)
    print(f.read(3))
    f.seek(0)
    print(f.read())
    f.write(b'+tail')
    f.seek(0)
    print(f.read())
    f.seek(2)
    f.write(b'C')
    print(f.peek(1)[:1], f.read(2))
print(raw('rw.bin'))

# w+b truncates first; a+b writes at the end whatever the position.
with open('rw.bin', 'w+b') as f:
    print(f.read(), f.tell())
    f.write(b'hello world')
    f.seek(6)
    print(f.read())
    f.seek(0)
    f.write(b'J')
    f.seek(0)
    print(f.read())
with open('rw.bin', 'a+b') as f:
    print('a+b tell', f.tell(), f.read())
    f.seek(0)
    print(f.read(5))
    f.write(b'!!')
    print('after append', f.tell())
    f.seek(0)
    print(f.read())
with open('rw.bin', 'ab') as f:
    print('ab tell', f.tell())
    f.seek(0)
    f.write(b'?')
    print(f.tell())
print(raw('rw.bin'))
with open('rw.bin', 'ab', buffering=0) as f:
    f.seek(0)
    print(f.write(b'raw'), f.tell())
print(raw('rw.bin'))

# Raw FileIO: short reads, write returning counts, readall, readinto.
with open('raw.bin', 'w+b', buffering=0) as f:
    print(type(f).__name__, f.mode, f.write(b'0123456789'), f.write(bytearray(b'ab')), f.write(memoryview(b'xyz')[1:]))
    print(f.tell(), f.seek(0), f.read(4), f.read(100), f.read(), f.read(4))
    f.seek(2)
    print(f.readall())
    f.seek(0)
    buf = bytearray(5)
    print(f.readinto(buf), buf)
    print(f.readline(), f.readlines())
    f.seek(0)
    print(f.readline(3), f.readlines(2))
    print(f.seekable(), f.readable(), f.writable(), f.isatty(), f.closefd)
    print(f.truncate(3), f.tell(), os.path.getsize('raw.bin'))
    print(f.seek(0, 2), f.seek(-1, 2), f.read())
    attempt('raw seek negative', lambda: f.seek(-100, 2))
    f.seek(0)
    print(f.read(-1))
    attempt('raw read str', lambda: f.read('x'))
    attempt('raw write int', lambda: f.write(3))
    attempt('raw write list', lambda: f.write([1]))
print(raw('raw.bin'))
fio = io.FileIO('raw.bin', 'r')
print(fio.mode, fio.name, fio.read(), fio.closefd)
fio.close()
print(fio.closed)
fio = io.FileIO('new.bin', 'x')
print(fio.mode, fio.write(b'x'))
fio.close()
fio = io.FileIO('new.bin', 'a+')
print(fio.mode, fio.tell(), fio.read(), fio.write(b'y'), fio.tell())
fio.close()
attempt('FileIO bad mode', lambda: io.FileIO('new.bin', 'rt'))
attempt('FileIO bad mode 2', lambda: io.FileIO('new.bin', 'rw'))
attempt('FileIO missing', lambda: io.FileIO('missing.bin'))
print(raw('new.bin'))

# Bytes-like arguments.
with open('bl.bin', 'wb') as f:
    print(f.write(b'bytes'), f.write(bytearray(b'-bytearray')), f.write(memoryview(b'-memoryview')))
    print(f.write(memoryview(b'0123456789')[2:5]), f.write(memoryview(bytearray(b'abcdef'))[::1]))
    print(f.write(b''), f.write(bytearray()))
    f.writelines([b'-w1', bytearray(b'-w2'), memoryview(b'-w3')])
    print(f.write(bytes([65, 66, 67])))
print(raw('bl.bin'))
with open('bl.bin', 'rb') as f:
    ba = bytearray(b'.' * 8)
    mv = memoryview(ba)
    print(f.readinto(mv[2:6]), ba)
    print(f.readinto(bytearray()), f.tell())

# Buffered writes become visible to other readers after flush.
w = open('flush.bin', 'wb')
w.write(b'x' * 10)
print('unflushed', os.path.getsize('flush.bin'))
w.flush()
print('flushed', os.path.getsize('flush.bin'))
w.write(b'y' * 20000)
print('big write reached disk', os.path.getsize('flush.bin') >= 10000)
w.close()
print('closed', os.path.getsize('flush.bin'))

# A few MB round trip with a simple checksum.
n = 3 * 1024 * 1024 + 17
block = bytes((i * 7 + 3) % 256 for i in range(997)) * 66
with open('big.bin', 'wb') as f:
    written = 0
    while written < n:
        chunk = block[:min(len(block), n - written)]
        written += f.write(chunk)
    print('written', written, f.tell())
    f.flush()
    print('fstat size after flush', os.fstat(f.fileno()).st_size)
print('stat size', os.stat('big.bin').st_size, os.path.getsize('big.bin'))
with open('big.bin', 'rb') as f:
    print('fstat size', os.fstat(f.fileno()).st_size)
    whole = f.read()
print(len(whole), sum(whole[::4099]) % 65521, whole[:8], whole[-8:], whole.count(b'\x03\n'))
total = 0
count = 0
with open('big.bin', 'rb') as f:
    while True:
        chunk = f.read(1 << 20)
        if not chunk:
            break
        count += 1
        total = (total + sum(chunk[::1024])) % 1000003
print('chunks', count, 'checksum', total)
with open('big.bin', 'r+b') as f:
    f.seek(n // 2)
    f.write(b'MIDDLE')
    f.seek(n // 2 - 2)
    print(f.read(10))
    f.seek(-4, 2)
    print(f.read())
with open('big.bin', 'rb', buffering=0) as f:
    print(len(f.readall()))
os.remove('big.bin')
print(os.path.exists('big.bin'))

# Binary read of a text-written file, and the other way round.
with open('mix.txt', 'w', encoding='utf-8') as f:
    f.write('h\u00e9llo\n')
with open('mix.txt', 'rb') as f:
    print(f.read())
with open('mix.txt', 'ab') as f:
    f.write('w\u00f6rld\n'.encode('utf-8'))
with open('mix.txt', encoding='utf-8') as f:
    print(f.readlines())

# Attributes of buffered objects.
f = open('d.bin', 'rb')
print(f.name, f.mode, f.closed, type(f.raw).__name__, f.raw.name, f.readable(), f.writable(), f.seekable())
print(repr(f), repr(f.raw))
d = f.detach()
print(type(d).__name__, d.closed)
attempt('after detach', f.read)
attempt('name after detach', lambda: f.name)
attempt('repr after detach', lambda: repr(f))
attempt('close after detach', f.close)
d.close()
with open('d.bin', 'rb', buffering=4) as f:
    print(f.read(2), f.read(10), f.peek(1)[:1], f.tell())
print(sorted(os.listdir()))
