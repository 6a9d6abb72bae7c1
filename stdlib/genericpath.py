"""genericpath: the parts of os.path that do not depend on the path flavour.

Provided: exists, isfile, isdir, getsize, getmtime, getatime, getctime, commonprefix,
samefile, sameopenfile, samestat, and the private helpers _splitext and _check_arg_types that
posixpath builds on. Behaviour and messages follow CPython 3.11.
"""

import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']


def exists(path):
    """Return True if path names an existing file or directory (False for a broken link)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Return True if path names an existing regular file (links are followed)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return True if s names an existing directory (links are followed)."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """Return the size of the file, as os.stat() reports it."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the time of the last modification of the file, in seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the time of the last access to the file, in seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of the file, in seconds since the epoch."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """Return the longest prefix (element by element, not component by component) shared by
    every item of the list m."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # Every item shares the prefix exactly when the smallest and the largest do.
    lo = min(m)
    hi = max(m)
    for i, item in enumerate(lo):
        if item != hi[i]:
            return lo[:i]
    return lo


def samestat(s1, s2):
    """Return True if the two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Return True if the two paths name the same file (by device and inode)."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Return True if the two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    # Split p into (root, ext) at the last extsep of its last component, unless everything
    # before that extsep in the component is extsep too (so '.bashrc' and '..' have no ext).
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        start = last_sep + 1
        while start < dot:
            if p[start:start + 1] != extsep:
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # Called once an operation on path components failed with a TypeError, to replace it with
    # a clearer one when an argument is of the wrong type or str and bytes are mixed.
    seen_str = seen_bytes = False
    for s in args:
        if isinstance(s, str):
            seen_str = True
        elif isinstance(s, bytes):
            seen_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if seen_str and seen_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# Imported last: os imports posixpath, which star-imports this module, so when this module is
# the one imported first, everything above must exist before os is imported.
import os
