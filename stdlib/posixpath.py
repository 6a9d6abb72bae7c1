"""posixpath: os.path for POSIX paths (what os.path is on Linux).

Provided: everything CPython 3.11's posixpath exports (see __all__): the pure string
operations (join, split, splitext, splitdrive, basename, dirname, normpath, normcase, isabs,
commonpath, commonprefix, relpath, expandvars, expanduser) and those that ask the file system
(abspath, realpath, exists, lexists, isdir, isfile, islink, ismount, getsize, the get*time
functions, samefile, sameopenfile, samestat). Every function takes str, bytes or an
os.PathLike, with CPython's TypeError messages for wrong or mixed types.

Differences from CPython: expanduser() gives up (returns the path unchanged) where CPython
would consult the pwd module and there is none: for '~user', and for '~' when HOME is not
set. expandvars() scans by hand rather than with the re module, to the same effect.
"""

import os
import stat
import genericpath
from genericpath import *

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime',
           'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser',
           'expandvars', 'normpath', 'abspath', 'samefile', 'sameopenfile', 'samestat',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull',
           'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath']


def _get_sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    """Return s with its case normalized: on POSIX, s itself (as str or bytes)."""
    return os.fspath(s)


def isabs(s):
    """Return True if s is an absolute path (begins with a slash)."""
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Join path components with '/'. A component that is absolute discards everything
    before it; an empty last component leaves a trailing slash."""
    a = os.fspath(a)
    sep = _get_sep(a)
    result = a
    try:
        for part in map(os.fspath, p):
            if part.startswith(sep):
                result = part
            elif not result or result.endswith(sep):
                result = result + part
            else:
                result = result + sep + part
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return result


def split(p):
    """Split p into (head, tail): tail is what follows the last slash (maybe empty), head is
    what precedes it, without trailing slashes unless it is all slashes."""
    p = os.fspath(p)
    sep = _get_sep(p)
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    if head and head.strip(sep):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split p into (root, ext) where ext is empty or begins with the last dot of the last
    component (leading dots of that component do not count)."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')


def splitdrive(p):
    """Split p into (drive, path); POSIX paths have no drive, so drive is always empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Return the final component of p (what follows the last slash)."""
    p = os.fspath(p)
    return p[p.rfind(_get_sep(p)) + 1:]


def dirname(p):
    """Return the directory part of p (the head of split(p))."""
    p = os.fspath(p)
    sep = _get_sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head.strip(sep):
        head = head.rstrip(sep)
    return head


def islink(path):
    """Return True if path names a symbolic link (a broken one included)."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Return True if path names an existing file, a broken symbolic link included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Return True if path is a mount point: a directory on another device than its parent,
    or the same directory as its parent (the root)."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = realpath(join(path, b'..' if isinstance(path, bytes) else '..'))
    try:
        parent_st = os.lstat(parent)
    except (OSError, ValueError):
        return False
    if st.st_dev != parent_st.st_dev:
        return True
    return st.st_ino == parent_st.st_ino


