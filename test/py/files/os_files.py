# os-level files: descriptors, directories, rename/replace/remove, stat, errno errors, scandir, walk, os.path on a real tree, chdir, environ, urandom, constants.
import os
import stat


def attempt(label, fn):
    try:
        r = fn()
    except OSError as e:
        print(label, '->', type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', repr(r))


def read_all(path):
    with open(path, 'rb') as f:
        return f.read()


print(sorted(os.listdir()), sorted(os.listdir('.')), os.listdir(os.getcwd()) == [])

# File descriptors: open/write/read/lseek/fstat/close.
fd = os.open('fd.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b'hello '), os.write(fd, bytearray(b'world')), os.write(fd, memoryview(b'!\n')))
print('lseek cur', os.lseek(fd, 0, os.SEEK_CUR), 'end', os.lseek(fd, 0, os.SEEK_END), 'set', os.lseek(fd, 6, os.SEEK_SET))
os.write(fd, b'WORLD')
st = os.fstat(fd)
print('fstat', st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st[stat.ST_SIZE])
attempt('read on O_WRONLY', lambda: os.read(fd, 5))
os.close(fd)
attempt('close twice', lambda: os.close(fd))
attempt('write closed', lambda: os.write(fd, b'x'))
attempt('fstat closed', lambda: os.fstat(fd))
attempt('lseek closed', lambda: os.lseek(fd, 0, 0))
print(read_all('fd.bin'))

fd = os.open('fd.bin', os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 1), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10))
print(os.lseek(fd, 2, 0), os.lseek(fd, 3, 1), os.read(fd, 3))
print(os.lseek(fd, 100, 0), os.read(fd, 3))
attempt('lseek negative', lambda: os.lseek(fd, -1, 0))
attempt('write on O_RDONLY', lambda: os.write(fd, b'x'))
attempt('read negative', lambda: os.read(fd, -1))
attempt('read str', lambda: os.read(fd, 'x'))
attempt('write str', lambda: os.write(fd, 'text'))
os.close(fd)

