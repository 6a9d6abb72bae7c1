"""os: directory trees (makedirs, walk, scandir, removedirs, renames), environ, fsencode, os.path
on the file system. Runs in a fresh directory it removes at the end."""
import os, sys, stat, errno
import os.path
BASE = '/tmp/terrarium_os_test'
def show(label, f):
    try:
        r = f()
    except BaseException as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, '->', repr(r).replace(BASE, '<BASE>'))
os.makedirs(BASE, exist_ok=True)
os.chdir(BASE)
print(os.getcwd() == BASE, os.path.samefile('.', BASE))
show('makedirs', lambda: os.makedirs('a/b/c'))
show('makedirs again', lambda: os.makedirs('a/b/c'))
show('makedirs exist_ok', lambda: os.makedirs('a/b/c', exist_ok=True))
show('makedirs dot', lambda: os.makedirs('p/q/.'))
show('makedirs bytes', lambda: os.makedirs(b'bb/cc/'))
for name in ['f1', 'a/f2', 'a/b/f3', 'a/b/c/f4', 'p/q/.hid']:
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, name.encode() * 3)
    os.close(fd)
show('makedirs file', lambda: os.makedirs('f1'))
show('makedirs file ok', lambda: os.makedirs('f1', exist_ok=True))
show('makedirs under file', lambda: os.makedirs('f1/x/y'))
show('mkdir exists', lambda: os.mkdir('a'))
show('rmdir nonempty', lambda: os.rmdir('a'))
show('listdir', lambda: sorted(os.listdir('.')))
show('listdir b', lambda: sorted(os.listdir(b'a')))
show('listdir missing', lambda: os.listdir('nope'))
show('listdir file', lambda: os.listdir('f1'))
has_links = False
for top in ['.', 'a', b'a', 'nope', 'f1']:
    for td in (True, False):
        errs = []
        out = []
        for dp, dn, fn in os.walk(top, topdown=td, onerror=lambda e: errs.append(str(e))):
            if td: dn.sort()
            out.append((dp, sorted(dn), sorted(fn)))
        print('walk', repr(top), td, sorted(out) if not td else out, [e.replace(BASE, '<BASE>') for e in errs])
out = []
for dp, dn, fn in os.walk('.'):
    dn[:] = [d for d in sorted(dn) if d != 'b']
    out.append((dp, dn[:], sorted(fn)))
print('walk pruned', out)
print('walk followlinks', sorted((dp, sorted(dn), sorted(fn)) for dp, dn, fn in os.walk('.', followlinks=True)))
with os.scandir('a') as it:
    ents = sorted(it, key=lambda e: e.name)
    print(repr(it)[:28])
for e in ents:
    print(repr(e), e.name, e.path, os.fspath(e), e.is_dir(), e.is_file(), e.is_symlink(), e.inode() == os.stat(e.path).st_ino,
          e.stat().st_size, stat.filemode(e.stat().st_mode)[0], isinstance(e, os.PathLike), os.path.join('x', e))
    show('  setattr', lambda: setattr(e, 'name', 'z'))
show('scandir next after', lambda: next(it))
show('scandir default', lambda: sorted(e.path for e in os.scandir()))
show('scandir bytes', lambda: sorted(e.path for e in os.scandir(b'a/')))
show('scandir missing', lambda: os.scandir('nope'))
show('scandir file', lambda: os.scandir('f1'))
show('scandir null', lambda: os.scandir('a\0'))
show('scandir float', lambda: os.scandir(1.5))
show('DirEntry()', lambda: os.DirEntry())
show('DirEntry subclass', lambda: type('X', (os.DirEntry,), {}))
show('DirEntry alias', lambda: repr(os.DirEntry[str]))
show('DirEntry type', lambda: repr(type(ents[0])))
it = os.scandir('.')
first = next(it)
it.close()
show('closed next', lambda: next(it))
e = [x for x in os.scandir('.') if x.name == 'f1'][0]
fd = os.open('f1', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'more')
os.close(fd)
print('fresh stat', e.stat().st_size, os.path.getsize('f1'))
if has_links:
    for x in sorted(os.scandir('.'), key=lambda x: x.name):
        print('link-entry', x.name, x.is_dir(), x.is_dir(follow_symlinks=False), x.is_symlink(), x.is_file())
    show('realpath lnk', lambda: os.path.realpath('lnk/b') == os.path.join(BASE, 'a/b'))
    show('islink', lambda: (os.path.islink('lnk'), os.path.islink('a'), os.path.lexists('broken'), os.path.exists('broken')))
# path functions on the file system
for p in ['.', 'a', 'f1', 'nope', b'a', '', 'a/b/c/f4', '/']:
    show('fs ' + repr(p), lambda: (os.path.exists(p), os.path.isdir(p), os.path.isfile(p), os.path.islink(p), os.path.lexists(p), os.path.ismount(p)))
