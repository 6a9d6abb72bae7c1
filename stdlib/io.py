"""io: streams over files, bytes and text (Python 3.11's io module), built on the posix module.

Provided: open, open_code, text_encoding, DEFAULT_BUFFER_SIZE, SEEK_SET/SEEK_CUR/SEEK_END,
UnsupportedOperation, BlockingIOError, the abstract bases IOBase, RawIOBase, BufferedIOBase and
TextIOBase (ABCs, as in CPython) and the concrete FileIO, BytesIO, StringIO, BufferedReader,
BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper and IncrementalNewlineDecoder.
The concrete classes present themselves as CPython's `_io` types (`_io.TextIOWrapper`, ...),
with CPython's reprs, modes, error messages and TextIOWrapper tell() cookies.

Differences from CPython: there are no finalizers, so a file that is never closed is not
closed or flushed when it is dropped: only at exit, when the runtime calls _flush_open_files()
(so close files, or use `with`); text codecs are limited to those that
str.encode and bytes.decode know (utf-8, utf-8-sig, ascii, latin-1, cp1252 and the utf-16 and
utf-32 families are incremental; another codec the VM knows is decoded chunk by chunk, which is
only right for single-byte codecs); BytesIO.getbuffer() returns a view that does not stop the
BytesIO from being resized; the objects cannot be pickled; no EncodingWarning, and
open(..., 'b', buffering=1) does not warn when no `warnings` module is present.
"""

import sys
import posix as _posix
import abc as _abc

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'

_O_CLOEXEC = getattr(_posix, 'O_CLOEXEC', 0)
_SEEK_EXTRA = tuple(getattr(_posix, name) for name in ('SEEK_DATA', 'SEEK_HOLE')
                    if hasattr(_posix, name))
_EBADF = 9
_EISDIR = 21
_ESPIPE = 29
_EAGAIN = 11

_CLOSED = 'I/O operation on closed file'     # FileIO's and StringIO's wording
_CLOSED_DOT = 'I/O operation on closed file.'  # IOBase's, BytesIO's and TextIOWrapper's
_UNINIT = 'I/O operation on uninitialized object'


# Streams with buffered write data, flushed at exit by _flush_open_files() (the runtime calls
# it; CPython's finalizers do this).  Closing or detaching a stream takes it out.
_open_files = {}


def _flush_open_files(forget=True):
    """Flush every stream that was opened for writing and not closed (text wrappers first).
    At exit they are forgotten; an embedded interpreter flushes after each run and keeps them."""
    streams = list(_open_files.values())
    if forget:
        _open_files.clear()
    for stream in sorted(streams, key=lambda s: not isinstance(s, TextIOWrapper)):
        try:
            if not stream.closed:
                stream.flush()
        except Exception:
            pass


# Argument helpers.

def _tpname(t):
    """The type name CPython prints in messages (tp_name): '_io.X' for our _io classes."""
    if t.__module__ == '_io':
        return '_io.' + t.__name__
    return t.__name__


def _argtype(obj):
    """How argument-clinic messages name an argument's type ('None' for None, else tp_name)."""
    return 'None' if obj is None else _tpname(type(obj))


def _index(n):
    """An integer argument, as CPython's 'n' / 'i' converters take it (bools included)."""
    if type(n) is int:
        return n
    try:
        f = type(n).__index__
    except AttributeError:
        raise TypeError(f"'{_tpname(type(n))}' object cannot be interpreted as an integer") \
            from None
    return f(n)


def _optsize(n):
    """A size that may be None (meaning -1), as _Py_convert_optional_to_ssize_t takes it."""
    if type(n) is int:
        return n
    if n is None:
        return -1
    try:
        f = type(n).__index__
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{_tpname(type(n))}'") \
            from None
    return f(n)


def _bytes_arg(b):
    """A read-only bytes-like argument as bytes or bytearray."""
    t = type(b)
    if t is bytes or t is bytearray:
        return b
    try:
        m = memoryview(b)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{_tpname(t)}'") from None
    return m.tobytes()


def _rw_view(b, what):
    """A writable byte view of b for readinto(); what names the method in the error."""
    try:
        m = memoryview(b)
    except TypeError:
        m = None
    if m is None or m.readonly:
        raise TypeError(f"{what}() argument must be read-write bytes-like object, "
                        f"not {_tpname(type(b))}")
    if m.format != 'B' or m.ndim != 1:
        m = m.cast('B')
    return m


def _byte_text(data):
    """data as a str with one character per byte, so that str.find() can stand in for
    bytes.find(): the bytes methods of this VM convert their whole operand on every call, which
    makes a find per line cost as much as the buffer it searches."""
    s = data.decode('utf-8', 'surrogateescape')
    if len(s) != len(data):
        s = data.decode('latin-1')
    return s


