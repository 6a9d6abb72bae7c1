// MemoryOS: the default world a script sees. An in-memory file system (MemoryFS) with a writable
// current directory, optional mounts (other backends, such as a host directory, at guest paths),
// a descriptor table with 0-2 wired to the embedder's stdin, stdout and stderr, a virtual clock
// that starts at a fixed instant and moves only by sleep() (or a configured tick per reading),
// entropy from a seeded generator, an empty environment, and argv. Nothing here touches the host:
// host access comes only through backends or hooks the embedder passes in.

import {
  fail,
  EBADF,
  EBUSY,
  EINVAL,
  EISDIR,
  EMFILE,
  ENAMETOOLONG,
  ENOENT,
  ENOTDIR,
  ESPIPE,
  EXDEV,
  EROFS,
  OSFault,
} from './errno.js';
import {
  O_ACCMODE,
  O_APPEND,
  O_CREAT,
  O_RDONLY,
  O_RDWR,
  O_TRUNC,
  O_WRONLY,
  S_IFCHR,
  S_IFDIR,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
  isDir,
  type ClockId,
  type OS,
  type Stat,
} from './interface.js';
import { byteLength, concat, NAME_MAX, PATH_MAX, type FileSystem, type Handle } from './filesystem.js';
import { MemoryFS, emptyImage, type Change, type FsImage } from './memory-fs.js';
import type { Patch } from 'immer';

/** DEFAULT_EPOCH_NS: where the virtual clock starts: 2024-01-01T00:00:00Z. */
export const DEFAULT_EPOCH_NS = 1_704_067_200n * 1_000_000_000n;

/** ClockOptions: the virtual clock. */
export interface ClockOptions {
  /** start: the wall-clock time at the start, in ms since the epoch (default 2024-01-01T00:00:00Z). */
  start?: number;
  /** tickNs: nanoseconds each clock reading advances the clock by (default 0: only sleep moves it). */
  tickNs?: number;
}

/** Streams: where descriptors 0-2 lead. */
export interface StreamOptions {
  /** stdin: the bytes (or text) the program reads, or a function returning the next chunk (null at EOF). */
  stdin?: string | Uint8Array | (() => Uint8Array | null);
  /** stdout / stderr: receive what the program writes, decoded as UTF-8 (incomplete sequences held back). */
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** stdoutBytes / stderrBytes: receive the raw bytes instead. */
  stdoutBytes?: (data: Uint8Array) => void;
  stderrBytes?: (data: Uint8Array) => void;
  /** tty: whether isatty() says yes for 0-2. */
  tty?: boolean;
}

/** MemoryOSOptions: the world. */
export interface MemoryOSOptions extends StreamOptions {
  /** image: the file system to start from (an earlier run's image()); default empty. */
  image?: FsImage;
  /** files: files to create, path -> contents (parents made as needed). */
  files?: Record<string, string | Uint8Array>;
  /** cwd: the current directory (created if missing); default '/'. */
  cwd?: string;
  /** mounts: guest path -> backend (e.g. a HostDirectory). */
  mounts?: Record<string, FileSystem>;
  env?: Record<string, string>;
  argv?: string[];
  clock?: ClockOptions;
  /** seed: seeds the entropy generator (default 0x5eed). */
  seed?: number;
  /** entropy / clockSource / sleeper: replace the virtual ones (the CLI's --real-time passes the host's). */
  entropy?: (n: number) => Uint8Array;
  clockSource?: (id: ClockId) => bigint;
  sleeper?: (ns: bigint) => void;
  /** capacity: bytes of file data the in-memory file system holds (default 256 MiB). */
  capacity?: number;
  /** maxOpenFiles: descriptors at most (default 256). */
  maxOpenFiles?: number;
}

/** Stream: what descriptors 0-2 are. */
interface StreamEnd {
  read?: (count: number) => Uint8Array;
  write?: (data: Uint8Array) => void;
}

interface Descriptor {
  handle: Handle | null;
  stream: StreamEnd | null;
  position: number;
  readable: boolean;
  writable: boolean;
  append: boolean;
}

interface Mount {
  parts: string[];
  fs: FileSystem;
  dev: number;
}

const encoder = new TextEncoder();

