"""stat: constants and tests for the st_mode of os.stat() results, and filemode().

Provided: the ST_* indexes into a stat tuple, the S_IF* file type bits with S_IFMT() and the
S_IS*() type tests, S_IMODE(), the S_I* permission bits, the UF_* and SF_* file flags and
filemode(), with the values CPython reports on Linux.

Differences from CPython: the functions are Python functions (CPython's come from _stat), and
the Windows-only FILE_ATTRIBUTE_* constants are absent.
"""

# Where each field sits in the tuple form of a stat result.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types (the bits S_IFMT() keeps). Door, event port and whiteout files do not exist on
# Linux: their values are 0, so their tests are always false.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and mode bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# Flags of st_flags (BSD and macOS; Linux reports no st_flags).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000


def _mode(mode):
    # A mode is a C mode_t: an unsigned 32-bit int, checked the way CPython's _stat checks it.
    if not isinstance(mode, int):
        raise TypeError('an integer is required')
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFFFFFF:
        if mode > 0xFFFFFFFFFFFFFFFF:
            raise OverflowError('Python int too large to convert to C unsigned long')
        raise OverflowError('mode out of range')
    return int(mode)


def S_IMODE(mode):
    """Return the permission bits of mode (those chmod() can set)."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """Return the file type bits of mode."""
    return _mode(mode) & 0o170000


def S_ISDIR(mode):
    """Return True if mode is that of a directory."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Return True if mode is that of a character device."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Return True if mode is that of a block device."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Return True if mode is that of a regular file."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Return True if mode is that of a FIFO (named pipe)."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Return True if mode is that of a symbolic link."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Return True if mode is that of a socket."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Return True if mode is that of a door (never, on Linux)."""
    _mode(mode)
    return False


def S_ISPORT(mode):
    """Return True if mode is that of an event port (never, on Linux)."""
    _mode(mode)
    return False


def S_ISWHT(mode):
    """Return True if mode is that of a whiteout (never, on Linux)."""
    _mode(mode)
    return False


# For each of the nine letters after the type letter of filemode(): the (bits, letter) pairs
# to try in turn; the first pair whose bits are all set in the mode gives the letter, and '-'
# is used when none matches.
_filemode_table = (
    ((S_IFLNK, 'l'),
     (S_IFSOCK, 's'),
     (S_IFREG, '-'),
     (S_IFBLK, 'b'),
     (S_IFDIR, 'd'),
     (S_IFCHR, 'c'),
     (S_IFIFO, 'p')),
    ((S_IRUSR, 'r'),),
    ((S_IWUSR, 'w'),),
    ((S_IXUSR | S_ISUID, 's'),
     (S_ISUID, 'S'),
     (S_IXUSR, 'x')),
    ((S_IRGRP, 'r'),),
    ((S_IWGRP, 'w'),),
    ((S_IXGRP | S_ISGID, 's'),
     (S_ISGID, 'S'),
     (S_IXGRP, 'x')),
    ((S_IROTH, 'r'),),
    ((S_IWOTH, 'w'),),
    ((S_IXOTH | S_ISVTX, 't'),
     (S_ISVTX, 'T'),
     (S_IXOTH, 'x')),
)

_TYPE_LETTERS = {
    S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b',
    S_IFDIR: 'd', S_IFCHR: 'c', S_IFIFO: 'p',
}


def filemode(mode):
    """Return the ls -l style string for mode, such as '-rw-r--r--' or 'drwxr-xr-x'."""
    mode = _mode(mode)
    letters = [_TYPE_LETTERS.get(mode & 0o170000, '?')]
    for choices in _filemode_table[1:]:
        for bits, letter in choices:
            if mode & bits == bits:
                letters.append(letter)
                break
        else:
            letters.append('-')
    return ''.join(letters)
