"""os: the operating system interface, over the native posix module.

Provided: everything the posix module exports (open, read, write, stat, listdir, mkdir, ...,
the O_* and *_OK constants), and, written here in Python: environ and environb (mappings that
write through to putenv()/unsetenv()), getenv, getenvb, fsencode, fsdecode, PathLike,
scandir and DirEntry, walk, makedirs, removedirs, renames, fdopen, get_exec_path, the path
constants (sep, pathsep, linesep, curdir, pardir, extsep, altsep, defpath, devnull), the
supports_* sets, and os.path (posixpath), which `import os.path` also finds.

Differences from CPython: there are no processes to start, so system, popen, fork, the exec*
and spawn* families are absent, as is fwalk (no dir_fd support). scandir() does not accept a
file descriptor. DirEntry learns an entry's type and inode with one lstat() when the iterator
reaches it (CPython reads them from the directory itself). The supports_* sets are empty but
for supports_follow_symlinks, which holds stat. fsencode()/fsdecode() always use UTF-8 with
surrogateescape.
"""

import abc
import sys
import stat as st
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping

import posix
from posix import *
from posix import _exit

name = 'posix'
linesep = '\n'

# posixpath imports os in turn: when it is the module imported first, it is still being
# initialized here, so nothing of it may be used until this module has finished.
import posixpath as path

sys.modules['os.path'] = path

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = set()
supports_follow_symlinks = {stat}
supports_bytes_environ = True

_GenericAlias = type(list[int])

_FS_ENCODING = 'utf-8'
_FS_ERRORS = 'surrogateescape'


# Directory trees