export class MemoryOS implements OS {
  readonly fs: MemoryFS;
  /** initial: the image the run started from (changes() compares against it). */
  readonly initial: FsImage;
  /** setupPatches: how many of the file system's patches the constructor's setup made (not the run). */
  private readonly setupPatches: number;
  private readonly mounts: Mount[] = [];
  private cwdParts: string[] = [];
  private readonly fds = new Map<number, Descriptor>();
  private readonly maxOpen: number;
  private readonly env: Record<string, string>;
  private readonly args: string[];
  private elapsedNs = 0n;
  private cpuNs = 0n;
  private readonly startNs: bigint;
  private readonly tickNs: bigint;
  private readonly entropy: (n: number) => Uint8Array;
  private readonly clockSource: ((id: ClockId) => bigint) | null;
  private readonly sleeper: ((ns: bigint) => void) | null;
  private readonly tty: boolean;
  /** exitStatus: what the program's exit() reported, or null while it runs. */
  exitStatus: number | null = null;

  constructor(options: MemoryOSOptions = {}) {
    this.startNs = options.clock?.start !== undefined ? BigInt(Math.round(options.clock.start)) * 1_000_000n : DEFAULT_EPOCH_NS;
    this.tickNs = BigInt(options.clock?.tickNs ?? 0);
    this.fs = new MemoryFS(options.image ?? emptyImage(), { capacity: options.capacity, now: () => this.wallNs() });
    this.maxOpen = options.maxOpenFiles ?? 256;
    this.env = { ...(options.env ?? {}) };
    this.args = [...(options.argv ?? [''])];
    this.entropy = options.entropy ?? seededEntropy(options.seed ?? 0x5eed);
    this.clockSource = options.clockSource ?? null;
    this.sleeper = options.sleeper ?? null;
    this.tty = options.tty ?? false;
    for (const [path, contents] of Object.entries(options.files ?? {})) this.putFile(path, contents);
    for (const [path, fs] of Object.entries(options.mounts ?? {})) this.mount(path, fs);
    if (options.cwd !== undefined) {
      this.makeDirs(options.cwd);
      this.chdir(options.cwd);
    }
    this.initial = this.fs.image();
    this.setupPatches = this.fs.patches().length;
    this.setupStreams(options);
  }

  // ------------------------------------------------------------------------------------------
  // The embedder's side

  /** image: the in-memory file system now (mounted backends are not part of it). */
  image(): FsImage {
    return this.fs.image();
  }

  /** patches: the immer patches the run made to the in-memory file system (applyPatches(initial, patches) gives image()). */
  patches(): readonly Patch[] {
    return this.fs.patches().slice(this.setupPatches);
  }

  /** changes: the paths the run created, modified or deleted in memory (sorted, depth first). */
  changes(): Change[] {
    return this.fs.changes(this.initial);
  }

  /** readFile: a file's bytes (through mounts too), or null if it does not exist. */
  readFile(path: string): Uint8Array | null {
    let fd: number;
    try {
      fd = this.open(path, O_RDONLY, 0);
    } catch (e) {
      if (e instanceof OSFault) return null;
      throw e;
    }
    try {
      const chunks: Uint8Array[] = [];
      for (;;) {
        const c = this.read(fd, 1 << 20);
        if (c.length === 0) break;
        chunks.push(c);
      }
      return concat(chunks);
    } catch (e) {
      if (e instanceof OSFault) return null;
      throw e;
    } finally {
      this.close(fd);
    }
  }

  /** putFile: creates (or replaces) a file, making its parent directories. */
  putFile(path: string, contents: string | Uint8Array): void {
    const abs = this.resolve(path);
    this.makeDirs('/' + abs.slice(0, -1).join('/'));
    const fd = this.open('/' + abs.join('/'), O_WRONLY | O_CREAT | O_TRUNC, 0o644);
    try {
      this.write(fd, typeof contents === 'string' ? encoder.encode(contents) : contents);
    } finally {
      this.close(fd);
    }
  }

  /** makeDirs: mkdir -p. */
  makeDirs(path: string): void {
    const parts = this.resolve(path);
    for (let i = 1; i <= parts.length; i++) {
      const p = '/' + parts.slice(0, i).join('/');
      try {
        this.mkdir(p, 0o755);
      } catch (e) {
        if (!(e instanceof OSFault) || e.errno !== 17) throw e;
      }
    }
  }

