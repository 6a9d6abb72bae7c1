// Error numbers (Linux's values, which CPython's errno module reports on Linux) and their
// strerror() texts, as glibc words them. An OS implementation fails a call by throwing OSFault
// with one of these; the posix module turns it into the matching OSError subclass with
// CPython's message: `[Errno 2] No such file or directory: 'x'`.

export const EPERM = 1;
export const ENOENT = 2;
export const EINTR = 4;
export const EIO = 5;
export const EBADF = 9;
export const EAGAIN = 11;
export const ENOMEM = 12;
export const EACCES = 13;
export const EFAULT = 14;
export const EBUSY = 16;
export const EEXIST = 17;
export const EXDEV = 18;
export const ENODEV = 19;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const ENFILE = 23;
export const EMFILE = 24;
export const ENOTTY = 25;
export const EFBIG = 27;
export const ENOSPC = 28;
export const ESPIPE = 29;
export const EROFS = 30;
export const EMLINK = 31;
export const EPIPE = 32;
export const ERANGE = 34;
export const ENAMETOOLONG = 36;
export const ENOSYS = 38;
export const ENOTEMPTY = 39;
export const ELOOP = 40;
export const EOPNOTSUPP = 95;

/** ERRNO_NAMES: errno value -> symbolic name (errno.errorcode). */
export const ERRNO_NAMES: ReadonlyMap<number, string> = new Map([
  [EPERM, 'EPERM'], [ENOENT, 'ENOENT'], [EINTR, 'EINTR'], [EIO, 'EIO'], [EBADF, 'EBADF'],
  [EAGAIN, 'EAGAIN'], [ENOMEM, 'ENOMEM'], [EACCES, 'EACCES'], [EFAULT, 'EFAULT'], [EBUSY, 'EBUSY'],
  [EEXIST, 'EEXIST'], [EXDEV, 'EXDEV'], [ENODEV, 'ENODEV'], [ENOTDIR, 'ENOTDIR'], [EISDIR, 'EISDIR'],
  [EINVAL, 'EINVAL'], [ENFILE, 'ENFILE'], [EMFILE, 'EMFILE'], [ENOTTY, 'ENOTTY'], [EFBIG, 'EFBIG'],
  [ENOSPC, 'ENOSPC'], [ESPIPE, 'ESPIPE'], [EROFS, 'EROFS'], [EMLINK, 'EMLINK'], [EPIPE, 'EPIPE'],
  [ERANGE, 'ERANGE'], [ENAMETOOLONG, 'ENAMETOOLONG'], [ENOSYS, 'ENOSYS'], [ENOTEMPTY, 'ENOTEMPTY'],
  [ELOOP, 'ELOOP'], [EOPNOTSUPP, 'EOPNOTSUPP'],
]);

const MESSAGES: ReadonlyMap<number, string> = new Map([
  [EPERM, 'Operation not permitted'],
  [ENOENT, 'No such file or directory'],
  [EINTR, 'Interrupted system call'],
  [EIO, 'Input/output error'],
  [EBADF, 'Bad file descriptor'],
  [EAGAIN, 'Resource temporarily unavailable'],
  [ENOMEM, 'Cannot allocate memory'],
  [EACCES, 'Permission denied'],
  [EFAULT, 'Bad address'],
  [EBUSY, 'Device or resource busy'],
  [EEXIST, 'File exists'],
  [EXDEV, 'Invalid cross-device link'],
  [ENODEV, 'No such device'],
  [ENOTDIR, 'Not a directory'],
  [EISDIR, 'Is a directory'],
  [EINVAL, 'Invalid argument'],
  [ENFILE, 'Too many open files in system'],
  [EMFILE, 'Too many open files'],
  [ENOTTY, 'Inappropriate ioctl for device'],
  [EFBIG, 'File too large'],
  [ENOSPC, 'No space left on device'],
  [ESPIPE, 'Illegal seek'],
  [EROFS, 'Read-only file system'],
  [EMLINK, 'Too many links'],
  [EPIPE, 'Broken pipe'],
  [ERANGE, 'Numerical result out of range'],
  [ENAMETOOLONG, 'File name too long'],
  [ENOSYS, 'Function not implemented'],
  [ENOTEMPTY, 'Directory not empty'],
  [ELOOP, 'Too many levels of symbolic links'],
  [EOPNOTSUPP, 'Operation not supported'],
]);

/** strerror: glibc's text for an errno value. */
export function strerror(errno: number): string {
  return MESSAGES.get(errno) ?? `Unknown error ${errno}`;
}

/**
 * OSFault: how an OS implementation reports a failed call: just the errno. The caller (the posix
 * module) knows which Python path arguments to attach to the OSError it raises.
 */
export class OSFault extends Error {
  constructor(readonly errno: number) {
    super(`[Errno ${errno}] ${strerror(errno)}`);
    this.name = 'OSFault';
  }
}

/** fail: throws OSFault(errno). */
export function fail(errno: number): never {
  throw new OSFault(errno);
}
