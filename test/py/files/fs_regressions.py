# File-system behaviours the in-memory world once got wrong (found by test/fuzz/filesystem.test.ts): O_TRUNC with O_RDONLY, O_TRUNC on a directory, empty O_APPEND writes, renames onto an enclosing directory.
import os


def attempt(label, fn):
    try:
        r = fn()
    except OSError as e:
        print(label, '->', type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
    else:
        print(label, '=>', repr(r))


def put(name, data):
    with open(name, 'wb') as f:
        f.write(data)


def get(name):
    with open(name, 'rb') as f:
        return f.read()


# Linux empties a file opened with O_TRUNC whatever the access mode, O_RDONLY included.
put('f', b'hello')
fd = os.open('f', os.O_RDONLY | os.O_TRUNC)
print('rdonly trunc', os.read(fd, 10), os.fstat(fd).st_size, get('f'))
os.close(fd)
put('f', b'hello')
fd = os.open('f', os.O_RDONLY | os.O_TRUNC | os.O_APPEND)
print('rdonly trunc append', os.fstat(fd).st_size)
os.close(fd)
fd = os.open('f', os.O_RDONLY)
print('rdonly', os.fstat(fd).st_size)
os.close(fd)

# O_TRUNC asks for write access, which a directory refuses even under O_RDONLY.
os.mkdir('d')
attempt('open dir rdonly|trunc', lambda: os.open('d', os.O_RDONLY | os.O_TRUNC))
attempt('open dir/. rdonly|trunc', lambda: os.open('d/.', os.O_RDONLY | os.O_TRUNC))
fd = os.open('d', os.O_RDONLY)
attempt('read dir', lambda: os.read(fd, 1))
os.close(fd)

# Writing nothing through an O_APPEND descriptor leaves its position where it was.
put('g', b'abcdef')
fd = os.open('g', os.O_RDWR | os.O_APPEND)
print('empty append', os.write(fd, b''), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 3))
print('append', os.write(fd, b'XY'), os.lseek(fd, 0, os.SEEK_CUR), get('g'))
os.lseek(fd, 1, os.SEEK_SET)
print('empty append after seek', os.write(fd, b''), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
with open('g', 'ab+') as f:
    f.seek(0)
    print('file empty append', f.write(b''), f.tell(), f.read(2))

# A rename onto a directory that contains the source fails with ENOTEMPTY, before the checks of
# the two types (EISDIR, ENOTDIR) and whether the target is empty; into itself is EINVAL.
os.makedirs('d/e/f')
put('d/x', b'x')
attempt('rename file onto parent', lambda: os.rename('d/x', 'd'))
attempt('replace file onto parent', lambda: os.replace('d/x', 'd'))
attempt('rename dir onto grandparent', lambda: os.rename('d/e/f', 'd'))
attempt('rename dir onto parent', lambda: os.rename('d/e/f', 'd/e'))
attempt('rename onto a path ending in ..', lambda: os.rename('d/e/f', 'd/e/f/..'))
attempt('rename dir into itself', lambda: os.rename('d/e', 'd/e/f/g'))
attempt('rename missing onto parent', lambda: os.rename('d/nope', 'd'))
attempt('rename onto itself', lambda: os.rename('d/e', 'd/e'))
attempt('rename file onto sibling dir', lambda: os.rename('d/x', 'd/e'))
print(sorted(os.listdir('d')), sorted(os.listdir('d/e')))