def _locale_encoding():
    return 'utf-8' if getattr(sys.flags, 'utf8_mode', 0) else 'UTF-8'


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when encoding is None: 'locale', or 'utf-8' in UTF-8 mode."""
    if encoding is None:
        encoding = 'utf-8' if getattr(sys.flags, 'utf8_mode', 0) else 'locale'
    return encoding


# The base classes (CPython's _io._IOBase and friends; io.IOBase etc. are ABCs over them).

class _IOBase:
    """The base class of all I/O classes."""
    __module__ = '_io'
    _iobase_closed = False

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def flush(self):
        if self._iobase_closed:
            raise ValueError(_CLOSED_DOT)

    def close(self):
        if not self._iobase_closed:
            try:
                self.flush()
            finally:
                self._iobase_closed = True

    @property
    def closed(self):
        return self._iobase_closed

    def _checkClosed(self, *args):
        if self.closed:
            raise ValueError(_CLOSED_DOT)

    def _checkReadable(self, *args):
        if self.readable() is not True:
            raise UnsupportedOperation('File or stream is not readable.')
        return True

    def _checkWritable(self, *args):
        if self.writable() is not True:
            raise UnsupportedOperation('File or stream is not writable.')
        return True

    def _checkSeekable(self, *args):
        if self.seekable() is not True:
            raise UnsupportedOperation('File or stream is not seekable.')
        return True

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def isatty(self):
        if self.closed:
            raise ValueError(_CLOSED_DOT)
        return False

    def __enter__(self):
        if self.closed:
            raise ValueError(_CLOSED_DOT)
        return self

    def __exit__(self, *args):
        return self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError(_CLOSED_DOT)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        """Read one line (bytes), through peek() when the stream has it, else a byte at a time."""
        size = _optsize(size)
        peek = getattr(self, 'peek', None)
        res = bytearray()
        while size < 0 or len(res) < size:
            nreadahead = 1
            if peek is not None:
                ahead = peek(1)
                if not isinstance(ahead, bytes):
                    raise OSError("peek() should have returned a bytes object, "
                                  f"not '{_tpname(type(ahead))}'")
                if ahead:
                    lim = len(ahead) if size < 0 else min(len(ahead), size - len(res))
                    i = ahead.find(b'\n', 0, lim)
                    nreadahead = i + 1 if i >= 0 else lim
            b = self.read(nreadahead)
            if not isinstance(b, bytes):
                raise OSError("read() should have returned a bytes object, "
                              f"not '{_tpname(type(b))}'")
            if not b:
                break
            res += b
            if res[-1] == 10:
                break
        return bytes(res)

    def readlines(self, hint=None):
        hint = _optsize(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        if self.closed:
            raise ValueError(_CLOSED_DOT)
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Base class for raw binary I/O: read() and readall() are built on readinto()."""
    __module__ = '_io'

    def read(self, size=-1):
        size = _optsize(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        if n < 0 or n > size:
            raise ValueError(f'readinto returned {n} outside buffer size {size}')
        del b[n:]
        return bytes(b)

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not chunks:
                    return None
                break
            if not isinstance(data, bytes):
                raise TypeError('read() should return bytes')
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """Base class for buffered binary streams."""
    __module__ = '_io'

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        raise UnsupportedOperation('read1')

    def write(self, b):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')

    def readinto(self, b):
        return self._readinto_via_read(_rw_view(b, 'readinto'), self.read)

    def readinto1(self, b):
        return self._readinto_via_read(_rw_view(b, 'readinto1'), self.read1)

    def _readinto_via_read(self, m, read):
        data = read(len(m))
        if not isinstance(data, bytes):
            raise TypeError('read() should return bytes')
        n = len(data)
        if n > len(m):
            raise ValueError(f'read() returned too much data: {len(m)} bytes requested, '
                             f'{n} returned')
        m[:n] = data
        return n


class _TextIOBase(_IOBase):
    """Base class for text streams."""
    __module__ = '_io'

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def readline(self, size=-1):
        raise UnsupportedOperation('readline')

    def write(self, s):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# FileIO: the raw file, one posix call per operation.

class FileIO(_RawIOBase):
    """Raw binary I/O on a file descriptor (opened from a path, or given)."""
    __module__ = '_io'
    _fd = -1
    _closefd = True
    _created = False
    _readable = False
    _writable = False
    _appending = False
    _seekable = None
    _blksize = DEFAULT_BUFFER_SIZE

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            # Re-initialisation: let go of the previous descriptor first.
            fd = self._fd
            self._fd = -1
            if self._closefd:
                _posix.close(fd)
        fd = None
        try:
            fd = _index(file)
        except TypeError:
            pass
        if fd is not None:
            if fd < -0x80000000 or fd > 0x7fffffff:
                fd = None
            elif fd < 0:
                raise ValueError('negative file descriptor')
        if fd is None:
            path = _posix.fspath(file)
            if (b'\0' if isinstance(path, bytes) else '\0') in path:
                raise ValueError('embedded null byte')
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {_argtype(mode)}")
        created = readable = writable = appending = False
        rwa = plus = False
        flags = 0
        for c in mode:
            if c in 'xrwa':
                if rwa:
                    raise ValueError('Must have exactly one of create/read/write/append '
                                     'mode and at most one plus')
                rwa = True
                if c == 'x':
                    created = writable = True
                    flags |= _posix.O_EXCL | _posix.O_CREAT
                elif c == 'r':
                    readable = True
                elif c == 'w':
                    writable = True
                    flags |= _posix.O_CREAT | _posix.O_TRUNC
                else:
                    writable = appending = True
                    flags |= _posix.O_APPEND | _posix.O_CREAT
            elif c == '+':
                if plus:
                    raise ValueError('Must have exactly one of create/read/write/append '
                                     'mode and at most one plus')
                readable = writable = plus = True
            elif c != 'b':
                raise ValueError(f'invalid mode: {mode}')
        if not rwa:
            raise ValueError('Must have exactly one of create/read/write/append '
                             'mode and at most one plus')
        if readable and writable:
            flags |= _posix.O_RDWR
        elif readable:
            flags |= _posix.O_RDONLY
        else:
            flags |= _posix.O_WRONLY
        flags |= _O_CLOEXEC
        self._created = created
        self._readable = readable
        self._writable = writable
        self._appending = appending
        self._seekable = None
        self._blksize = DEFAULT_BUFFER_SIZE
        own = False
        if fd is not None:
            self._closefd = bool(closefd)
        else:
            self._closefd = True
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                try:
                    fd = _posix.open(file, flags, 0o666)
                except OSError as e:
                    if e.filename is not file and not isinstance(file, (str, bytes)):
                        e.filename = file
                    raise
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError(f'opener returned {fd}')
            own = True
        self._fd = fd
        try:
            try:
                st = _posix.fstat(fd)
            except OSError as e:
                # Only EBADF is fatal: other fstat failures are tolerated, as in CPython.
                if e.errno == _EBADF:
                    raise
                st = None
            if st is not None:
                if (getattr(st, 'st_mode', 0) & 0o170000) == 0o040000:
                    raise IsADirectoryError(_EISDIR, _posix.strerror(_EISDIR), file)
                blksize = getattr(st, 'st_blksize', 0)
                if blksize and blksize > 1:
                    self._blksize = blksize
            self.name = file
            if appending:
                try:
                    _posix.lseek(fd, 0, SEEK_END)
                except OSError as e:
                    if e.errno != _ESPIPE:
                        raise
        except BaseException:
            self._fd = -1
            if own:
                try:
                    _posix.close(fd)
                except OSError:
                    pass
            raise

    def _mode_string(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    @property
    def mode(self):
        return self._mode_string()

    @property
    def closefd(self):
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0

    def __repr__(self):
        tn = _tpname(type(self))
        if self._fd < 0:
            return f'<{tn} [closed]>'
        try:
            name = self.name
        except AttributeError:
            return f"<{tn} fd={self._fd} mode='{self._mode_string()}' closefd={self._closefd}>"
        return f"<{tn} name={name!r} mode='{self._mode_string()}' closefd={self._closefd}>"

    def close(self):
        try:
            _RawIOBase.close(self)
        finally:
            fd = self._fd
            if fd >= 0:
                self._fd = -1
                if self._closefd:
                    _posix.close(fd)

    def fileno(self):
        if self._fd < 0:
            raise ValueError(_CLOSED)
        return self._fd

    def readable(self):
        if self._fd < 0:
            raise ValueError(_CLOSED)
        return self._readable

    def writable(self):
        if self._fd < 0:
            raise ValueError(_CLOSED)
        return self._writable

    def seekable(self):
        if self._fd < 0:
            raise ValueError(_CLOSED)
        if self._seekable is None:
            try:
                _posix.lseek(self._fd, 0, SEEK_CUR)
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def isatty(self):
        if self._fd < 0:
            raise ValueError(_CLOSED)
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        size = _optsize(size)
        if self._fd < 0:
            raise ValueError(_CLOSED)
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        if size < 0:
            return self.readall()
        try:
            return _posix.read(self._fd, size)
        except BlockingIOError:
            return None

    def readall(self):
        """Read to EOF: one read of the whole rest when fstat knows the size."""
        fd = self._fd
        if fd < 0:
            raise ValueError(_CLOSED)
        bufsize = DEFAULT_BUFFER_SIZE
        try:
            end = _posix.fstat(fd).st_size
            pos = _posix.lseek(fd, 0, SEEK_CUR)
        except (OSError, AttributeError):
            end = pos = -1
        if end > 0 and end >= pos >= 0:
            bufsize = end - pos + 1
        chunks = []
        while True:
            try:
                data = _posix.read(fd, bufsize)
            except BlockingIOError:
                if not chunks:
                    return None
                break
            if not data:
                break
            chunks.append(data)
            if bufsize < 65536:
                bufsize = 65536
        if len(chunks) == 1:
            return chunks[0]
        return b''.join(chunks)

    def readinto(self, b):
        m = _rw_view(b, 'readinto')
        if self._fd < 0:
            raise ValueError(_CLOSED)
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        try:
            data = _posix.read(self._fd, len(m))
        except BlockingIOError:
            return None
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        data = _bytes_arg(b)
        if self._fd < 0:
            raise ValueError(_CLOSED)
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        try:
            return _posix.write(self._fd, data)
        except BlockingIOError:
            return None

    def seek(self, pos, whence=0):
        whence = _index(whence)
        if self._fd < 0:
            raise ValueError(_CLOSED)
        return _posix.lseek(self._fd, _index(pos), whence)

    def tell(self):
        if self._fd < 0:
            raise ValueError(_CLOSED)
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        if self._fd < 0:
            raise ValueError(_CLOSED)
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = _posix.lseek(self._fd, 0, SEEK_CUR)
        else:
            size = _index(size)
        _posix.ftruncate(self._fd, size)
        return size


# Buffered binary streams.  One implementation serves BufferedReader, BufferedWriter and
# BufferedRandom (each class takes the methods it exposes from _Buffered).  It keeps CPython's
# buffer model, so that the amounts that read1(), peek() and readinto() return, and the raw
# calls made, are the same: one buffer of buffer_size bytes with
#   _pos                 the logical position inside the buffer,
#   _read_end            the end of the valid read data (-1: no read data),
#   _write_pos/_write_end  the range of data written but not yet flushed (_write_end -1: none),
#   _raw_pos             where the raw stream is, relative to the buffer start (-1: unknown),
#   _abs_pos             the raw stream's absolute position when known (-1: unknown).

def _check_readable(raw):
    if raw.readable() is not True:
        raise UnsupportedOperation('File or stream is not readable.')


def _check_writable(raw):
    if raw.writable() is not True:
        raise UnsupportedOperation('File or stream is not writable.')


def _check_seekable(raw):
    if raw.seekable() is not True:
        raise UnsupportedOperation('File or stream is not seekable.')


def _not_ok(self):
    if self._detached:
        raise ValueError('raw stream has been detached')
    raise ValueError(_UNINIT)


class _Buffered:
    """Method source for the buffered classes (never instantiated)."""
    _ok = False
    _detached = False
    _raw = None
    _fastfio = False
    _readable = False
    _writable = False
    _buf = None
    _bview = None
    _bufsize = DEFAULT_BUFFER_SIZE
    _mask = 0
    _pos = 0
    _read_end = -1
    _write_pos = 0
    _write_end = -1
    _raw_pos = 0
    _abs_pos = -1
    _sbuf = None    # _byte_text() of the buffer's data, made by readline (None: not made)

    def _setup(self, raw, buffer_size, readable, writable):
        self._raw = raw
        self._bufsize = buffer_size
        self._readable = readable
        self._writable = writable
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._buf = bytearray(buffer_size)
        # Stores go through a memoryview: slice assignment to a bytearray costs time in
        # proportion to the whole bytearray in this VM, through a view only to the data stored.
        self._bview = memoryview(self._buf)
        self._mask = buffer_size - 1 if buffer_size & (buffer_size - 1) == 0 else 0
        self._abs_pos = -1
        try:
            self._raw_tell()
        except Exception:
            pass
        self._pos = 0
        self._raw_pos = 0
        self._read_end = -1
        self._write_pos = 0
        self._write_end = -1
        self._fastfio = type(raw) is FileIO
        self._ok = True
        if writable:
            _open_files[id(self)] = self

    # The buffer state.

    def _readahead(self):
        if self._readable and self._read_end != -1:
            return self._read_end - self._pos
        return 0

    def _raw_offset(self):
        if (((self._readable and self._read_end != -1)
             or (self._writable and self._write_end != -1)) and self._raw_pos >= 0):
            return self._raw_pos - self._pos
        return 0

    def _adjust_position(self, pos):
        self._pos = pos
        if self._readable and self._read_end != -1 and self._read_end < pos:
            self._read_end = pos

    def _is_closed(self):
        if self._buf is None:
            return True
        if self._fastfio:
            return self._raw._fd < 0
        return bool(self._raw.closed)

    def _check_closed(self, msg):
        # As CPython: data still in the buffer can be read after the raw stream is closed.
        if self._is_closed() and self._readahead() == 0:
            raise ValueError(msg)

    # Raw stream access.

    def _raw_tell(self):
        n = _index(self._raw.tell())
        if n < 0:
            raise OSError(f'Raw stream returned invalid position {n}')
        self._abs_pos = n
        return n

    def _raw_seek(self, target, whence):
        n = _index(self._raw.seek(target, whence))
        if n < 0:
            raise OSError(f'Raw stream returned invalid position {n}')
        self._abs_pos = n
        return n

    def _raw_read(self, n):
        """Up to n bytes from the raw stream: bytes, b'' at EOF, None if it would block."""
        raw = self._raw
        if self._fastfio:
            data = raw.read(n)
            if data is None:
                return None
        else:
            b = bytearray(n)
            k = raw.readinto(memoryview(b))
            if k is None:
                return None
            k = _index(k)
            if k < 0 or k > n:
                raise OSError(f'raw readinto() returned invalid length {k} '
                              f'(should have been between 0 and {n})')
            del b[k:]
            data = bytes(b)
        if data and self._abs_pos != -1:
            self._abs_pos += len(data)
        return data

    def _raw_write(self, data):
        """Write data to the raw stream: the count written, or None if it would block."""
        n = self._raw.write(data)
        if n is None:
            return None
        n = _index(n)
        if n < 0 or n > len(data):
            raise OSError(f'raw write() returned invalid length {n} '
                          f'(should have been between 0 and {len(data)})')
        if n > 0 and self._abs_pos != -1:
            self._abs_pos += n
        return n

    def _fill_buffer(self):
        """Read more into the buffer after the read data: the count, 0 at EOF, None if it
        would block."""
        start = self._read_end if self._readable and self._read_end != -1 else 0
        data = self._raw_read(self._bufsize - start)
        if not data:
            return data if data is None else 0
        n = len(data)
        self._bview[start:start + n] = data
        self._sbuf = None
        self._read_end = start + n
        self._raw_pos = start + n
        return n

    def _flush_unlocked(self):
        """Write the buffered write data out to the raw stream."""
        if self._writable and self._write_end != -1 and self._write_pos != self._write_end:
            rewind = self._raw_offset() + (self._pos - self._write_pos)
            if rewind != 0:
                self._raw_seek(-rewind, SEEK_CUR)
                self._raw_pos -= rewind
            buf = self._buf
            while self._write_pos < self._write_end:
                n = self._raw_write(bytes(buf[self._write_pos:self._write_end]))
                if n is None:
                    raise BlockingIOError(_EAGAIN, 'write could not complete without blocking',
                                          0)
                self._write_pos += n
                self._raw_pos = self._write_pos
        self._write_pos = 0
        self._write_end = -1

    def _flush_and_rewind(self):
        self._flush_unlocked()
        if self._readable:
            # Put the raw stream back at the logical position.
            try:
                self._raw_seek(-self._raw_offset(), SEEK_CUR)
            finally:
                self._read_end = -1

    # Reading.

    def read(self, size=-1):
        size = _optsize(size)
        if not self._ok:
            _not_ok(self)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        self._check_closed('read of closed file')
        if size == -1:
            return self._read_all()
        end = self._read_end
        pos = self._pos
        if end != -1 and size <= end - pos:
            self._pos = pos + size
            return bytes(self._buf[pos:pos + size])
        return self._read_generic(size)

    def _read_all(self):
        current = self._readahead()
        data = None
        if current:
            data = bytes(self._buf[self._pos:self._pos + current])
            self._pos += current
        if self._writable:
            self._flush_and_rewind()
        self._read_end = -1
        raw = self._raw
        readall = getattr(raw, 'readall', None)
        if readall is not None:
            tmp = readall()
            if tmp is not None and not isinstance(tmp, bytes):
                raise TypeError('readall() should return bytes')
            if not current:
                return tmp
            if tmp is not None:
                return data + tmp
            return data
        chunks = [data] if data else []
        while True:
            d = raw.read()
            if d is not None and not isinstance(d, bytes):
                raise TypeError('read() should return bytes')
            if not d:
                if not current:
                    return d
                return b''.join(chunks)
            chunks.append(d)
            current += len(d)
            if self._abs_pos != -1:
                self._abs_pos += len(d)

    def _read_generic(self, n):
        current = self._readahead()
        buf = self._buf
        if n <= current:
            pos = self._pos
            self._pos = pos + n
            return bytes(buf[pos:pos + n])
        chunks = []
        remaining = n
        written = 0
        if current > 0:
            chunks.append(bytes(buf[self._pos:self._pos + current]))
            remaining -= current
            written += current
            self._pos += current
        if self._writable:
            self._flush_and_rewind()
        self._read_end = -1
        bufsize = self._bufsize
        # Whole blocks go straight from the raw stream to the result...
        while remaining > 0:
            r = remaining & ~self._mask if self._mask else bufsize * (remaining // bufsize)
            if r == 0:
                break
            data = self._raw_read(r)
            if not data:
                if data is not None or written > 0:
                    return b''.join(chunks)
                return None
            chunks.append(data)
            remaining -= len(data)
            written += len(data)
        # ...and the rest through the buffer.
        self._pos = 0
        self._raw_pos = 0
        self._read_end = 0
        while remaining > 0 and self._read_end < bufsize:
            r = self._fill_buffer()
            if not r:
                if r is not None or written > 0:
                    return b''.join(chunks)
                return None
            if r > remaining:
                r = remaining
            pos = self._pos
            chunks.append(bytes(buf[pos:pos + r]))
            written += r
            self._pos = pos + r
            remaining -= r
        if len(chunks) == 1:
            return chunks[0]
        return b''.join(chunks)

    def read1(self, size=-1):
        size = _index(size)
        if not self._ok:
            _not_ok(self)
        if size < 0:
            size = self._bufsize
        self._check_closed('read of closed file')
        if size == 0:
            return b''
        have = self._readahead()
        if have > 0:
            if size > have:
                size = have
            pos = self._pos
            self._pos = pos + size
            return bytes(self._buf[pos:pos + size])
        self._read_end = -1
        return self._raw_read(size) or b''

    def peek(self, size=0):
        _index(size)
        if not self._ok:
            _not_ok(self)
        self._check_closed('peek of closed file')
        if self._writable:
            self._flush_and_rewind()
        have = self._readahead()
        if have > 0:
            return bytes(self._buf[self._pos:self._pos + have])
        self._read_end = -1
        r = self._fill_buffer() or 0
        self._pos = 0
        return bytes(self._buf[:r])

    def readinto(self, b):
        return self._readinto(_rw_view(b, 'readinto'), False)

    def readinto1(self, b):
        return self._readinto(_rw_view(b, 'readinto1'), True)

    def _readinto(self, m, one):
        if not self._ok:
            _not_ok(self)
        self._check_closed('readinto of closed file')
        total = len(m)
        written = 0
        n = self._readahead()
        if n > 0:
            pos = self._pos
            if n >= total:
                m[:] = self._buf[pos:pos + total]
                self._pos = pos + total
                return total
            m[:n] = self._buf[pos:pos + n]
            self._pos = pos + n
            written = n
        if self._writable:
            self._flush_and_rewind()
        self._read_end = -1
        self._pos = 0
        bufsize = self._bufsize
        remaining = total - written
        while remaining > 0:
            if remaining > bufsize:
                # Big reads go straight into the caller's buffer.
                data = self._raw_read(remaining)
                n = None if data is None else len(data)
                if n:
                    m[written:written + n] = data
            elif not (one and written):
                n = self._fill_buffer()
                if n:
                    if n > remaining:
                        n = remaining
                    pos = self._pos
                    m[written:written + n] = self._buf[pos:pos + n]
                    self._pos = pos + n
                    written += n
                    remaining -= n
                    continue
            else:
                n = 0
            if n == 0 or (n is None and written > 0):
                break
            if n is None:
                return None
            if one:
                written += n
                break
            written += n
            remaining -= n
        return written

    def readline(self, size=-1):
        size = _optsize(size)
        if not self._ok:
            _not_ok(self)
        return self._readline(size)

    def _buf_text(self):
        s = self._sbuf
        if s is None or len(s) < self._read_end:
            s = self._sbuf = _byte_text(bytes(self._buf[:self._read_end]))
        return s

    def _readline(self, limit):
        self._check_closed('readline of closed file')
        buf = self._buf
        pos = self._pos
        n = self._readahead()
        if 0 <= limit < n:
            n = limit
        i = self._buf_text().find('\n', pos, pos + n) if n > 0 else -1
        if i >= 0:
            self._pos = i + 1
            return bytes(buf[pos:i + 1])
        if n == limit:
            self._pos = pos + n
            return bytes(buf[pos:pos + n])
        chunks = []
        if n > 0:
            chunks.append(bytes(buf[pos:pos + n]))
            self._pos = pos + n
            if limit >= 0:
                limit -= n
        if self._writable:
            self._flush_and_rewind()
        while True:
            self._read_end = -1
            n = self._fill_buffer()
            if not n:
                break
            if 0 <= limit < n:
                n = limit
            i = self._buf_text().find('\n', 0, n)
            if i >= 0:
                chunks.append(bytes(buf[:i + 1]))
                self._pos = i + 1
                break
            chunks.append(bytes(buf[:n]))
            if n == limit:
                self._pos = n
                break
            if limit >= 0:
                limit -= n
        if len(chunks) == 1:
            return chunks[0]
        return b''.join(chunks)

    def __next__(self):
        if not self._ok:
            _not_ok(self)
        t = type(self)
        if t is BufferedReader or t is BufferedRandom:
            line = self._readline(-1)
        else:
            line = self.readline()
            if not isinstance(line, bytes):
                raise OSError("readline() should have returned a bytes object, "
                              f"not '{_tpname(type(line))}'")
        if not line:
            raise StopIteration
        return line

    # Writing.

    def write(self, b):
        data = b if type(b) is bytes else _bytes_arg(b)
        if not self._ok:
            _not_ok(self)
        buf = self._buf
        if buf is None or (self._raw._fd < 0 if self._fastfio else self._raw.closed):
            raise ValueError('write to closed file')
        n = len(data)
        valid_read = self._readable and self._read_end != -1
        valid_write = self._write_end != -1
        if not valid_read and not valid_write:
            self._pos = 0
            self._raw_pos = 0
        pos = self._pos
        self._sbuf = None
        end = pos + n
        if end <= self._bufsize:
            # It fits in the buffer.
            self._bview[pos:end] = data
            if not valid_write or self._write_pos > pos:
                self._write_pos = pos
            self._pos = end
            if valid_read and self._read_end < end:
                self._read_end = end
            if end > self._write_end:
                self._write_end = end
            return n
        bufsize = self._bufsize
        # Flush what is buffered, then send all but a buffer's worth straight through.
        self._flush_unlocked()
        offset = self._raw_offset()
        if offset != 0:
            self._raw_seek(-offset, SEEK_CUR)
            self._raw_pos -= offset
        written = 0
        remaining = n
        while remaining > bufsize:
            k = self._raw_write(data[written:] if written else data)
            if k is None:
                raise BlockingIOError(_EAGAIN, 'write could not complete without blocking',
                                      written)
            written += k
            remaining -= k
        if self._readable:
            self._read_end = -1
        if remaining > 0:
            self._bview[:remaining] = data[written:] if written else data
        self._write_pos = 0
        self._write_end = remaining
        self._adjust_position(remaining)
        self._raw_pos = 0
        return n

    def flush(self):
        if not self._ok:
            _not_ok(self)
        self._check_closed('flush of closed file')
        self._flush_and_rewind()

    def _simple_flush(self):
        if not self._ok:
            _not_ok(self)
        return self._raw.flush()

    # Positioning.

    def tell(self):
        if not self._ok:
            _not_ok(self)
        return self._raw_tell() - self._raw_offset()

    def seek(self, pos, whence=0):
        whence = _index(whence)
        if not self._ok:
            _not_ok(self)
        if not (0 <= whence <= 2 or whence in _SEEK_EXTRA):
            raise ValueError(f'whence value {whence} unsupported')
        self._check_closed('seek of closed file')
        _check_seekable(self._raw)
        target = _index(pos)
        if whence <= 1 and self._readable:
            # Stay inside the buffer when the target is there.
            current = self._abs_pos if self._abs_pos != -1 else self._raw_tell()
            avail = self._readahead()
            if avail > 0:
                if whence == 0:
                    offset = target - (current - self._raw_offset())
                else:
                    offset = target
                if -self._pos <= offset <= avail:
                    self._pos += offset
                    return current - avail + offset
        if self._writable:
            self._flush_unlocked()
        if whence == 1:
            target -= self._raw_offset()
        n = self._raw_seek(target, whence)
        self._raw_pos = -1
        if self._readable:
            self._read_end = -1
        return n

    def truncate(self, pos=None):
        if not self._ok:
            _not_ok(self)
        self._check_closed('truncate of closed file')
        if not self._writable:
            raise UnsupportedOperation('truncate')
        self._flush_and_rewind()
        res = self._raw.truncate(pos)
        try:
            self._raw_tell()
        except Exception:
            pass
        return res

    # Closing and the rest.

    def close(self):
        if not self._ok:
            _not_ok(self)
        if self._is_closed():
            return None
        _open_files.pop(id(self), None)
        try:
            self.flush()
        finally:
            try:
                self._raw.close()
            finally:
                self._buf = self._bview = None
                self._read_end = 0
                self._pos = 0

    def detach(self):
        if not self._ok:
            _not_ok(self)
        self.flush()
        _open_files.pop(id(self), None)
        raw = self._raw
        self._raw = None
        self._ok = False
        self._detached = True
        return raw

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        if not self._ok:
            _not_ok(self)
        return self._raw.closed

    @property
    def name(self):
        if not self._ok:
            _not_ok(self)
        return self._raw.name

    @property
    def mode(self):
        if not self._ok:
            _not_ok(self)
        return self._raw.mode

    def fileno(self):
        if not self._ok:
            _not_ok(self)
        return self._raw.fileno()

    def isatty(self):
        if not self._ok:
            _not_ok(self)
        return self._raw.isatty()

    def readable(self):
        if not self._ok:
            _not_ok(self)
        return self._raw.readable()

    def writable(self):
        if not self._ok:
            _not_ok(self)
        return self._raw.writable()

    def seekable(self):
        if not self._ok:
            _not_ok(self)
        return self._raw.seekable()

    def __repr__(self):
        tn = _tpname(type(self))
        try:
            name = self.name
        except (ValueError, AttributeError):
            return f'<{tn}>'
        return f'<{tn} name={name!r}>'


_BUFFERED_COMMON = (
    '_setup', '_readahead', '_raw_offset', '_adjust_position', '_is_closed', '_check_closed',
    '_raw_tell', '_raw_seek', '_raw_read', '_raw_write', '_fill_buffer', '_flush_unlocked',
    '_flush_and_rewind', 'tell', 'seek', 'truncate', 'close', 'detach', 'raw', 'closed',
    'name', 'mode', 'fileno', 'isatty', 'seekable', '__repr__')
_BUFFERED_READ = (
    'read', '_read_all', '_read_generic', 'read1', 'peek', 'readinto', 'readinto1',
    '_readinto', 'readline', '_buf_text', '_readline', '__next__', 'readable')
_BUFFERED_WRITE = ('write', 'flush', 'writable')


def _take(cls, names):
    for name in names:
        setattr(cls, name, _Buffered.__dict__[name])
    for name, value in _Buffered.__dict__.items():
        if name.startswith('_') and not name.startswith('__') and not callable(value) \
                and not isinstance(value, property):
            setattr(cls, name, value)


class BufferedReader(_BufferedIOBase):
    """A buffer over a readable raw stream."""
    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        buffer_size = _index(buffer_size)
        self._ok = False
        self._detached = False
        _check_readable(raw)
        self._setup(raw, buffer_size, True, False)


class BufferedWriter(_BufferedIOBase):
    """A buffer over a writable raw stream."""
    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        buffer_size = _index(buffer_size)
        self._ok = False
        self._detached = False
        _check_writable(raw)
        self._setup(raw, buffer_size, False, True)


class BufferedRandom(_BufferedIOBase):
    """A buffer over a seekable raw stream that is read and written."""
    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        buffer_size = _index(buffer_size)
        self._ok = False
        self._detached = False
        _check_seekable(raw)
        _check_readable(raw)
        _check_writable(raw)
        self._setup(raw, buffer_size, True, True)


_take(BufferedReader, _BUFFERED_COMMON + _BUFFERED_READ)
BufferedReader.flush = _Buffered._simple_flush
_take(BufferedWriter, _BUFFERED_COMMON + _BUFFERED_WRITE)
_take(BufferedRandom, _BUFFERED_COMMON + _BUFFERED_READ + _BUFFERED_WRITE)


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer joined as one stream (a pipe pair, a socket pair...)."""
    __module__ = '_io'
    _reader = None
    _writer = None

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        _check_readable(reader)
        _check_writable(writer)
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def _r(self):
        if self._reader is None:
            raise ValueError(_UNINIT)
        return self._reader

    def _w(self):
        if self._writer is None:
            raise ValueError(_UNINIT)
        return self._writer

    def read(self, size=-1):
        return self._r().read(size)

    def peek(self, size=0):
        return self._r().peek(size)

    def read1(self, size=-1):
        return self._r().read1(size)

    def readinto(self, b):
        return self._r().readinto(b)

    def readinto1(self, b):
        return self._r().readinto1(b)

    def write(self, b):
        return self._w().write(b)

    def flush(self):
        return self._w().flush()

    def readable(self):
        return self._r().readable()

    def writable(self):
        return self._w().writable()

    def close(self):
        try:
            self._w().close()
        finally:
            self._r().close()

    def isatty(self):
        res = self._w().isatty()
        if res is not False:
            return res
        return self._r().isatty()

    @property
    def closed(self):
        if self._writer is None:
            raise RuntimeError('the BufferedRWPair object is being garbage-collected')
        return self._writer.closed


# In-memory streams.

class BytesIO(_BufferedIOBase):
    """A binary stream over an in-memory buffer."""
    __module__ = '_io'

    _sbuf = None    # _byte_text() of _buf, made by readline (None: not made)
    _exported = False

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        return self

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        self._sbuf = None
        self._pos = 0
        if initial_bytes is not None:
            BytesIO.write(self, initial_bytes)   # not a subclass's write, as in CPython
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED_DOT)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = bytearray()
        self._sbuf = None

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        self._exported = True   # the view can change the bytes: stop caching _sbuf
        return memoryview(self._buf)

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def tell(self):
        self._check()
        return self._pos

    def read(self, size=-1):
        size = _optsize(size)
        self._check()
        buf = self._buf
        pos = self._pos
        n = len(buf) - pos
        if 0 <= size < n:
            n = size
        if n <= 0:
            return b''
        self._pos = pos + n
        if pos == 0 and n == len(buf):
            return bytes(buf)
        return bytes(buf[pos:pos + n])

    read1 = read

    def _eol(self, size):
        """The end of the line that starts at the position (at most size bytes)."""
        buf = self._buf
        pos = self._pos
        end = len(buf)
        if 0 <= size < end - pos:
            end = pos + size
        if pos >= end:
            return pos
        s = self._sbuf
        if s is None or self._exported:
            s = self._sbuf = _byte_text(bytes(buf))
        i = s.find('\n', pos, end)
        return i + 1 if i >= 0 else end

    def readline(self, size=-1):
        size = _optsize(size)
        self._check()
        pos = self._pos
        end = self._eol(size)
        self._pos = end
        return bytes(self._buf[pos:end])

    def readlines(self, hint=None):
        if hint is None:
            hint = -1
        elif isinstance(hint, int):
            pass
        else:
            raise TypeError(f"integer argument expected, got '{_tpname(type(hint))}'")
        self._check()
        lines = []
        total = 0
        while True:
            pos = self._pos
            end = self._eol(-1)
            if end == pos:
                break
            self._pos = end
            lines.append(bytes(self._buf[pos:end]))
            total += end - pos
            if 0 < hint <= total:
                break
        return lines

    def __next__(self):
        self._check()
        pos = self._pos
        end = self._eol(-1)
        if end == pos:
            raise StopIteration
        self._pos = end
        return bytes(self._buf[pos:end])

    def readinto(self, b):
        m = _rw_view(b, 'readinto')
        self._check()
        buf = self._buf
        pos = self._pos
        n = min(len(m), len(buf) - pos)
        if n <= 0:
            return 0
        m[:n] = buf[pos:pos + n]
        self._pos = pos + n
        return n

    def write(self, b):
        self._check()
        data = _bytes_arg(b)
        n = len(data)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        size = len(buf)
        self._sbuf = None
        if pos >= size:
            if pos > size:
                buf += bytes(pos - size)
            buf += data
        elif pos + n <= size:
            memoryview(buf)[pos:pos + n] = data
        else:
            memoryview(buf)[pos:] = data[:size - pos]
            buf += data[size - pos:]
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            BytesIO.write(self, line)   # not a subclass's write, as in CPython

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if pos < 0 and whence == 0:
            raise ValueError(f'negative seek value {pos}')
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0:
            pos = 0
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _optsize(size)
        if size < 0:
            raise ValueError(f'negative size value {size}')
        if size < len(self._buf):
            del self._buf[size:]
            self._sbuf = None
        return size


def _find_eol(line, start, end, translated, universal, readnl):
    """Find a line ending in line[start:end].

    Returns (endpos, consumed): endpos is the index just past the ending, or -1 when there is
    none; then consumed is the index up to which the text may be set aside (a possible start
    of a two-character ending at the end is kept back)."""
    if translated:
        i = line.find('\n', start, end)
        if i >= 0:
            return i + 1, 0
        return -1, end
    if universal:
        i = line.find('\n', start, end)
        j = line.find('\r', start, i if i >= 0 else end)
        if j >= 0:
            if j + 1 < end and line[j + 1] == '\n':
                return j + 2, 0
            return j + 1, 0
        if i >= 0:
            return i + 1, 0
        return -1, end
    i = line.find(readnl, start, end)
    if i >= 0:
        return i + len(readnl), 0
    if len(readnl) > 1 and end > start and line[end - 1] == readnl[0]:
        return -1, end - 1
    return -1, end


def _check_newline_value(newline):
    if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
        raise ValueError(f'illegal newline value: {newline}')


class StringIO(_TextIOBase):
    """A text stream over an in-memory string."""
    __module__ = '_io'
    _ok = False

    def __init__(self, initial_value='', newline='\n'):
        self._ok = False
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {_tpname(type(newline))}')
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            f'{_tpname(type(initial_value))}')
        self._readnl = newline
        self._readuniversal = newline is None or newline == ''
        self._readtranslate = newline is None
        self._writenl = newline if newline and newline[0] == '\r' else None
        self._decoder = (IncrementalNewlineDecoder(None, self._readtranslate)
                         if self._readuniversal else None)
        # The text is _value followed by the pieces in _chunks (appends are collected there).
        self._value = ''
        self._chunks = []
        self._size = 0
        self._pos = 0
        self._closed = False
        self._ok = True
        if initial_value:
            self._write(initial_value)
        self._pos = 0

    def _check(self):
        if not self._ok:
            raise ValueError(_UNINIT)
        if self._closed:
            raise ValueError(_CLOSED)

    def _realize(self):
        if self._chunks:
            self._chunks.insert(0, self._value)
            self._value = ''.join(self._chunks)
            self._chunks = []
        return self._value

    def _write(self, s):
        if self._decoder is not None:
            s = self._decoder.decode(s, True)
        if self._writenl is not None:
            s = s.replace('\n', self._writenl)
        n = len(s)
        if n == 0:
            return
        pos = self._pos
        size = self._size
        if pos == size:
            self._chunks.append(s)
        else:
            value = self._realize()
            if pos > size:
                self._value = value + '\0' * (pos - size) + s
            else:
                self._value = value[:pos] + s + value[pos + n:]
        self._pos = pos + n
        if pos + n > size:
            self._size = pos + n

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{_tpname(type(s))}'")
        self._check()
        n = len(s)
        if n:
            self._write(s)
        return n

    def getvalue(self):
        self._check()
        return self._realize()

    def read(self, size=-1):
        size = _optsize(size)
        self._check()
        pos = self._pos
        n = self._size - pos
        if 0 <= size < n:
            n = size
        if n <= 0:
            return ''
        value = self._realize()
        self._pos = pos + n
        if pos == 0 and n == len(value):
            return value
        return value[pos:pos + n]

    def _readline(self, limit):
        pos = self._pos
        size = self._size
        if pos >= size:
            return ''
        value = self._realize()
        end = size if limit < 0 or limit > size - pos else pos + limit
        endpos = _find_eol(value, pos, end, self._readtranslate, self._readuniversal,
                           self._readnl)[0]
        if endpos < 0:
            endpos = end
        self._pos = endpos
        return value[pos:endpos]

    def readline(self, size=-1):
        size = _optsize(size)
        self._check()
        return self._readline(size)

    def __next__(self):
        self._check()
        if type(self) is StringIO:
            line = self._readline(-1)
        else:
            line = self.readline()
            if not isinstance(line, str):
                raise OSError("readline() should have returned a str object, "
                              f"not '{_tpname(type(line))}'")
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0 and whence == 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        size = -1 if pos is None else _optsize(pos)
        self._check()
        if pos is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        if size < self._size:
            self._value = self._realize()[:size]
            self._size = size
        return size

    def close(self):
        self._closed = True
        self._value = ''
        self._chunks = []

    @property
    def closed(self):
        if not self._ok:
            raise ValueError(_UNINIT)
        return self._closed

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._decoder is None:
            return None
        return self._decoder.newlines


# Newline decoding.

_LF = 1
_CR = 2
_CRLF = 4
_NEWLINES = (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
             ('\r', '\n', '\r\n'))


class IncrementalNewlineDecoder:
    """Wraps a decoder: records which newlines were seen and, when translate is true, turns
    '\\r\\n' and '\\r' into '\\n'.  A '\\r' at the end of a chunk is kept for the next one so
    that a '\\r\\n' split across chunks is recognised."""
    __module__ = '_io'
    _decoder = None
    _init = False

    def __init__(self, decoder, translate, errors='strict'):
        self._decoder = decoder
        self._translate = bool(_index(translate))
        self._errors = errors
        self._seennl = 0
        self._pendingcr = False
        self._init = True

    def decode(self, input, final=False):
        if not self._init:
            raise ValueError('IncrementalNewlineDecoder.__init__() not called')
        decoder = self._decoder
        output = input if decoder is None else decoder.decode(input, final)
        if not isinstance(output, str):
            raise TypeError(f"decoder should return a string result, not "
                            f"'{_tpname(type(output))}'")
        if self._pendingcr and (final or output):
            output = '\r' + output
            self._pendingcr = False
        if not final and output and output[-1] == '\r':
            output = output[:-1]
            self._pendingcr = True
        if not output:
            return output
        if '\r' not in output:
            if self._seennl != _LF and '\n' in output:
                self._seennl |= _LF
            return output
        crlf = output.count('\r\n')
        seen = self._seennl
        if crlf:
            seen |= _CRLF
        if output.count('\r') > crlf:
            seen |= _CR
        if output.count('\n') > crlf:
            seen |= _LF
        self._seennl = seen
        if self._translate:
            if crlf:
                output = output.replace('\r\n', '\n')
            output = output.replace('\r', '\n')
        return output

    def getstate(self):
        if not self._init:
            raise ValueError('IncrementalNewlineDecoder.__init__() not called')
        if self._decoder is not None:
            state = self._decoder.getstate()
            if not isinstance(state, tuple) or len(state) != 2:
                raise TypeError('illegal decoder state')
            buffer, flag = state
        else:
            buffer = b''
            flag = 0
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return (buffer, flag)

    def setstate(self, state):
        if not self._init:
            raise ValueError('IncrementalNewlineDecoder.__init__() not called')
        if not isinstance(state, tuple):
            raise TypeError('state argument must be a tuple')
        buffer, flag = state
        self._pendingcr = bool(flag & 1)
        if self._decoder is not None:
            self._decoder.setstate((buffer, flag >> 1))

    def reset(self):
        if not self._init:
            raise ValueError('IncrementalNewlineDecoder.__init__() not called')
        self._seennl = 0
        self._pendingcr = False
        if self._decoder is not None:
            self._decoder.reset()

    @property
    def newlines(self):
        if not self._init:
            raise ValueError('IncrementalNewlineDecoder.__init__() not called')
        return _NEWLINES[self._seennl]


# Text codecs: incremental decoders and encoders with the states of CPython's codecs (so
# that TextIOWrapper.tell() builds the same cookies), over bytes.decode and str.encode.

def _as_bytes(data):
    return data if type(data) is bytes else bytes(data)


class _SimpleDecoder:
    """A stateless decoder (single-byte codecs)."""

    def __init__(self, enc, errors):
        self._enc = enc
        self._errors = errors

    def decode(self, data, final=False):
        return _as_bytes(data).decode(self._enc, self._errors)

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass

    def reset(self):
        pass


def _utf8_cut(data):
    """Where the incomplete (but so far valid) UTF-8 sequence at the end of data starts."""
    n = len(data)
    k = 1
    while k <= 3 and k <= n:
        c = data[n - k]
        if c < 0x80:
            return n
        if c >= 0xC0:
            if c < 0xC2 or c > 0xF4:
                return n
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            if k >= need:
                return n
            if k >= 2:
                c2 = data[n - k + 1]
                if ((c == 0xE0 and c2 < 0xA0) or (c == 0xED and c2 > 0x9F)
                        or (c == 0xF0 and c2 < 0x90) or (c == 0xF4 and c2 > 0x8F)):
                    return n
            return n - k
        k += 1
    return n


class _UTF8Decoder:
    def __init__(self, enc, errors):
        self._errors = errors
        self._pending = b''

    def decode(self, data, final=False):
        data = _as_bytes(data)
        if self._pending:
            data = self._pending + data
        pending = b''
        if not final and data and data[-1] >= 0x80:
            cut = _utf8_cut(data)
            if cut < len(data):
                pending = data[cut:]
                data = data[:cut]
        text = data.decode('utf-8', self._errors)
        self._pending = pending
        return text

    def getstate(self):
        return (self._pending, 0)

    def setstate(self, state):
        self._pending = state[0]

    def reset(self):
        self._pending = b''


class _UTF8SigDecoder(_UTF8Decoder):
    """utf-8-sig: drops a BOM at the start; the state flag is 1 until that is decided."""

    def __init__(self, enc, errors):
        _UTF8Decoder.__init__(self, enc, errors)
        self._first = 1

    def decode(self, data, final=False):
        if self._first:
            data = self._pending + _as_bytes(data)
            self._pending = b''
            if len(data) < 3:
                if b'\xef\xbb\xbf'.startswith(data):
                    self._pending = data
                    return ''
            elif data[:3] == b'\xef\xbb\xbf':
                data = data[3:]
            self._first = 0
        return _UTF8Decoder.decode(self, data, final)

    def getstate(self):
        return (self._pending, self._first)

    def setstate(self, state):
        self._pending = state[0]
        self._first = state[1]

    def reset(self):
        self._pending = b''
        self._first = 1


class _UTFWideDecoder:
    """utf-16 and utf-32, fixed byte order or (with bom set) byte order from a BOM."""

    def __init__(self, name, unit, order, errors):
        self._name = name        # 'utf-16' or 'utf-32'
        self._unit = unit
        self._errors = errors
        self._fixed = order      # 'le' or 'be' for the -le/-be codecs, None when a BOM decides
        self._order = order
        self._pending = b''

    def decode(self, data, final=False):
        data = _as_bytes(data)
        if self._pending:
            data = self._pending + data
        unit = self._unit
        if self._order is None:
            if len(data) < unit:
                if final and data:
                    self._pending = b''
                    return data.decode(self._name + '-le', self._errors)
                self._pending = data
                return ''
            if unit == 2:
                bom_le, bom_be = b'\xff\xfe', b'\xfe\xff'
            else:
                bom_le, bom_be = b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'
            head = data[:unit]
            if head == bom_le:
                self._order = 'le'
            elif head == bom_be:
                self._order = 'be'
            else:
                raise UnicodeError(f'{self._name.upper()} stream does not start with BOM')
            data = data[unit:]
        pending = b''
        if not final:
            n = len(data)
            cut = n - n % unit
            if unit == 2 and cut >= 2:
                hi = data[cut - 1] if self._order == 'le' else data[cut - 2]
                if 0xD8 <= hi <= 0xDB:
                    cut -= 2
            if cut < n:
                pending = data[cut:]
                data = data[:cut]
        text = data.decode(f'{self._name}-{self._order}', self._errors)
        self._pending = pending
        return text

    def getstate(self):
        if self._fixed is not None:
            return (self._pending, 0)
        if self._order is None:
            return (self._pending, 2)
        return (self._pending, 0 if self._order == 'le' else 1)

    def setstate(self, state):
        self._pending = state[0]
        if self._fixed is None:
            flag = state[1]
            self._order = 'le' if flag == 0 else 'be' if flag == 1 else None

    def reset(self):
        self._pending = b''
        self._order = self._fixed


class _Encoder:
    """Encodes with start_enc at the start of a stream (which writes a BOM for the utf-16,
    utf-32 and utf-8-sig codecs) and with enc after that."""

    def __init__(self, enc, start_enc, errors):
        self._enc = enc
        self._start_enc = start_enc
        self._errors = errors
        self._start = True

    def encode(self, text):
        if self._start:
            self._start = False
            return text.encode(self._start_enc, self._errors)
        return text.encode(self._enc, self._errors)

    def setstate(self, state):
        self._start = bool(state)

    def reset(self):
        self._start = True


_ALIASES = {
    'utf_8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'utf8': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8',
    'utf_8_sig': 'utf_8_sig',
    'ascii': 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii',
    'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii',
    'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii', 'us': 'ascii',
    'us_ascii': 'ascii',
    'latin_1': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1', 'csisolatin1': 'latin_1',
    'ibm819': 'latin_1', 'iso8859': 'latin_1', 'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1', 'iso_8859_1_1987': 'latin_1', 'iso_ir_100': 'latin_1',
    'l1': 'latin_1', 'latin': 'latin_1', 'latin1': 'latin_1',
    'cp1252': 'cp1252', '1252': 'cp1252', 'windows_1252': 'cp1252',
    'utf_16': 'utf_16', 'u16': 'utf_16', 'utf16': 'utf_16',
    'utf_16_le': 'utf_16_le', 'utf_16le': 'utf_16_le', 'unicodelittleunmarked': 'utf_16_le',
    'utf_16_be': 'utf_16_be', 'utf_16be': 'utf_16_be', 'unicodebigunmarked': 'utf_16_be',
    'utf_32': 'utf_32', 'u32': 'utf_32', 'utf32': 'utf_32',
    'utf_32_le': 'utf_32_le', 'utf_32le': 'utf_32_le',
    'utf_32_be': 'utf_32_be', 'utf_32be': 'utf_32_be',
}

_NON_TEXT = frozenset([
    'base64_codec', 'base64', 'base_64', 'bz2_codec', 'bz2', 'hex_codec', 'hex',
    'quopri_codec', 'quopri', 'quotedprintable', 'quoted_printable', 'rot_13', 'rot13',
    'uu_codec', 'uu', 'zlib_codec', 'zip', 'zlib'])


def _normalize_encoding(name):
    # As the encodings package does: runs of other characters than letters, digits and '.'
    # become one '_' (none at either end).
    out = []
    punct = False
    for c in name.lower():
        if c.isalnum() or c == '.':
            if punct and out:
                out.append('_')
            if c.isascii():
                out.append(c)
            punct = False
        else:
            punct = True
    return ''.join(out)


class _Codec:
    """What TextIOWrapper needs of a codec: incremental decoder and encoder factories."""

    def __init__(self, canon, pyname):
        self.canon = canon
        self.pyname = pyname

    def decoder(self, errors):
        c = self.canon
        if c == 'utf_8':
            return _UTF8Decoder('utf-8', errors)
        if c == 'utf_8_sig':
            return _UTF8SigDecoder('utf-8', errors)
        if c.startswith('utf_16') or c.startswith('utf_32'):
            name = 'utf-16' if c.startswith('utf_16') else 'utf-32'
            order = c[7:] or None
            return _UTFWideDecoder(name, 2 if name == 'utf-16' else 4, order, errors)
        return _SimpleDecoder(self.pyname, errors)

    def encoder(self, errors):
        c = self.canon
        if c == 'utf_8_sig':
            return _Encoder('utf-8', 'utf-8-sig', errors)
        if c == 'utf_16':
            return _Encoder('utf-16-' + ('le' if sys.byteorder == 'little' else 'be'),
                            'utf-16', errors)
        if c == 'utf_32':
            return _Encoder('utf-32-' + ('le' if sys.byteorder == 'little' else 'be'),
                            'utf-32', errors)
        return _Encoder(self.pyname, self.pyname, errors)


_CODEC_NAMES = {
    'utf_8': 'utf-8', 'utf_8_sig': 'utf-8-sig', 'ascii': 'ascii', 'latin_1': 'latin-1',
    'cp1252': 'cp1252', 'utf_16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16_be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf_32_le': 'utf-32-le', 'utf_32_be': 'utf-32-be'}
_codec_cache = {}


def _lookup_text_codec(encoding):
    codec = _codec_cache.get(encoding)
    if codec is not None:
        return codec
    key = _normalize_encoding(encoding)
    canon = _ALIASES.get(key) or _ALIASES.get(key.replace('.', '_'))
    if canon is not None:
        codec = _Codec(canon, _CODEC_NAMES[canon])
    else:
        if key in _NON_TEXT or key.replace('.', '_') in _NON_TEXT:
            raise LookupError(f"'{encoding}' is not a text encoding; "
                              "use codecs.open() to handle arbitrary codecs")
        # Not one we know: usable if bytes.decode knows it (decoded chunk by chunk).
        try:
            b'a'.decode(encoding)
        except LookupError:
            raise LookupError(f'unknown encoding: {encoding}') from None
        except ValueError:
            pass
        codec = _Codec(key, encoding)
    _codec_cache[encoding] = codec
    return codec


# TextIOWrapper.

def _build_cookie(start_pos, dec_flags=0, bytes_to_feed=0, need_eof=0, chars_to_skip=0):
    # CPython's layout: a 64-bit position, three 32-bit ints and a byte, little-endian.
    return ((start_pos & 0xFFFFFFFFFFFFFFFF)
            | ((dec_flags & 0xFFFFFFFF) << 64)
            | ((bytes_to_feed & 0xFFFFFFFF) << 96)
            | ((chars_to_skip & 0xFFFFFFFF) << 128)
            | ((need_eof & 0xFF) << 160))


def _int32(v):
    return v - 0x100000000 if v & 0x80000000 else v


def _parse_cookie(cookie):
    if cookie >> 168:
        raise OverflowError('int too big to convert')
    start_pos = cookie & 0xFFFFFFFFFFFFFFFF
    if start_pos >= 0x8000000000000000:
        start_pos -= 0x10000000000000000
    return (start_pos, _int32((cookie >> 64) & 0xFFFFFFFF),
            _int32((cookie >> 96) & 0xFFFFFFFF), (cookie >> 160) & 0xFF,
            _int32((cookie >> 128) & 0xFFFFFFFF))


def _text_not_ok(self):
    if self._detached:
        raise ValueError('underlying buffer has been detached')
    raise ValueError(_UNINIT)


_MISSING = object()


class TextIOWrapper(_TextIOBase):
    """A text stream over a buffered binary stream: decoding, encoding, newline handling."""
    __module__ = '_io'
    _ok = False
    _detached = False
    _buffer = None
    _rawfio = None

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        self._ok = False
        self._detached = False
        if encoding is not None:
            if not isinstance(encoding, str):
                raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                                f"{_tpname(type(encoding))}")
            if '\0' in encoding:
                raise ValueError('embedded null character')
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not "
                            f"{_tpname(type(newline))}")
        line_buffering = bool(_index(line_buffering))
        write_through = bool(_index(write_through))
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not "
                            f"{_tpname(type(errors))}")
        _check_newline_value(newline)
        if encoding is None or encoding == 'locale':
            encoding = _locale_encoding()
        codec = _lookup_text_codec(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._chunk_size = 8192
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._set_newline(newline)
        self._set_codec(codec, errors)
        self._decoded = None     # decoded text not yet returned starts at _used
        self._used = 0
        self._snapshot = None    # (decoder flags, bytes fed since) at the last chunk read
        self._b2cratio = 0.0
        self._pending = []       # encoded text waiting to go to the buffer
        self._pending_count = 0
        self._rawfio = None
        t = type(buffer)
        if t is BufferedReader or t is BufferedWriter or t is BufferedRandom:
            raw = buffer.raw
            if type(raw) is FileIO:
                self._rawfio = raw
        self._seekable = self._telling = bool(buffer.seekable())
        self._has_read1 = hasattr(buffer, 'read1')
        self._fix_encoder_state()
        self._ok = True
        if self._encoder is not None:
            _open_files[id(self)] = self

    def _set_newline(self, newline):
        self._readuniversal = newline is None or newline == ''
        self._readtranslate = newline is None
        self._readnl = newline
        # What '\n' becomes on output (None: it stays '\n', as os.linesep is '\n').
        self._writenl = None
        if not self._readuniversal and newline != '\n':
            self._writenl = newline

    def _set_codec(self, codec, errors):
        buffer = self._buffer
        decoder = None
        if buffer.readable():
            decoder = codec.decoder(errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
        self._decoder = decoder
        self._encoder = codec.encoder(errors) if buffer.writable() else None

    def _fix_encoder_state(self):
        if not self._seekable or self._encoder is None:
            return
        self._encoder.reset()
        if self._buffer.tell() != 0:
            self._encoder.setstate(0)

    def _check_closed(self):
        raw = self._rawfio
        if raw is not None and type(self) is TextIOWrapper:
            closed = raw._fd < 0
        else:
            closed = self.closed
        if closed:
            raise ValueError(_CLOSED_DOT)

    # Attributes.

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def buffer(self):
        return self._buffer

    @property
    def closed(self):
        if not self._ok:
            _text_not_ok(self)
        return self._buffer.closed

    @property
    def name(self):
        if not self._ok:
            _text_not_ok(self)
        return self._buffer.name

    @property
    def newlines(self):
        if not self._ok:
            _text_not_ok(self)
        if self._decoder is None:
            return None
        return getattr(self._decoder, 'newlines', None)

    @property
    def _CHUNK_SIZE(self):
        if not self._ok:
            _text_not_ok(self)
        return self._chunk_size

    @_CHUNK_SIZE.setter
    def _CHUNK_SIZE(self, n):
        if not self._ok:
            _text_not_ok(self)
        n = _index(n)
        if n <= 0:
            raise ValueError('a strictly positive integer is required')
        self._chunk_size = n

    def __repr__(self):
        if not self._ok and not self._detached:
            raise ValueError(_UNINIT)
        parts = ['<_io.TextIOWrapper']
        try:
            name = self.name
        except ValueError:
            pass
        except AttributeError:
            pass
        else:
            parts.append(f' name={name!r}')
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            parts.append(f' mode={mode!r}')
        parts.append(f' encoding={self._encoding!r}>')
        return ''.join(parts)

    def fileno(self):
        if not self._ok:
            _text_not_ok(self)
        return self._buffer.fileno()

    def seekable(self):
        if not self._ok:
            _text_not_ok(self)
        return self._buffer.seekable()

    def readable(self):
        if not self._ok:
            _text_not_ok(self)
        return self._buffer.readable()

    def writable(self):
        if not self._ok:
            _text_not_ok(self)
        return self._buffer.writable()

    def isatty(self):
        if not self._ok:
            _text_not_ok(self)
        return self._buffer.isatty()

    # Writing.

    def _writeflush(self):
        pending = self._pending
        if not pending:
            return
        b = pending[0] if len(pending) == 1 else b''.join(pending)
        self._pending = []
        self._pending_count = 0
        self._buffer.write(b)

    def write(self, s):
        if type(s) is not str and not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {_argtype(s)}')
        if not self._ok:
            _text_not_ok(self)
        raw = self._rawfio
        if raw is None or type(self) is not TextIOWrapper:
            self._check_closed()
        elif raw._fd < 0:
            raise ValueError(_CLOSED_DOT)
        encoder = self._encoder
        if encoder is None:
            raise UnsupportedOperation('not writable')
        text = s
        needflush = False
        if self._line_buffering or self._writenl is not None:
            haslf = '\n' in s
            if haslf and self._writenl is not None:
                text = s.replace('\n', self._writenl)
            needflush = self._line_buffering and (haslf or '\r' in text)
        if encoder._start:
            b = encoder.encode(text)
        else:
            b = text.encode(encoder._enc, encoder._errors)
        count = self._pending_count + len(b)
        if count > self._chunk_size and self._pending:
            self._writeflush()
            count = len(b)
        self._pending.append(b)
        self._pending_count = count
        if count >= self._chunk_size or needflush or self._write_through:
            self._writeflush()
        if needflush:
            self._buffer.flush()
        if self._decoder is not None:
            self._decoded = None
            self._used = 0
            self._snapshot = None
            self._decoder.reset()
        elif self._snapshot is not None:
            self._snapshot = None
        return len(s)

    def flush(self):
        if not self._ok:
            _text_not_ok(self)
        self._check_closed()
        self._telling = self._seekable
        self._writeflush()
        return self._buffer.flush()

    def close(self):
        if not self._ok:
            _text_not_ok(self)
        if self._buffer.closed:
            return None
        _open_files.pop(id(self), None)
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        if not self._ok:
            _text_not_ok(self)
        self.flush()
        _open_files.pop(id(self), None)
        buffer = self._buffer
        self._buffer = None
        self._ok = False
        self._detached = True
        return buffer

    # Reading.

    def _get_decoded(self, n):
        """Take up to n (all when n < 0) of the decoded characters."""
        dec = self._decoded
        if dec is None:
            return ''
        used = self._used
        avail = len(dec) - used
        if n < 0 or n > avail:
            n = avail
        self._used = used + n
        if used == 0 and n == avail:
            return dec
        return dec[used:used + n]

    def _read_chunk(self, size_hint):
        """Read and decode one chunk; False at EOF.  Keeps the snapshot that tell() needs."""
        decoder = self._decoder
        if decoder is None:
            raise UnsupportedOperation('not readable')
        if self._telling:
            dec_buffer, dec_flags = decoder.getstate()
        if size_hint > 0:
            size_hint = int(max(self._b2cratio, 1.0) * size_hint)
        size = self._chunk_size if self._chunk_size > size_hint else size_hint
        if self._has_read1:
            data = self._buffer.read1(size)
        else:
            data = self._buffer.read(size)
        if type(data) is not bytes:
            try:
                data = bytes(memoryview(data))
            except TypeError:
                raise TypeError(f"underlying {'read1' if self._has_read1 else 'read'}() "
                                "should have returned a bytes-like object, not "
                                f"'{_tpname(type(data))}'") from None
        eof = not data
        decoded = decoder.decode(data, eof)
        if not isinstance(decoded, str):
            raise TypeError(f"decoder should return a string result, not "
                            f"'{_tpname(type(decoded))}'")
        self._decoded = decoded
        self._used = 0
        nchars = len(decoded)
        self._b2cratio = len(data) / nchars if nchars else 0.0
        if nchars:
            eof = False
        if self._telling:
            self._snapshot = (dec_flags, dec_buffer + data)
        return not eof

    def read(self, size=-1):
        size = _optsize(size)
        if not self._ok:
            _text_not_ok(self)
        self._check_closed()
        decoder = self._decoder
        if decoder is None:
            raise UnsupportedOperation('not readable')
        if self._pending:
            self._writeflush()
        if size < 0:
            data = self._buffer.read()
            decoded = decoder.decode(data, True)
            if not isinstance(decoded, str):
                raise TypeError(f"decoder should return a string result, not "
                                f"'{_tpname(type(decoded))}'")
            rest = self._get_decoded(-1)
            self._decoded = None
            self._used = 0
            self._snapshot = None
            return rest + decoded if rest else decoded
        result = self._get_decoded(size)
        remaining = size - len(result)
        if remaining <= 0:
            return result
        chunks = [result]
        while remaining > 0:
            if not self._read_chunk(remaining):
                break
            s = self._get_decoded(remaining)
            chunks.append(s)
            remaining -= len(s)
        return ''.join(chunks)

    def readline(self, size=-1):
        size = _index(size)
        if not self._ok:
            _text_not_ok(self)
        return self._readline(size)

    def _readline(self, limit):
        self._check_closed()
        if self._pending:
            self._writeflush()
        translated = self._readtranslate
        universal = self._readuniversal
        readnl = self._readnl
        chunks = None
        remaining = None
        chunked = 0
        line = None
        start = endpos = offset = 0
        while True:
            # Make sure there is decoded text.
            if not self._decoded:
                ok = True
                while not self._decoded:
                    ok = self._read_chunk(0)
                    if not ok:
                        break
                if not ok:
                    self._decoded = None
                    self._used = 0
                    self._snapshot = None
                    start = endpos = offset = 0
                    break
            if remaining is None:
                line = self._decoded
                start = self._used
                offset = 0
            else:
                line = remaining + self._decoded
                start = 0
                offset = len(remaining)
                remaining = None
            end = len(line)
            endpos, consumed = _find_eol(line, start, end, translated, universal, readnl)
            if endpos >= 0:
                if limit >= 0 and endpos - start + chunked >= limit:
                    endpos = start + limit - chunked
                break
            # No line ending yet: set aside what can be, and read on.
            endpos = consumed
            if limit >= 0 and endpos - start + chunked >= limit:
                endpos = start + limit - chunked
                break
            if endpos > start:
                if chunks is None:
                    chunks = []
                chunks.append(line[start:endpos])
                chunked += endpos - start
            if endpos < end:
                remaining = line[endpos:]
            line = None
            self._decoded = None
            self._used = 0
        if line is None:
            line = ''
        else:
            self._used = endpos - offset
            if start > 0 or endpos < len(line):
                line = line[start:endpos]
        if remaining is not None:
            if chunks is None:
                chunks = []
            chunks.append(remaining)
        if chunks is not None:
            chunks.append(line)
            line = ''.join(chunks)
        return line

    def __next__(self):
        if not self._ok:
            _text_not_ok(self)
        self._telling = False
        if type(self) is TextIOWrapper:
            line = self._readline(-1)
        else:
            line = self.readline()
            if not isinstance(line, str):
                raise OSError("readline() should have returned a str object, "
                              f"not '{_tpname(type(line))}'")
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # Positioning.

    def _decoder_setstate(self, start_pos, dec_flags):
        if start_pos == 0 and dec_flags == 0:
            self._decoder.reset()
        else:
            self._decoder.setstate((b'', dec_flags))

    def _encoder_setstate(self, start_pos, dec_flags):
        if start_pos == 0 and dec_flags == 0:
            self._encoder.reset()
        else:
            self._encoder.setstate(0)

    def tell(self):
        if not self._ok:
            _text_not_ok(self)
        self._check_closed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self._writeflush()
        self.flush()
        pos = self._buffer.tell()
        decoder = self._decoder
        if decoder is None or self._snapshot is None:
            return pos
        dec_flags, next_input = self._snapshot
        start_pos = pos - len(next_input)
        chars_to_skip = self._used
        if chars_to_skip == 0:
            return _build_cookie(start_pos, dec_flags)
        # Find a point before the position where the decoder holds no bytes, and count the
        # bytes and characters from there (the same search as CPython's, so the cookies match).
        saved_state = decoder.getstate()
        try:
            skip_bytes = int(self._b2cratio * chars_to_skip)
            skip_back = 1
            while skip_bytes > 0:
                self._decoder_setstate(start_pos, dec_flags)
                chunk = next_input[:skip_bytes]
                if len(chunk) < skip_bytes:
                    # CPython reads past the snapshot here, and finds NUL bytes.
                    chunk += bytes(skip_bytes - len(chunk))
                n = len(decoder.decode(chunk))
                if n <= chars_to_skip:
                    buf, flags = decoder.getstate()
                    if not buf:
                        dec_flags = flags
                        chars_to_skip -= n
                        break
                    skip_bytes -= len(buf)
                    skip_back = 1
                else:
                    skip_bytes -= skip_back
                    skip_back *= 2
            if skip_bytes <= 0:
                skip_bytes = 0
                self._decoder_setstate(start_pos, dec_flags)
            start_pos += skip_bytes
            bytes_to_feed = 0
            need_eof = 0
            if chars_to_skip:
                chars_decoded = 0
                i = skip_bytes
                end = len(next_input)
                while i < end:
                    chars_decoded += len(decoder.decode(next_input[i:i + 1]))
                    bytes_to_feed += 1
                    buf, flags = decoder.getstate()
                    if not buf and chars_decoded <= chars_to_skip:
                        start_pos += bytes_to_feed
                        chars_to_skip -= chars_decoded
                        dec_flags = flags
                        bytes_to_feed = 0
                        chars_decoded = 0
                    if chars_decoded >= chars_to_skip:
                        break
                    i += 1
                if i == end:
                    chars_decoded += len(decoder.decode(b'', True))
                    need_eof = 1
                    if chars_decoded < chars_to_skip:
                        raise OSError("can't reconstruct logical file position")
        finally:
            decoder.setstate(saved_state)
        return _build_cookie(start_pos, dec_flags, bytes_to_feed, need_eof, chars_to_skip)

    def seek(self, cookie, whence=0):
        if not self._ok:
            _text_not_ok(self)
        whence = _index(whence)
        self._check_closed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._decoded = None
            self._used = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            res = self._buffer.seek(0, SEEK_END)
            if self._encoder is not None:
                if res == 0:
                    self._encoder.reset()
                else:
                    self._encoder.setstate(0)
            return res
        elif whence != SEEK_SET:
            raise ValueError(f'invalid whence ({whence}, should be {SEEK_SET}, {SEEK_CUR} '
                             f'or {SEEK_END})')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie!r}')
        self.flush()
        start_pos, dec_flags, bytes_to_feed, need_eof, chars_to_skip = _parse_cookie(int(cookie))
        self._buffer.seek(start_pos)
        self._decoded = None
        self._used = 0
        self._snapshot = None
        if self._decoder is not None:
            self._decoder_setstate(start_pos, dec_flags)
        if chars_to_skip:
            # Replay the bytes from the safe start point, as _read_chunk would.
            data = self._buffer.read(bytes_to_feed)
            if not isinstance(data, bytes):
                raise TypeError("underlying read() should have returned a bytes object, "
                                f"not '{_tpname(type(data))}'")
            self._snapshot = (dec_flags, data)
            decoded = self._decoder.decode(data, bool(need_eof))
            self._decoded = decoded
            if len(decoded) < chars_to_skip:
                raise OSError("can't restore logical file position")
            self._used = chars_to_skip
        else:
            self._snapshot = (dec_flags, b'')
        if self._encoder is not None:
            self._encoder_setstate(start_pos, dec_flags)
        return cookie

    def truncate(self, pos=None):
        if not self._ok:
            _text_not_ok(self)
        self.flush()
        return self._buffer.truncate(pos)

    def reconfigure(self, *args, encoding=None, errors=None, newline=_MISSING,
                    line_buffering=None, write_through=None):
        """Change the encoding, errors, newline, line_buffering or write_through settings."""
        if args:
            raise TypeError('reconfigure() takes no positional arguments')
        if not self._ok:
            _text_not_ok(self)
        if self._decoded is not None:
            if encoding is not None or errors is not None or newline is not _MISSING:
                raise UnsupportedOperation('It is not possible to set the encoding or newline '
                                           'of stream after the first read')
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError('reconfigure() argument \'encoding\' must be str or None, not '
                            f'{_tpname(type(encoding))}')
        if errors is not None and not isinstance(errors, str):
            raise TypeError('reconfigure() argument \'errors\' must be str or None, not '
                            f'{_tpname(type(errors))}')
        if newline is not _MISSING:
            if newline is not None and not isinstance(newline, str):
                raise TypeError(f'reconfigure() argument \'newline\' must be str or None, not '
                                f'{_tpname(type(newline))}')
            _check_newline_value(newline)
        line_buffering = (self._line_buffering if line_buffering is None
                          else bool(line_buffering))
        write_through = self._write_through if write_through is None else bool(write_through)
        self.flush()
        if newline is not _MISSING:
            self._set_newline(newline)
        if encoding is not None or errors is not None or newline is not _MISSING:
            if encoding is None:
                encoding = self._encoding
                if errors is None:
                    errors = self._errors
            else:
                if encoding == 'locale':
                    encoding = _locale_encoding()
                if errors is None:
                    errors = 'strict'
            codec = _lookup_text_codec(encoding)
            self._set_codec(codec, errors)
            self._encoding = encoding
            self._errors = errors
            self._fix_encoder_state()
        self._line_buffering = line_buffering
        self._write_through = write_through


# The abstract base classes (io.IOBase and friends), with the concrete classes registered.

class IOBase(_IOBase, metaclass=_abc.ABCMeta):
    __module__ = 'io'
    __doc__ = _IOBase.__doc__


class RawIOBase(_RawIOBase, IOBase):
    __module__ = 'io'
    __doc__ = _RawIOBase.__doc__


class BufferedIOBase(_BufferedIOBase, IOBase):
    __module__ = 'io'
    __doc__ = _BufferedIOBase.__doc__


class TextIOBase(_TextIOBase, IOBase):
    __module__ = 'io'
    __doc__ = _TextIOBase.__doc__


RawIOBase.register(FileIO)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass


def _register_std_streams():
    # The interpreter's own sys.std* streams (and their buffers) are native types: make them
    # instances of the ABCs too, as CPython's are.
    for stream in (getattr(sys, '__stdin__', None), getattr(sys, '__stdout__', None),
                   getattr(sys, '__stderr__', None)):
        if stream is None:
            continue
        if not isinstance(stream, _IOBase):
            TextIOBase.register(type(stream))
        buffer = getattr(stream, 'buffer', None)
        if buffer is not None and not isinstance(buffer, _IOBase):
            BufferedIOBase.register(type(buffer))


_register_std_streams()


# open().

def _is_number(obj):
    t = type(obj)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or isinstance(obj, complex))


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open a file and return a stream: FileIO, a buffered binary stream or a TextIOWrapper,
    depending on mode and buffering (see the io module's documentation)."""
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {_argtype(mode)}")
    buffering = _index(buffering)
    if '\0' in mode:
        raise ValueError('embedded null character')
    for argname, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
        if value is not None:
            if not isinstance(value, str):
                raise TypeError(f"open() argument '{argname}' must be str or None, not "
                                f"{_tpname(type(value))}")
            if '\0' in value:
                raise ValueError('embedded null character')
    closefd = bool(_index(closefd))
    if _is_number(file):
        path_or_fd = file
    else:
        path_or_fd = _posix.fspath(file)
    creating = reading = writing = appending = updating = text = binary = False
    for i, c in enumerate(mode):
        if c not in 'xrwa+tb' or c in mode[i + 1:]:
            raise ValueError(f"invalid mode: '{mode}'")
        if c == 'x':
            creating = True
        elif c == 'r':
            reading = True
        elif c == 'w':
            writing = True
        elif c == 'a':
            appending = True
        elif c == '+':
            updating = True
        elif c == 't':
            text = True
        else:
            binary = True
    rawmode = (('x' if creating else '') + ('r' if reading else '') + ('w' if writing else '')
               + ('a' if appending else '') + ('+' if updating else ''))
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        try:
            import warnings
        except ImportError:
            pass
        else:
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                          "the default buffer size will be used", RuntimeWarning, 2)
    raw = FileIO(path_or_fd, rawmode, closefd, opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering < 0:
            raise ValueError('invalid buffering size')
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        elif reading:
            buffer = BufferedReader(raw, buffering)
        else:
            raise ValueError(f"unknown mode: '{mode}'")
        result = buffer
        if binary:
            return result
        result = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    """Open path for reading as bytes, as the import system does."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {_argtype(path)}")
    return open(path, 'rb')