fd = os.open('fd.bin', os.O_RDWR | os.O_APPEND)
os.write(fd, b'appended')
os.lseek(fd, 0, 0)
os.write(fd, b'+more')
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.lseek(fd, 0, 1))
os.close(fd)
fd = os.open('excl.bin', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
os.close(fd)
attempt('O_EXCL existing', lambda: os.open('excl.bin', os.O_WRONLY | os.O_CREAT | os.O_EXCL))
attempt('open missing', lambda: os.open('missing.bin', os.O_RDONLY))
attempt('open missing dir', lambda: os.open('nodir/x', os.O_WRONLY | os.O_CREAT))
os.truncate('fd.bin', 2)
print(read_all('fd.bin'), os.path.getsize('fd.bin'))
os.truncate('fd.bin', 6)
print(read_all('fd.bin'))
attempt('truncate missing', lambda: os.truncate('missing.bin', 0))
fd = os.open('fd.bin', os.O_RDONLY)
f = os.fdopen(fd, 'rb')
print(type(f).__name__, f.read(), f.fileno() == fd)
f.close()
attempt('fd closed by fdopen', lambda: os.fstat(fd))
r1 = os.open('fd.bin', os.O_RDONLY)
r2 = os.open('fd.bin', os.O_RDONLY)
print(r1 != r2, os.read(r1, 2), os.read(r2, 3), os.read(r1, 2), 'separate offsets')
os.close(r1)
os.close(r2)

# Directories: mkdir, makedirs, rmdir, removedirs.
os.mkdir('d1')
attempt('mkdir exists', lambda: os.mkdir('d1'))
attempt('mkdir missing parent', lambda: os.mkdir('nope/sub'))
attempt('mkdir under file', lambda: os.mkdir('fd.bin/sub'))
os.makedirs('d1/a/b/c')
attempt('makedirs exists', lambda: os.makedirs('d1/a/b/c'))
os.makedirs('d1/a/b/c', exist_ok=True)
attempt('makedirs exist_ok on file', lambda: os.makedirs('fd.bin', exist_ok=True))
attempt('rmdir nonempty', lambda: os.rmdir('d1'))
attempt('rmdir missing', lambda: os.rmdir('nope'))
attempt('rmdir file', lambda: os.rmdir('fd.bin'))
attempt('remove dir', lambda: os.remove('d1'))
attempt('unlink dir', lambda: os.unlink('d1'))
attempt('remove missing', lambda: os.remove('missing.bin'))
attempt('listdir missing', lambda: os.listdir('nope'))
attempt('listdir file', lambda: os.listdir('fd.bin'))
os.rmdir('d1/a/b/c')
print(sorted(os.listdir('d1/a/b')), sorted(os.listdir('d1')))
os.makedirs('rm/x/y/z')
os.removedirs('rm/x/y/z')
print('removedirs', os.path.exists('rm'))
os.makedirs('keep/x/y')
open('keep/file', 'w').close()
os.removedirs('keep/x/y')
print('removedirs stops at nonempty', sorted(os.listdir('keep')))

# Files in directories; listdir order is not specified, so sort.
for name in ['zeta.txt', 'alpha.txt', 'Mid.txt', '_under', '.hidden', 'n\u00e4me.txt', '10', '9']:
    with open(os.path.join('d1', name), 'w') as f:
        f.write(name * 2)
print(sorted(os.listdir('d1')))
print(sorted(os.listdir(b'd1'))[:4])
print(sorted(os.listdir('d1/')) == sorted(os.listdir('./d1')))

# rename, replace, remove, unlink.
os.rename('d1/alpha.txt', 'd1/beta.txt')
print(sorted(os.listdir('d1'))[:4], read_all('d1/beta.txt'))
attempt('rename missing', lambda: os.rename('d1/alpha.txt', 'd1/x.txt'))
attempt('rename into missing dir', lambda: os.rename('d1/beta.txt', 'nodir/x.txt'))
attempt('rename file over dir', lambda: os.rename('d1/beta.txt', 'd1/a'))
attempt('rename dir over file', lambda: os.rename('d1/a', 'd1/beta.txt'))
os.mkdir('empty')
os.mkdir('full')
open('full/f', 'w').close()
attempt('rename dir over nonempty dir', lambda: os.rename('empty', 'full'))
os.rename('full', 'empty')
print('rename dir over empty dir', sorted(os.listdir('empty')), os.path.exists('full'))
attempt('rename dir into itself', lambda: os.rename('empty', 'empty/inner'))
with open('src.txt', 'w') as f:
    f.write('source')
with open('dst.txt', 'w') as f:
    f.write('destination')
os.replace('src.txt', 'dst.txt')
print('replace', read_all('dst.txt'), os.path.exists('src.txt'))
with open('src.txt', 'w') as f:
    f.write('again')
os.rename('src.txt', 'dst.txt')
print('rename over file', read_all('dst.txt'))
os.rename('d1/beta.txt', 'moved.txt')
print('moved across dirs', read_all('moved.txt'), os.path.exists('d1/beta.txt'))
os.rename('empty', 'd1/empty_moved')
print(sorted(os.listdir('d1/empty_moved')))
os.renames('moved.txt', 'r1/r2/moved.txt')
print('renames', sorted(os.listdir('r1/r2')))
os.remove('d1/zeta.txt')
os.unlink('d1/Mid.txt')
attempt('unlink again', lambda: os.unlink('d1/Mid.txt'))
print(sorted(os.listdir('d1')))

# stat.
st = os.stat('dst.txt')
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IFMT(st.st_mode) == stat.S_IFREG)
st = os.stat('d1')
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
print(type(st).__name__, len(tuple(st)) >= 10, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))
print(os.stat('dst.txt').st_size == os.lstat('dst.txt').st_size == os.path.getsize('dst.txt'))
print(os.stat(b'dst.txt').st_size, os.stat('d1/../dst.txt').st_size, os.stat('./d1/./a/..').st_nlink > 0)
attempt('stat missing', lambda: os.stat('missing'))
attempt('stat under file', lambda: os.stat('dst.txt/x'))
attempt('stat empty', lambda: os.stat(''))
attempt('stat None', lambda: os.stat(None))
attempt('stat float', lambda: os.stat(1.5))
attempt('lstat missing', lambda: os.lstat('missing'))
print(os.access('dst.txt', os.F_OK), os.access('missing', os.F_OK), os.access('dst.txt', os.R_OK | os.W_OK))

# Errors carry errno, strerror and the filename(s).
for fn in [lambda: open('missing'), lambda: os.mkdir('d1'), lambda: open('d1', 'w'),
           lambda: os.listdir('dst.txt'), lambda: os.rmdir('d1'), lambda: os.rename('nope', 'other')]:
    try:
        fn()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename), repr(e.filename2), str(e))
import errno
print(errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.ENOTEMPTY, errno.EBADF)
print(errno.errorcode[errno.ENOTEMPTY], os.strerror(errno.ENOENT), os.strerror(errno.ENOTEMPTY))
e = OSError(errno.ENOENT, 'No such file or directory', 'made.txt')
print(type(e).__name__, e, e.errno)
e = OSError(errno.ENOTEMPTY, 'Directory not empty', 'a', 'b')
print(type(e).__name__, e)

# scandir.
with os.scandir('d1') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
print(repr(entries[0]), os.fspath(entries[0]))
print(sorted(e.name for e in os.scandir()))
print(sorted(e.name for e in os.scandir(b'd1'))[:3])
attempt('scandir missing', lambda: os.scandir('missing'))
it = os.scandir('.')
it.close()
print(list(it))

# walk over a built tree.
for d in ['tree/a/aa', 'tree/a/ab', 'tree/b', 'tree/c/ca/caa']:
    os.makedirs(d)
