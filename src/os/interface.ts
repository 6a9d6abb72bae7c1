// The OS interface: every effect a Python program has on the world, and everything it learns from
// it, is one of these calls. This is the controller of the PyPy sandbox design: the interpreter is
// pure, and the embedder's implementation of this interface decides, virtualizes or refuses each
// call. Implementations: MemoryOS (memory.ts, the default world, optionally with host mounts),
// TracingOS and ReplayOS (trace.ts). Calls are synchronous; a failure throws OSFault(errno).
//
// Paths are guest paths: absolute or relative to getcwd(). Descriptors 0, 1 and 2 are stdin,
// stdout and stderr.

/** Open flags (Linux's values, as os.O_* reports them). */
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_ACCMODE = 3;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_NOCTTY = 0o400;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_DIRECTORY = 0o200000;
export const O_NOFOLLOW = 0o400000;
export const O_CLOEXEC = 0o2000000;

/** File type bits of st_mode. */
export const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFREG = 0o100000;
export const S_IFLNK = 0o120000;
export const S_IFIFO = 0o010000;

/** lseek whence values. */
export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

/** Stat: what stat/lstat/fstat report (times in nanoseconds since the epoch). */
export interface Stat {
  mode: number;
  ino: number;
  dev: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

/** ClockId: which clock clock() reads. */
export type ClockId = 'realtime' | 'monotonic' | 'process';

/** OS: the one interface between the interpreter and the world. */
export interface OS {
  // Descriptors
  open(path: string, flags: number, mode: number): number;
  read(fd: number, count: number): Uint8Array;
  write(fd: number, data: Uint8Array): number;
  lseek(fd: number, offset: number, whence: number): number;
  close(fd: number): void;
  fstat(fd: number): Stat;
  ftruncate(fd: number, length: number): void;
  isatty(fd: number): boolean;
  // Names
  stat(path: string, followSymlinks: boolean): Stat;
  listdir(path: string): string[];
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(src: string, dst: string): void;
  getcwd(): string;
  chdir(path: string): void;
  // The process's world
  /** clock: nanoseconds: since the epoch (realtime), or from an arbitrary start (monotonic, process). */
  clock(id: ClockId): bigint;
  /** sleep: waits (or, on a virtual clock, advances it) by ns nanoseconds. */
  sleep(ns: bigint): void;
  urandom(n: number): Uint8Array;
  environ(): Record<string, string>;
  argv(): string[];
  /** exit: the program ended with this status (the last call of a run). */
  exit(status: number): void;
}

/** isDir / isReg: file type tests on st_mode. */
export function isDir(mode: number): boolean {
  return (mode & S_IFMT) === S_IFDIR;
}

export function isReg(mode: number): boolean {
  return (mode & S_IFMT) === S_IFREG;
}