show('getsize', lambda: os.path.getsize('a/f2'))
show('getsize missing', lambda: os.path.getsize('nope'))
show('mtime type', lambda: type(os.path.getmtime('f1')).__name__)
show('samefile', lambda: os.path.samefile('a/b', 'a/b/c/..'))
show('realpath', lambda: os.path.realpath('a/./b/../b/c') == BASE + '/a/b/c')
show('realpath strict', lambda: os.path.realpath('nope/x', strict=True))
show('realpath strict ok', lambda: os.path.realpath('a/b', strict=True) == BASE + '/a/b')
show('abspath', lambda: os.path.abspath('x/../y//z') == BASE + '/y/z')
show('abspath bytes', lambda: os.path.abspath(b'x') == os.fsencode(BASE) + b'/x')
show('relpath', lambda: os.path.relpath('/tmp/x', BASE))
show('relpath default', lambda: os.path.relpath('a/b'))
# removedirs, renames
show('removedirs', lambda: os.removedirs('bb/cc'))
show('exists bb', lambda: os.path.exists('bb'))
show('renames', lambda: os.renames('a/b/c/f4', 'n1/n2/f4'))
show('after renames', lambda: (os.path.exists('a/b/c'), os.path.exists('n1/n2/f4')))
show('renames back', lambda: os.renames('n1/n2/f4', 'z/f4'))
show('after', lambda: (os.path.exists('n1'), sorted(os.listdir('.'))))
# environ
os.environ['TT_A'] = 'v1'
show('getenv', lambda: os.getenv('TT_A'))
show('environb', lambda: os.environb[b'TT_A'])
show('posix env', lambda: __import__('posix').environ.get(b'TT_A'))
show('set int', lambda: os.environ.__setitem__('TT_A', 1))
show('get int', lambda: os.environ[1])
show('bad name', lambda: os.environ.__setitem__('a=b', 'x'))
show('missing', lambda: os.environ['TT_NOPE'])
show('del missing', lambda: os.environ.__delitem__('TT_NOPE'))
show('pop', lambda: os.environ.pop('TT_A'))
show('after pop', lambda: 'TT_A' in os.environ)
os.environ['TT_U'] = 'é\udcff'
show('environb u', lambda: os.environb[b'TT_U'])
show('setdefault', lambda: (os.environ.setdefault('TT_S', 'x'), os.environ.setdefault('TT_S', 'y')))
show('or', lambda: type(os.environ | {'a': 'b'}).__name__)
show('ior', lambda: (os.environ.__ior__({'TT_I': 'i'}) is os.environ, os.environ['TT_I']))
show('copy', lambda: type(os.environ.copy()).__name__)
show('repr', lambda: repr(os.environ).startswith('environ({'))
for k in [k for k in os.environ if k.startswith('TT_')]:
    del os.environ[k]
show('isinstance MM', lambda: isinstance(os.environ, __import__('collections.abc').abc.MutableMapping))
show('fsencode', lambda: os.fsencode('aé\udcff'))
show('fsdecode', lambda: os.fsdecode(b'a\xc3\xa9\xff'))
show('fsencode int', lambda: os.fsencode(1))
show('exec path', lambda: os.get_exec_path({'PATH': '/a:/b'}))
show('exec path both', lambda: os.get_exec_path({'PATH': '/a', b'PATH': b'/b'}))
show('exec path none', lambda: os.get_exec_path({}))
show('consts', lambda: (os.name, os.sep, os.altsep, os.extsep, os.pathsep, os.linesep, os.defpath, os.devnull, os.curdir, os.pardir, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END))
show('error', lambda: os.error is OSError)
show('PathLike', lambda: (issubclass(os.DirEntry, os.PathLike), isinstance('x', os.PathLike), repr(os.PathLike[int])))
show('path module', lambda: (os.path is sys.modules['os.path'], os.path.__name__))
import posixpath, genericpath
show('same', lambda: os.path is posixpath)
show('strerror', lambda: os.strerror(errno.ENOENT))
show('stat', lambda: stat.S_ISDIR(os.stat('a').st_mode))
show('all', lambda: all(hasattr(os, n) for n in os.__all__))
show('all has', lambda: [n for n in ('walk', 'makedirs', 'scandir', 'DirEntry', 'environ', '_exit', 'path', 'fsencode') if n not in os.__all__])
from os import *
show('star', lambda: (walk is os.walk, sep))
# cleanup
for dp, dn, fn in os.walk('.', topdown=False):
    for f in fn:
        os.unlink(os.path.join(dp, f))
    for d in dn:
        p = os.path.join(dp, d)
        if os.path.islink(p): os.unlink(p)
        else: os.rmdir(p)
os.chdir('/')
os.rmdir(BASE)
print('done', os.path.exists(BASE))