for name in ['tree/top.txt', 'tree/a/a1', 'tree/a/aa/aa1', 'tree/a/aa/aa2', 'tree/b/b1',
             'tree/c/ca/caa/deep']:
    with open(name, 'w') as f:
        f.write(name)
for root, dirs, files in sorted(os.walk('tree')):
    print(root, sorted(dirs), sorted(files))
print('bottom-up', [os.path.relpath(r, 'tree') for r, ds, fs in os.walk('tree', topdown=False)][-1])
pruned = []
for root, dirs, files in os.walk('tree'):
    dirs[:] = sorted(d for d in dirs if d != 'a')
    pruned.append(root)
print('pruned', pruned)
print(list(os.walk('missing')))
errors = []
print(list(os.walk('missing', onerror=errors.append)), [type(e).__name__ for e in errors])
total = sum(os.path.getsize(os.path.join(r, f)) for r, ds, fs in os.walk('tree') for f in fs)
print('total size', total)

# os.path on the real tree.
for p in ['tree', 'tree/top.txt', 'tree/missing', 'tree/a/', 'tree/top.txt/', '', '.', '..']:
    print(repr(p), os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p))
print(os.path.getsize('tree/top.txt'), os.path.getsize('tree/a/aa/aa2'))
attempt('getsize missing', lambda: os.path.getsize('tree/missing'))
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.relpath(os.path.join(cwd, 'tree', 'a'), cwd), os.path.relpath('tree/a/aa', 'tree/b'))
print(os.path.relpath(cwd, os.path.join(cwd, 'tree/c/ca')), os.path.relpath('tree'), os.path.relpath('.', 'tree'))
print(os.path.abspath('tree') == os.path.join(cwd, 'tree'), os.path.abspath('tree/../d1/./a') == os.path.join(cwd, 'd1/a'))
print(os.path.realpath('tree/a/..') == os.path.join(cwd, 'tree'), os.path.samefile('tree', 'tree/a/..'))
print(os.path.commonpath(['tree/a/aa', 'tree/a/ab']), os.path.expanduser('tree') == 'tree')
print(os.path.normpath('tree//a/./aa/../ab'), os.path.split('tree/a/aa1'), os.path.splitext('tree/top.txt'))

# getcwd / chdir.
start = os.getcwd()
os.chdir('tree')
print(os.path.basename(os.getcwd()), sorted(os.listdir()))
os.chdir('a/aa')
print(os.path.basename(os.getcwd()), sorted(os.listdir('.')), os.path.relpath(os.getcwd(), start))
with open('made_here.txt', 'w') as f:
    f.write('x')
os.chdir('..')
print(os.path.basename(os.getcwd()), os.path.exists('aa/made_here.txt'))
os.chdir(os.pardir)
os.chdir(os.path.join(os.curdir, '..'))
print(os.getcwd() == start, os.path.exists('tree/a/aa/made_here.txt'))
attempt('chdir missing', lambda: os.chdir('missing'))
attempt('chdir file', lambda: os.chdir('dst.txt'))
print(os.getcwd() == start, isinstance(os.getcwdb(), bytes), os.getcwdb() == os.fsencode(start))

# environ is a mapping; its contents differ between hosts, so print only relations.
print(isinstance(os.environ, dict), hasattr(os.environ, 'keys'), len(os.environ) >= 0)
import collections.abc as cabc
print(isinstance(os.environ, cabc.MutableMapping), type(os.environ).__name__)
os.environ['TERRARIUM_TEST_VAR'] = 'value 1'
print(os.environ['TERRARIUM_TEST_VAR'], os.getenv('TERRARIUM_TEST_VAR'), 'TERRARIUM_TEST_VAR' in os.environ)
print(os.environ.get('TERRARIUM_NO_SUCH_VAR'), os.getenv('TERRARIUM_NO_SUCH_VAR', 'dflt'))
n = len(os.environ)
del os.environ['TERRARIUM_TEST_VAR']
print(len(os.environ) == n - 1, 'TERRARIUM_TEST_VAR' in os.environ)
attempt('environ missing key', lambda: os.environ['TERRARIUM_NO_SUCH_VAR'])
attempt('environ int value', lambda: os.environ.__setitem__('TERRARIUM_X', 1))
print(os.environ.setdefault('TERRARIUM_SD', 'sd'), os.environ.pop('TERRARIUM_SD'), 'TERRARIUM_SD' in os.environ)
print(isinstance(os.environb, cabc.Mapping), all(isinstance(k, str) for k in os.environ))

# urandom and constants.
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), len(os.urandom(1000)))
attempt('urandom negative', lambda: os.urandom(-1))
attempt('urandom str', lambda: os.urandom('1'))
print(repr(os.sep), repr(os.linesep), os.name, os.curdir, os.pardir, repr(os.extsep), os.altsep, repr(os.pathsep), repr(os.devnull))
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.fspath('p'), os.fspath(b'p'), os.fsencode('p\u00e9'), os.fsdecode(b'p\xc3\xa9'))
attempt('fspath int', lambda: os.fspath(1))
print(sorted(os.listdir()))