def makedirs(name, mode=0o777, exist_ok=False):
    """Create the directory name with the given mode, first creating each missing directory
    above it (those with mode 0o777). Unless exist_ok is true, it is an error
    (FileExistsError) for name to exist already."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Someone else made it meanwhile.
            pass
        here = curdir.encode('ASCII') if isinstance(tail, bytes) else curdir
        if tail == here:
            # 'a/b/.': making 'a/b' was all there was to do.
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove the directory name, then each directory above it in turn, stopping silently at
    the first that cannot be removed (because it is not empty, for one)."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename old to new, first creating the directories new needs, then removing the
    directories of old that the move left empty (as removedirs() does)."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for the directory top and each directory
    below it.

    With topdown true (the default) a directory comes before the directories in it, and the
    caller may change dirnames in place (delete or reorder names) to steer the walk; with
    topdown false it comes after them. Errors from scandir() are passed to onerror (an
    OSError whose filename is the directory) when it is given, and ignored otherwise.
    Symbolic links to directories are listed in dirnames but not entered unless followlinks
    is true."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _scan_for_walk(top, topdown, onerror, followlinks):
    # List one directory for walk(): (dirs, nondirs, subdirectories to enter when walking
    # bottom up), or None when it could not be listed.
    dirs = []
    nondirs = []
    enter = []
    try:
        entries = scandir(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return None
    with entries:
        while True:
            try:
                try:
                    entry = next(entries)
                except StopIteration:
                    break
            except OSError as e:
                if onerror is not None:
                    onerror(e)
                return None
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if is_dir and not topdown:
                if followlinks:
                    go_in = True
                else:
                    try:
                        go_in = not entry.is_symlink()
                    except OSError:
                        go_in = True
                if go_in:
                    enter.append(entry.path)
    return dirs, nondirs, enter


def _walk(top, topdown, onerror, followlinks):
    # Depth first, with an explicit stack of things to do: ('scan', dir), ('check', dir)
    # (scan it unless it is a link that must not be followed), ('yield', triple).
    todo = [('scan', top)]
    while todo:
        action, item = todo.pop()
        if action == 'yield':
            yield item
            continue
        if action == 'check' and not followlinks and path.islink(item):
            continue
        listing = _scan_for_walk(item, topdown, onerror, followlinks)
        if listing is None:
            continue
        dirs, nondirs, enter = listing
        if topdown:
            yield item, dirs, nondirs
            # dirs may have been changed by the caller: visit what it holds now.
            for d in reversed(dirs):
                todo.append(('check', path.join(item, d)))
        else:
            todo.append(('yield', (item, dirs, nondirs)))
            for d in reversed(enter):
                todo.append(('scan', d))


# scandir() and DirEntry

_NO_TYPE = -1          # the entry's type is not known (its lstat() failed)
_CREATE = object()     # lets scandir() make DirEntry objects, which callers cannot


class DirEntry:
    """An entry of a directory listing, as scandir() yields it: its name and path, with
    is_dir(), is_file(), is_symlink(), stat() and inode() that ask the file system only when
    needed and remember what they learn."""

    __slots__ = ('_name', '_path', '_kind', '_ino', '_stat', '_lstat')

    def __new__(cls, *args, **kwargs):
        if len(args) == 4 and args[0] is _CREATE:
            self = object.__new__(cls)
            object.__setattr__(self, '_name', args[1])
            object.__setattr__(self, '_path', args[2])
            info = args[3]
            if info is None:
                object.__setattr__(self, '_kind', _NO_TYPE)
                object.__setattr__(self, '_ino', None)
            else:
                object.__setattr__(self, '_kind', st.S_IFMT(info.st_mode))
                object.__setattr__(self, '_ino', info.st_ino)
            object.__setattr__(self, '_stat', None)
            object.__setattr__(self, '_lstat', None)
            return self
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'posix.DirEntry' is not an acceptable base type")

    def __setattr__(self, attr, value):
        if attr in ('name', 'path'):
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'posix.DirEntry' object has no attribute '{attr}'")

    def __delattr__(self, attr):
        self.__setattr__(attr, None)

    @property
    def name(self):
        """The entry's name within its directory."""
        return self._name

    @property
    def path(self):
        """The directory given to scandir() joined with the entry's name."""
        return self._path

    def _fetch_lstat(self):
        if self._lstat is None:
            object.__setattr__(self, '_lstat', lstat(self._path))
        return self._lstat

    def stat(self, *args, follow_symlinks=True):
        """Return the stat_result of the entry (of its target if it is a link and
        follow_symlinks is true), cached after the first call."""
        if args:
            raise TypeError('stat() takes no positional arguments')
        if not follow_symlinks:
            return self._fetch_lstat()
        if self._stat is None:
            if self.is_symlink():
                object.__setattr__(self, '_stat', stat(self._path))
            else:
                object.__setattr__(self, '_stat', self._fetch_lstat())
        return self._stat

    def _has_type(self, follow_symlinks, kind):
        if self._kind == _NO_TYPE or (follow_symlinks and self._kind == st.S_IFLNK):
            try:
                info = self.stat(follow_symlinks=follow_symlinks)
            except FileNotFoundError:
                return False
            return st.S_IFMT(info.st_mode) == kind
        return self._kind == kind

    def is_dir(self, *args, follow_symlinks=True):
        """Return True if the entry is a directory (or a link to one, when following)."""
        if args:
            raise TypeError('is_dir() takes no positional arguments')
        return self._has_type(follow_symlinks, st.S_IFDIR)

    def is_file(self, *args, follow_symlinks=True):
        """Return True if the entry is a regular file (or a link to one, when following)."""
        if args:
            raise TypeError('is_file() takes no positional arguments')
        return self._has_type(follow_symlinks, st.S_IFREG)

    def is_symlink(self):
        """Return True if the entry is a symbolic link."""
        if self._kind == _NO_TYPE:
            return self._has_type(False, st.S_IFLNK)
        return self._kind == st.S_IFLNK

    def inode(self):
        """Return the inode number of the entry."""
        if self._ino is None:
            object.__setattr__(self, '_ino', self._fetch_lstat().st_ino)
        return self._ino

    def __fspath__(self):
        """Return the entry's path (os.fspath() support)."""
        return self._path

    def __repr__(self):
        return f'<DirEntry {self._name!r}>'

    __class_getitem__ = classmethod(_GenericAlias)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    # What scandir() returns: an iterator of DirEntry objects that is also a context
    # manager; close() (or the end of the with block, or of the listing) ends it.

    def __init__(self, top, names, as_bytes):
        self._top = top
        self._names = names
        self._next = 0
        self._as_bytes = as_bytes

    def __iter__(self):
        return self

    def __next__(self):
        names = self._names
        if names is None:
            raise StopIteration
        if self._next >= len(names):
            self.close()
            raise StopIteration
        entry_name = names[self._next]
        self._next += 1
        top = self._top
        if top is None:
            full = (b'./' if self._as_bytes else './') + entry_name
        elif top.endswith(b'/' if self._as_bytes else '/'):
            full = top + entry_name
        else:
            full = top + (b'/' if self._as_bytes else '/') + entry_name
        try:
            info = lstat(full)
        except (OSError, ValueError):
            info = None
        return DirEntry(_CREATE, entry_name, full, info)

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return None

    def __reduce__(self):
        raise TypeError("cannot pickle 'posix.ScandirIterator' object")


