// HostDirectory: a host directory mounted into the guest's file system, read-only unless the
// embedder says otherwise. One of the two places (with the CLI) that touch the host.
//
// Nothing leaves the mount: MemoryOS hands this backend path components already resolved in guest
// space (no '..', '.', '' or '/'), and each component is checked again here. Symbolic links are
// refused wherever they appear (lstat of every component, O_NOFOLLOW on open), as are device
// files, FIFOs and sockets (EACCES): only regular files and directories are visible. Writes to a
// read-only mount fail with EROFS.

import * as fs from 'node:fs';
import { join } from 'node:path';
import { fail, EACCES, EFBIG, EINVAL, ENAMETOOLONG, ENOENT, EROFS, EIO, ERRNO_NAMES, OSFault } from './errno.js';
import { O_ACCMODE, O_APPEND, O_CREAT, O_DIRECTORY, O_EXCL, O_RDONLY, O_TRUNC, S_IFDIR, S_IFREG, type Stat } from './interface.js';
import { byteLength, NAME_MAX, type FileSystem, type Handle } from './filesystem.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const CODES = new Map<string, number>([...ERRNO_NAMES].map(([n, name]) => [name, n]));

/** hostCall: runs a host call, turning Node's error codes into OSFault. */
function hostCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof OSFault) throw e;
    const code = (e as { code?: unknown }).code;
    throw new OSFault(typeof code === 'string' ? (CODES.get(code) ?? EIO) : EIO);
  }
}

function toStat(s: fs.BigIntStats): Stat {
  const type = s.isDirectory() ? S_IFDIR : S_IFREG;
  return {
    mode: type | Number(s.mode & 0o7777n),
    ino: Number(s.ino & 0xffffffffn),
    dev: 0,
    nlink: Number(s.nlink),
    uid: 0,
    gid: 0,
    size: s.isDirectory() ? 4096 : Number(s.size),
    atimeNs: s.atimeNs,
    mtimeNs: s.mtimeNs,
    ctimeNs: s.ctimeNs,
  };
}

/** HostDirectory options. */
export interface HostDirectoryOptions {
  /** writable: allow changes (default false: EROFS for every write). */
  writable?: boolean;
}

export class HostDirectory implements FileSystem {
  readonly root: string;
  readonly readOnly: boolean;

  constructor(root: string, options: HostDirectoryOptions = {}) {
    const real = fs.realpathSync(root);
    if (!fs.statSync(real).isDirectory()) throw new Error(`not a directory: ${root}`);
    this.root = real;
    this.readOnly = !(options.writable ?? false);
  }