  /** mount: attaches a backend at a guest path (the directory is made in memory). */
  mount(path: string, fs: FileSystem): void {
    const parts = this.resolve(path);
    if (parts.length === 0) throw new Error('cannot mount over /');
    this.makeDirs(path);
    this.mounts.push({ parts, fs, dev: 2 + this.mounts.length });
    this.mounts.sort((a, b) => b.parts.length - a.parts.length);
  }

  // ------------------------------------------------------------------------------------------
  // Paths

  /** resolve: a guest path as components from the root, with '.', '..' and '' removed. */
  private resolve(path: string): string[] {
    if (path === '') fail(ENOENT);
    if (path.includes('\0')) fail(EINVAL);
    if (byteLength(path) >= PATH_MAX) fail(ENAMETOOLONG);
    const parts = path.startsWith('/') ? [] : this.cwdParts.slice();
    const names = path.split('/');
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (name === '') continue;
      if (byteLength(name) > NAME_MAX) fail(ENAMETOOLONG);
      if (name === '.' || name === '..') {
        // POSIX resolves '.' and '..' in the directory reached so far, which must exist.
        if (parts.length > 0 && i > 0) {
          const st = this.statParts(parts, true);
          if (!isDir(st.mode)) fail(ENOTDIR);
        }
        if (name === '..') parts.pop();
        continue;
      }
      parts.push(name);
    }
    return parts;
  }

  /** target: the backend and its relative path for resolved components. */
  private target(parts: readonly string[]): { fs: FileSystem; rel: string[]; mount: Mount | null } {
    for (const m of this.mounts) {
      if (parts.length >= m.parts.length && m.parts.every((p, i) => parts[i] === p)) {
        return { fs: m.fs, rel: parts.slice(m.parts.length), mount: m };
      }
    }
    return { fs: this.fs, rel: parts.slice(), mount: null };
  }

  private statParts(parts: readonly string[], follow: boolean): Stat {
    const t = this.target(parts);
    const st = t.fs.stat(t.rel, follow);
    return t.mount === null ? st : { ...st, dev: t.mount.dev };
  }

  /** checkParent: the directory holding resolved components must exist and be one. */
  private checkParent(parts: readonly string[]): void {
    if (parts.length > 0 && !isDir(this.statParts(parts.slice(0, -1), true).mode)) fail(ENOTDIR);
  }

  /** trailing: a path ending in '/' names a directory. */
  private checkTrailing(path: string, st: Stat): void {
    if (path.endsWith('/') && !isDir(st.mode)) fail(ENOTDIR);
  }

  // ------------------------------------------------------------------------------------------
  // Descriptors

  private setupStreams(o: StreamOptions): void {
    const stdin = o.stdin;
    let read: (count: number) => Uint8Array;
    if (typeof stdin === 'function') {
      let pending: Uint8Array = new Uint8Array(0);
      let eof = false;
      read = (count) => {
        if (pending.length === 0 && !eof) {
          const next = stdin();
          if (next === null) eof = true;
          else pending = next;
        }
        const out = pending.subarray(0, count);
        pending = pending.subarray(out.length);
        return out;
      };
    } else {
      let data = typeof stdin === 'string' ? encoder.encode(stdin) : (stdin ?? new Uint8Array(0));
      read = (count) => {
        const out = data.subarray(0, count);
        data = data.subarray(out.length);
        return out;
      };
    }
    const sink = (bytes?: (d: Uint8Array) => void, text?: (t: string) => void): ((d: Uint8Array) => void) => {
      if (bytes !== undefined) return bytes;
      if (text === undefined) return () => {};
      const decoder = new TextDecoder('utf-8', { fatal: false });
      return (d) => {
        const t = decoder.decode(d, { stream: true });
        if (t !== '') text(t);
      };
    };
    const std = (stream: StreamEnd, readable: boolean): Descriptor => ({ handle: null, stream, position: 0, readable, writable: !readable, append: false });
    this.fds.set(0, std({ read }, true));
    this.fds.set(1, std({ write: sink(o.stdoutBytes, o.stdout) }, false));
    this.fds.set(2, std({ write: sink(o.stderrBytes, o.stderr) }, false));
  }

  private fd(fd: number): Descriptor {
    const d = this.fds.get(fd);
    if (d === undefined) fail(EBADF);
    return d;
  }

  open(path: string, flags: number, mode: number): number {
    const parts = this.resolve(path);
    const t = this.target(parts);
    const acc = flags & O_ACCMODE;
    if (acc === O_ACCMODE) fail(EINVAL);
    if (path.endsWith('/')) {
      // As Linux: a trailing slash cannot create; otherwise it must name a directory (checked
      // before opening, which could truncate).
      if (flags & O_CREAT) {
        if (parts.length > 0 && !isDir(this.statParts(parts.slice(0, -1), true).mode)) fail(ENOTDIR);
        fail(EISDIR);
      }
      if (!isDir(this.statParts(parts, true).mode)) fail(ENOTDIR);
    }
    if (t.mount !== null && t.rel.length === 0 && acc !== O_RDONLY) fail(EISDIR);
    if (this.fds.size >= this.maxOpen) fail(EMFILE);
    const handle = t.fs.open(t.rel, flags, mode);
    if (path.endsWith('/') && !handle.isDir) {
      handle.close();
      fail(ENOTDIR);
    }
    let fd = 0;
    while (this.fds.has(fd)) fd++;
    this.fds.set(fd, {
      handle,
      stream: null,
      position: 0,
      readable: acc === O_RDONLY || acc === O_RDWR,
      writable: acc === O_WRONLY || acc === O_RDWR,
      append: (flags & O_APPEND) !== 0,
    });
    return fd;
  }

  read(fd: number, count: number): Uint8Array {
    const d = this.fd(fd);
    if (!d.readable) fail(EBADF);
    if (count < 0) fail(EINVAL);
    if (d.stream !== null) return d.stream.read!(count);
    const h = d.handle!;
    if (h.isDir) fail(EISDIR);
    const data = h.readAt(d.position, count);
    d.position += data.length;
    return data;
  }

  write(fd: number, data: Uint8Array): number {
    const d = this.fd(fd);
    if (!d.writable) fail(EBADF);
    if (d.stream !== null) {
      d.stream.write!(data);
      return data.length;
    }
    const h = d.handle!;
    // As Linux: writing nothing does not move an O_APPEND descriptor to the end.
    if (d.append && data.length > 0) d.position = h.size();
    const n = h.writeAt(d.position, data);
    d.position += n;
    return n;
  }

  lseek(fd: number, offset: number, whence: number): number {
    const d = this.fd(fd);
    if (d.stream !== null) fail(ESPIPE);
    const h = d.handle!;
    let pos: number;
    if (whence === SEEK_SET) pos = offset;
    else if (whence === SEEK_CUR) pos = d.position + offset;
    else if (whence === SEEK_END) pos = (h.isDir ? 0 : h.size()) + offset;
    else fail(EINVAL);
    if (pos < 0 || !Number.isSafeInteger(pos)) fail(EINVAL);
    d.position = pos;
    return pos;
  }

  close(fd: number): void {
    const d = this.fd(fd);
    this.fds.delete(fd);
    d.handle?.close();
  }

  fstat(fd: number): Stat {
    const d = this.fd(fd);
    if (d.stream !== null) {
      const t = this.wallNs();
      return { mode: S_IFCHR | 0o620, ino: fd + 1, dev: 0, nlink: 1, uid: 0, gid: 0, size: 0, atimeNs: t, mtimeNs: t, ctimeNs: t };
    }
    return d.handle!.stat();
  }

  ftruncate(fd: number, length: number): void {
    const d = this.fd(fd);
    if (d.stream !== null) fail(EINVAL);
    if (!d.writable) fail(EINVAL);
    if (length < 0) fail(EINVAL);
    d.handle!.truncate(length);
  }

  isatty(fd: number): boolean {
    const d = this.fds.get(fd);
    return d !== undefined && d.stream !== null && this.tty;
  }

  // ------------------------------------------------------------------------------------------
  // Names

  stat(path: string, followSymlinks: boolean): Stat {
    const parts = this.resolve(path);
    const st = this.statParts(parts, followSymlinks);
    this.checkTrailing(path, st);
    return st;
  }

  listdir(path: string): string[] {
    const t = this.target(this.resolve(path));
    const names = t.fs.listdir(t.rel);
    return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  mkdir(path: string, mode: number): void {
    const parts = this.resolve(path);
    const t = this.target(parts);
    if (t.rel.length === 0) fail(17);
    t.fs.mkdir(t.rel, mode);
  }

  rmdir(path: string): void {
    const parts = this.resolve(path);
    const last = path.replace(/\/+$/, '').split('/').pop();
    if (last === '.') fail(EINVAL);
    const t = this.target(parts);
    if (t.rel.length === 0) fail(EBUSY);
    if (this.mounts.some((m) => m.parts.length > parts.length && parts.every((p, i) => m.parts[i] === p))) fail(EBUSY);
    t.fs.rmdir(t.rel);
  }

  unlink(path: string): void {
    const parts = this.resolve(path);
    const t = this.target(parts);
    if (t.rel.length === 0) fail(EISDIR);
    if (path.endsWith('/')) {
      const st = t.fs.stat(t.rel, false);
      fail(isDir(st.mode) ? EISDIR : ENOTDIR);
    }
    t.fs.unlink(t.rel);
  }

  rename(src: string, dst: string): void {
    // As Linux: the source's directory is found, then the destination's, before either name.
    const from = this.resolve(src);
    this.checkParent(from);
    const to = this.resolve(dst);
    this.checkParent(to);
    const a = this.target(from);
    const b = this.target(to);
    if (a.rel.length === 0 || b.rel.length === 0) fail(EBUSY);
    // As Linux: a path ending in '.' or '..' names no entry to move (EBUSY), and a trailing slash
    // on either path needs the source to be a directory.
    const last = (p: string): string => p.replace(/\/+$/, '').split('/').pop()!;
    if (['.', '..'].includes(last(src)) || ['.', '..'].includes(last(dst))) fail(EBUSY);
    if ((src.endsWith('/') || dst.endsWith('/')) && !isDir(a.fs.stat(a.rel, false).mode)) fail(ENOTDIR);
    if (a.fs !== b.fs) {
      a.fs.stat(a.rel, false);
      if (a.fs.readOnly || b.fs.readOnly) fail(EROFS);
      fail(EXDEV);
    }
    if (this.mounts.some((m) => m.parts.length > from.length && from.every((p, i) => m.parts[i] === p))) fail(EBUSY);
    a.fs.rename(a.rel, b.rel);
  }

  getcwd(): string {
    return '/' + this.cwdParts.join('/');
  }

  chdir(path: string): void {
    const parts = this.resolve(path);
    const st = this.statParts(parts, true);
    if (!isDir(st.mode)) fail(ENOTDIR);
    this.cwdParts = parts;
  }

  // ------------------------------------------------------------------------------------------
  // The world

  private wallNs(): bigint {
    return this.startNs + this.elapsedNs;
  }

  clock(id: ClockId): bigint {
    if (this.clockSource !== null) return this.clockSource(id);
    this.elapsedNs += this.tickNs;
    this.cpuNs += this.tickNs;
    if (id === 'realtime') return this.wallNs();
    // CPU time does not pass while the program sleeps.
    if (id === 'process') return this.cpuNs;
    return this.elapsedNs;
  }

  sleep(ns: bigint): void {
    if (ns < 0n) fail(EINVAL);
    if (this.sleeper !== null) this.sleeper(ns);
    else this.elapsedNs += ns;
  }

  urandom(n: number): Uint8Array {
    if (n < 0) fail(EINVAL);
    return this.entropy(n);
  }

  environ(): Record<string, string> {
    return { ...this.env };
  }

  argv(): string[] {
    return this.args.slice();
  }

  exit(status: number): void {
    this.exitStatus = status;
    for (const fd of [...this.fds.keys()]) if (fd > 2) this.close(fd);
  }
}

/**
 * seededEntropy: a deterministic byte stream (SplitMix32 from a seed) standing in for the host's
 * entropy: the same bytes on every run of every machine.
 */
export function seededEntropy(seed: number): (n: number) => Uint8Array {
  let x = seed >>> 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      z = (z ^ (z >>> 16)) >>> 0;
      for (let k = 0; k < 4 && i + k < n; k++) out[i + k] = (z >>> (8 * k)) & 0xff;
    }
    return out;
  };
}