_ScandirIterator.__module__ = 'posix'
_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'


def scandir(path=None):
    """Return an iterator of DirEntry objects for the directory path (the current directory
    by default); entries come in the order listdir() gives them, without '.' and '..'."""
    if path is None:
        top = None
        names = listdir('.')
        as_bytes = False
    else:
        if isinstance(path, (str, bytes)):
            top = path
        elif hasattr(type(path), '__fspath__'):
            top = fspath(path)
        elif isinstance(path, int):
            raise TypeError('scandir: a file descriptor is not supported here; '
                            'give the path of the directory')
        else:
            raise TypeError('scandir: path should be string, bytes, os.PathLike, '
                            f'integer or None, not {type(path).__name__}')
        as_bytes = isinstance(top, bytes)
        if as_bytes:
            if b'\0' in top:
                raise ValueError('scandir: embedded null character in path')
        elif '\0' in top:
            raise ValueError('embedded null byte')
        names = listdir(path)
    return _ScandirIterator(top, names, as_bytes)


# The environment

class _Environ(_MutableMapping):
    # A str -> str view of the environment (bytes -> bytes for environb) over a dict of
    # bytes: encode/decode translate keys and values; writes reach putenv() and unsetenv()
    # so that the process environment follows.

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self._data = data
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue

    def __getitem__(self, key):
        try:
            raw = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(raw)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        raw_key = self.encodekey(key)
        unsetenv(raw_key)
        try:
            del self._data[raw_key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # A snapshot of the keys, so that the environment may change during the loop.
        for raw_key in list(self._data):
            yield self.decodekey(raw_key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}'
                          for k, v in self._data.items())
        return 'environ({' + items + '})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        merged.update(self)
        return merged


def _encode_str(value):
    if not isinstance(value, str):
        raise TypeError(f'str expected, not {type(value).__name__}')
    return value.encode(_FS_ENCODING, _FS_ERRORS)


def _decode_str(value):
    return value.decode(_FS_ENCODING, _FS_ERRORS)


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError(f'bytes expected, not {type(value).__name__}')
    return value


environ = _Environ(posix.environ, _encode_str, _decode_str, _encode_str, _decode_str)
environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)


def getenv(key, default=None):
    """Return the value of the environment variable key (a str), or default if it is not
    set."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Return the value of the environment variable key (a bytes), or default if it is not
    set."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """Return the list of directories that would be searched for a program to run, from
    PATH in env (os.environ by default) or, without one, from os.defpath."""
    if env is None:
        env = environ
    try:
        found = env.get('PATH')
    except TypeError:
        found = None
    try:
        found_b = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if found is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        found = found_b
    if found is not None and isinstance(found, bytes):
        found = fsdecode(found)
    if found is None:
        found = defpath
    return found.split(pathsep)


# File system names

def fsencode(filename):
    """Encode filename (a path-like object) to bytes for the file system: UTF-8 with
    surrogateescape; bytes are returned unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode(_FS_ENCODING, _FS_ERRORS)
    return filename


def fsdecode(filename):
    """Decode filename (a path-like object) from the file system encoding: UTF-8 with
    surrogateescape; str is returned unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode(_FS_ENCODING, _FS_ERRORS)
    return filename


def _check_methods(cls, *methods):
    # True if every method is defined (not as None) along cls's MRO, else NotImplemented.
    for method in methods:
        for base in cls.__mro__:
            if method in base.__dict__:
                if base.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class PathLike(abc.ABC):
    """Abstract base class for objects that implement the file system path protocol
    (__fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    """Return a file object for the open file descriptor fd (as open(fd, ...) does)."""
    if not isinstance(fd, int):
        raise TypeError(f'invalid fd type ({type(fd)}, expected integer)')
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name',
           'path', 'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode',
           'get_exec_path', 'fdopen', 'extsep']
__all__ += [n for n in dir(posix) if not n.startswith('_') and n not in __all__]
__all__ += ['_exit', 'makedirs', 'removedirs', 'renames', 'walk', 'getenv',
            'supports_bytes_environ', 'environb', 'getenvb']
for _n in ('scandir', 'DirEntry', 'environ', 'error', 'stat_result',
           'terminal_size', 'times_result', 'uname_result'):
    if _n not in __all__:
        __all__.append(_n)
del _n