  /** hostPath: the host path for components, after checking each one and refusing links. */
  private hostPath(parts: readonly string[], checkLast: boolean): string {
    let path = this.root;
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i]!;
      if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) fail(EINVAL);
      // A lone surrogate (a non-UTF-8 byte of a bytes path, surrogateescaped) would reach the host
      // as U+FFFD, so that different guest names would name one host file: refused.
      if (LONE_SURROGATE.test(name)) fail(EINVAL);
      if (byteLength(name) > NAME_MAX) fail(ENAMETOOLONG);
      path = join(path, name);
      // A missing directory on the way fails here, as the kernel's walk would: ENOENT.
      if (i < parts.length - 1) {
        if (this.checkEntry(path) === null) fail(ENOENT);
      } else if (checkLast) this.checkEntry(path);
    }
    return path;
  }

  /** checkEntry: an existing entry must be a regular file or a directory, never a link or device. */
  private checkEntry(path: string): fs.BigIntStats | null {
    const st = hostCall(() => fs.lstatSync(path, { bigint: true, throwIfNoEntry: false }));
    if (st === undefined) return null;
    if (!st.isFile() && !st.isDirectory()) fail(EACCES);
    return st;
  }

  private writable(): void {
    if (this.readOnly) fail(EROFS);
  }

  stat(parts: readonly string[]): Stat {
    const path = this.hostPath(parts, false);
    const st = this.checkEntry(path);
    if (st === null) return hostCall(() => toStat(fs.lstatSync(path, { bigint: true })));
    return toStat(st);
  }

  listdir(parts: readonly string[]): string[] {
    const path = this.hostPath(parts, true);
    return hostCall(() => fs.readdirSync(path));
  }

  mkdir(parts: readonly string[], mode: number): void {
    const path = this.hostPath(parts, false);
    if (this.readOnly) {
      if (this.checkEntry(path) !== null) fail(17);
      fail(EROFS);
    }
    hostCall(() => fs.mkdirSync(path, { mode: mode & 0o777 }));
  }

  rmdir(parts: readonly string[]): void {
    const path = this.hostPath(parts, true);
    this.writable();
    hostCall(() => fs.rmdirSync(path));
  }

  unlink(parts: readonly string[]): void {
    const path = this.hostPath(parts, true);
    this.writable();
    const st = this.checkEntry(path);
    if (st !== null && st.isDirectory()) fail(21);
    hostCall(() => fs.unlinkSync(path));
  }

  rename(from: readonly string[], to: readonly string[]): void {
    const a = this.hostPath(from, true);
    const b = this.hostPath(to, true);
    this.writable();
    hostCall(() => fs.renameSync(a, b));
  }

  open(parts: readonly string[], flags: number, mode: number): Handle {
    const path = this.hostPath(parts, true);
    const acc = flags & O_ACCMODE;
    const st = this.checkEntry(path);
    // As Linux: an existing entry fails O_CREAT|O_EXCL first, whatever it is and wherever it is.
    if (st !== null && flags & O_CREAT && flags & O_EXCL) fail(17);
    if (acc !== O_RDONLY || flags & (O_CREAT | O_TRUNC)) {
      if (this.readOnly && !(st !== null && st.isDirectory() && acc === O_RDONLY)) {
        if (st === null && !(flags & O_CREAT)) fail(2);
        fail(st !== null && st.isDirectory() ? 21 : EROFS);
      }
    }
    if (st !== null && st.isDirectory()) {
      if (acc !== O_RDONLY || flags & O_CREAT) fail(21);
      return new HostDirHandle(path);
    }
    if (flags & O_DIRECTORY && st !== null) fail(20);
    const c = fs.constants;
    let hostFlags = acc | c.O_NOFOLLOW | c.O_NONBLOCK;
    if (flags & O_CREAT) hostFlags |= c.O_CREAT;
    if (flags & O_EXCL) hostFlags |= c.O_EXCL;
    if (flags & O_TRUNC) hostFlags |= c.O_TRUNC;
    if (flags & O_APPEND) hostFlags |= c.O_APPEND;
    const fd = hostCall(() => fs.openSync(path, hostFlags, mode & 0o777));
    // The entry may have been swapped between the check and the open: check what was opened.
    const opened = hostCall(() => fs.fstatSync(fd, { bigint: true }));
    if (!opened.isFile()) {
      fs.closeSync(fd);
      fail(EACCES);
    }
    return new HostFileHandle(fd);
  }
}

class HostFileHandle implements Handle {
  readonly isDir = false;
  private open = true;
  constructor(private readonly fd: number) {}

  readAt(position: number, count: number): Uint8Array {
    const buf = new Uint8Array(Math.min(count, Math.max(0, this.size() - position)));
    if (buf.length === 0) return buf;
    const n = hostCall(() => fs.readSync(this.fd, buf, 0, buf.length, position));
    return n === buf.length ? buf : buf.subarray(0, n);
  }

  writeAt(position: number, data: Uint8Array): number {
    let done = 0;
    while (done < data.length) {
      const n = hostCall(() => fs.writeSync(this.fd, data, done, data.length - done, position + done));
      done += n;
    }
    return done;
  }

  size(): number {
    return hostCall(() => fs.fstatSync(this.fd)).size;
  }

  truncate(length: number): void {
    // Node refuses lengths past 2**53 itself (not an errno); the kernel would say EFBIG.
    if (!Number.isSafeInteger(length)) fail(EFBIG);
    hostCall(() => fs.ftruncateSync(this.fd, length));
  }

  stat(): Stat {
    return hostCall(() => toStat(fs.fstatSync(this.fd, { bigint: true })));
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    hostCall(() => fs.closeSync(this.fd));
  }
}

class HostDirHandle implements Handle {
  readonly isDir = true;
  constructor(private readonly path: string) {}
  readAt(): Uint8Array {
    return fail(21);
  }
  writeAt(): number {
    return fail(21);
  }
  size(): number {
    return 4096;
  }
  truncate(): void {
    fail(21);
  }
  stat(): Stat {
    return hostCall(() => toStat(fs.lstatSync(this.path, { bigint: true })));
  }
  close(): void {}
}