def expanduser(path):
    """Replace a leading '~' or '~user' component of path by that user's home directory
    ('~' uses $HOME). The path is returned unchanged when the home cannot be found."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    if not path.startswith(tilde):
        return path
    sep = _get_sep(path)
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            try:
                import pwd
            except ImportError:
                return path
            try:
                home = pwd.getpwuid(os.getuid()).pw_dir
            except KeyError:
                return path
    else:
        try:
            import pwd
        except ImportError:
            return path
        user = path[1:end]
        if is_bytes:
            user = str(user, 'ASCII')
        try:
            home = pwd.getpwnam(user).pw_dir
        except KeyError:
            return path
    if is_bytes:
        home = os.fsencode(home)
    root = _get_sep(path)
    home = home.rstrip(root)
    return (home + path[end:]) or root


_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_NAME_BYTES = frozenset(map(ord, _NAME_CHARS))


def _find_var(path, start, is_bytes):
    # Find the first reference at or after start: '$' followed by a name of ASCII letters,
    # digits and underscores, or by '{...}'. Return (begin, end, name) with name the text
    # between the delimiters ('{...}' keeps its braces), or None.
    dollar = b'$' if is_bytes else '$'
    brace = b'{' if is_bytes else '{'
    close = b'}' if is_bytes else '}'
    names = _NAME_BYTES if is_bytes else _NAME_CHARS
    n = len(path)
    while True:
        begin = path.find(dollar, start)
        if begin < 0:
            return None
        k = begin + 1
        while k < n and path[k] in names:
            k += 1
        if k > begin + 1:
            return begin, k, path[begin + 1:k]
        if path[begin + 1:begin + 2] == brace:
            end = path.find(close, begin + 2)
            if end >= 0:
                return begin, end + 1, path[begin + 1:end + 1]
        start = begin + 1


def expandvars(path):
    """Replace each $name and ${name} in path by the value of that environment variable;
    references to variables that are not set are left alone."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    if is_bytes:
        if b'$' not in path:
            return path
        open_brace, close_brace = b'{', b'}'
        environ = getattr(os, 'environb', None)
    else:
        if '$' not in path:
            return path
        open_brace, close_brace = '{', '}'
        environ = os.environ
    i = 0
    while True:
        found = _find_var(path, i, is_bytes)
        if found is None:
            break
        i, j, name = found
        if name.startswith(open_brace) and name.endswith(close_brace):
            name = name[1:-1]
        try:
            if environ is None:
                value = os.fsencode(os.environ[os.fsdecode(name)])
            else:
                value = environ[name]
        except KeyError:
            i = j
        else:
            rest = path[j:]
            path = path[:i] + value
            i = len(path)
            path = path + rest
    return path


def normpath(path):
    """Return path with redundant slashes and '.' components removed and each '..' folded
    into the component before it where there is one. Up to two leading slashes are kept
    (three or more become one); the empty path becomes '.'."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    leading = 0
    if path.startswith(sep):
        leading = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if leading:
                # '..' of the root is the root.
                continue
        parts.append(comp)
    result = sep * leading + sep.join(parts)
    return result or dot


def abspath(path):
    """Return the absolute, normalized form of path (relative to the current directory)."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of filename: absolute, with every symbolic link resolved.
    With strict=True a component that does not exist, or a loop of links, raises OSError;
    otherwise what cannot be resolved is kept as written."""
    filename = os.fspath(filename)
    resolved, ok = _resolve(filename[:0], filename, strict, {})
    return abspath(resolved)


def _resolve(base, rest, strict, links):
    # Walk the components of rest onto base (already resolved), replacing each symbolic link
    # by what it points to. links maps each link met to where it resolved, or to None while
    # it is being resolved (meeting it again then means a loop). Returns (path, ok); ok is
    # False when a loop stopped the walk, in which case path is the unresolved remainder
    # appended to where the walk stopped.
    if isinstance(rest, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
    else:
        sep, dot, dotdot = '/', '.', '..'
    if rest.startswith(sep):
        base = sep
        rest = rest[1:]
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == dot:
            continue
        if name == dotdot:
            if not base:
                base = dotdot
            else:
                base, last = split(base)
                if last == dotdot:
                    base = join(base, dotdot, dotdot)
            continue
        candidate = join(base, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            base = candidate
            continue
        if candidate in links:
            target = links[candidate]
            if target is not None:
                base = target
                continue
            # A loop: stat() reports it as ELOOP in strict mode.
            if strict:
                os.stat(candidate)
            return join(candidate, rest), False
        links[candidate] = None
        base, ok = _resolve(base, os.readlink(candidate), strict, links)
        if not ok:
            return join(base, rest), False
        links[candidate] = base
    return base, True


def relpath(path, start=None):
    """Return path relative to start (the current directory by default)."""
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    if isinstance(path, bytes):
        here, sep, up = b'.', b'/', b'..'
    else:
        here, sep, up = '.', '/', '..'
    if start is None:
        start = here
    else:
        start = os.fspath(start)
    try:
        start_parts = [c for c in abspath(start).split(sep) if c]
        path_parts = [c for c in abspath(path).split(sep) if c]
        same = len(commonprefix([start_parts, path_parts]))
        parts = [up] * (len(start_parts) - same) + path_parts[same:]
        if not parts:
            return here
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Return the longest path (whole components) that every path in the sequence begins
    with. The paths must be all absolute or all relative."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    try:
        split_paths = [p.split(sep) for p in paths]
        kinds = set(p[:1] == sep for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        absolute = kinds.pop()
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i, comp in enumerate(lo):
            if comp != hi[i]:
                common = lo[:i]
                break
        prefix = sep if absolute else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
