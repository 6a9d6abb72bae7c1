// MemoryFS: the in-memory file system. Its state is an immutable tree (immer): a directory node
// holds a Map of names to nodes, a file node its bytes. Each change makes a new tree that shares
// every untouched node with the old one, so a snapshot (image()) costs O(1), many runs can start
// from one prepared image, and the changes a run made are available as immer patches.
//
// Writes do not rebuild the tree each time: like a kernel's page cache, an open file's bytes live
// in a growable buffer shared by every descriptor open on it, and are committed to the tree (one
// immer update) when its last descriptor closes or when someone asks for an image, the patches or
// the changes. A loop of small writes is a loop of memcpys.

import { produce, enableMapSet, enablePatches, type Patch } from 'immer';
import { fail, EEXIST, EISDIR, ENOENT, ENOTDIR, ENOTEMPTY, EINVAL, ENOSPC, EBUSY, EFBIG } from './errno.js';
import { O_ACCMODE, O_CREAT, O_DIRECTORY, O_EXCL, O_RDONLY, O_TRUNC, S_IFDIR, S_IFREG, type Stat } from './interface.js';
import type { FileSystem, Handle } from './filesystem.js';

enableMapSet();
enablePatches();

/** FileNode / DirNode: the immutable tree's nodes. */
export interface FileNode {
  readonly kind: 'file';
  readonly ino: number;
  readonly mode: number;
  readonly mtimeNs: bigint;
  readonly data: Uint8Array;
}

export interface DirNode {
  readonly kind: 'dir';
  readonly ino: number;
  readonly mode: number;
  readonly mtimeNs: bigint;
  readonly entries: ReadonlyMap<string, Node>;
}

export type Node = FileNode | DirNode;

/** FsImage: a whole file system, immutable: what image() returns and `new MemoryFS(image)` starts from. */
export interface FsImage {
  readonly root: DirNode;
  readonly nextIno: number;
}

/** Change: one path a run created, modified or deleted (see changes()). */
export interface Change {
  path: string;
  kind: 'created' | 'modified' | 'deleted';
  type: 'file' | 'dir';
}

/** emptyImage: a file system with only its root directory. */
export function emptyImage(): FsImage {
  return produce({ root: { kind: 'dir', ino: 1, mode: S_IFDIR | 0o755, mtimeNs: 0n, entries: new Map() }, nextIno: 2 } as FsImage, () => {});
}

/** OpenFile: a file's live bytes while descriptors are open on it (shared by all of them). */
class OpenFile {
  /** buf: the growable buffer once written (null: the committed bytes in `base` are current). */
  buf: Uint8Array | null = null;
  dirty = false;
  refs = 0;
  unlinked = false;
  constructor(
    readonly ino: number,
    public path: string[],
    public base: Uint8Array,
    public size: number,
    public mode: number,
    public mtimeNs: bigint,
  ) {}

  bytes(): Uint8Array {
    return this.buf ?? this.base;
  }
}

/** MemoryFSOptions: limits and the clock file times come from. */
export interface MemoryFSOptions {
  /** capacity: bytes of file data the file system holds at most (ENOSPC beyond); default 256 MiB. */
  capacity?: number;
  /** maxNodes: files and directories at most (ENOSPC beyond); default 100,000. */
  maxNodes?: number;
  /** now: the time stamped on changed files, in ns since the epoch. */
  now?: () => bigint;
  readOnly?: boolean;
}

const MAX_FILE = 2 ** 40;

export class MemoryFS implements FileSystem {
  private state: FsImage;
  private readonly log: Patch[] = [];
  private readonly live = new Map<number, OpenFile>();
  private used = 0;
  private nodes = 0;
  readonly capacity: number;
  readonly maxNodes: number;
  readonly readOnly: boolean;
  private readonly now: () => bigint;

  constructor(image: FsImage = emptyImage(), options: MemoryFSOptions = {}) {
    this.state = image;
    this.capacity = options.capacity ?? 256 * 2 ** 20;
    this.maxNodes = options.maxNodes ?? 100_000;
    this.readOnly = options.readOnly ?? false;
    this.now = options.now ?? (() => 0n);
    const count = (d: DirNode): void => {
      for (const n of d.entries.values()) {
        this.nodes++;
        if (n.kind === 'dir') count(n);
        else this.used += n.data.length;
      }
    };
    count(image.root);
  }

  // ------------------------------------------------------------------------------------------
  // Images, patches and changes

  /** image: the current tree (pending writes committed first). O(1) beyond those commits. */
  image(): FsImage {
    for (const f of this.live.values()) this.commit(f);
    return this.state;
  }

  /** patches: every change since this MemoryFS was made, as immer patches against its first image. */
  patches(): readonly Patch[] {
    this.image();
    return this.log.slice();
  }

  /** changes: the paths created, modified or deleted between `before` and now. */
  changes(before: FsImage): Change[] {
    const out: Change[] = [];
    diffDirs(before.root, this.image().root, '', out);
    return out;
  }

  private update(recipe: (draft: { root: DirNode; nextIno: number }) => void): void {
    this.state = produce(this.state, recipe as (d: FsImage) => void, (p) => {
      for (const x of p) this.log.push(x);
    });
  }

  // ------------------------------------------------------------------------------------------
  // Lookup

  private lookup(parts: readonly string[]): Node {
    let node: Node = this.state.root;
    for (const name of parts) {
      if (node.kind !== 'dir') fail(ENOTDIR);
      const next: Node | undefined = node.entries.get(name);
      if (next === undefined) fail(ENOENT);
      node = next;
    }
    return node;
  }

  private parentDir(parts: readonly string[]): DirNode {
    if (parts.length === 0) fail(EBUSY);
    const parent = this.lookup(parts.slice(0, -1));
    if (parent.kind !== 'dir') fail(ENOTDIR);
    return parent;
  }

  /** mutableDir: the draft directory at parts inside an update. */
  private static draftDir(root: DirNode, parts: readonly string[]): { entries: Map<string, Node>; mtimeNs: bigint } {
    let node = root as Node;
    for (const name of parts) node = (node as DirNode).entries.get(name)!;
    return node as unknown as { entries: Map<string, Node>; mtimeNs: bigint };
  }

  stat(parts: readonly string[]): Stat {
    const node = this.lookup(parts);
    if (node.kind === 'file') {
      const f = this.live.get(node.ino);
      if (f !== undefined) return fileStat(node.ino, f.mode, f.size, f.mtimeNs, 1);
      return fileStat(node.ino, node.mode, node.data.length, node.mtimeNs, 1);
    }
    return fileStat(node.ino, node.mode, 4096, node.mtimeNs, 2);
  }

  listdir(parts: readonly string[]): string[] {
    const node = this.lookup(parts);
    if (node.kind !== 'dir') fail(ENOTDIR);
    return [...node.entries.keys()];
  }

  // ------------------------------------------------------------------------------------------
  // Changing names

  private checkWritable(): void {
    if (this.readOnly) fail(30);
  }

  private newNode(): void {
    if (this.nodes >= this.maxNodes) fail(ENOSPC);
    this.nodes++;
  }

  mkdir(parts: readonly string[], mode: number): void {
    const parent = this.parentDir(parts);
    const name = parts[parts.length - 1]!;
    if (parent.entries.has(name)) fail(EEXIST);
    this.checkWritable();
    this.newNode();
    const now = this.now();
    this.update((d) => {
      const dir = MemoryFS.draftDir(d.root, parts.slice(0, -1));
      dir.entries.set(name, { kind: 'dir', ino: d.nextIno++, mode: S_IFDIR | (mode & 0o7777), mtimeNs: now, entries: new Map() });
      dir.mtimeNs = now;
    });
  }

  rmdir(parts: readonly string[]): void {
    if (parts.length === 0) fail(EBUSY);
    const node = this.lookup(parts);
    if (node.kind !== 'dir') fail(ENOTDIR);
    if (node.entries.size > 0) fail(ENOTEMPTY);
    this.checkWritable();
    this.remove(parts);
  }

  unlink(parts: readonly string[]): void {
    const node = this.lookup(parts);
    if (node.kind === 'dir') fail(EISDIR);
    this.checkWritable();
    const f = this.live.get(node.ino);
    if (f !== undefined) {
      // The bytes stay readable through the open descriptors; they are dropped at the last close.
      f.unlinked = true;
      this.live.delete(node.ino);
      this.remove(parts);
      this.live.set(-node.ino, f);
      return;
    }
    this.used -= node.data.length;
    this.remove(parts);
  }

  private remove(parts: readonly string[]): void {
    const now = this.now();
    this.nodes--;
    this.update((d) => {
      const dir = MemoryFS.draftDir(d.root, parts.slice(0, -1));
      dir.entries.delete(parts[parts.length - 1]!);
      dir.mtimeNs = now;
    });
  }

  rename(from: readonly string[], to: readonly string[]): void {
    // As Linux: both parent directories are resolved before the source is looked up.
    this.parentDir(from);
    const toParent = this.parentDir(to);
    const node = this.lookup(from);
    // A directory cannot move into itself.
    if (node.kind === 'dir' && to.length > from.length && from.every((p, i) => to[i] === p)) fail(EINVAL);
    // As Linux: nor can anything replace a directory it is inside.
    if (to.length < from.length && to.every((p, i) => from[i] === p)) fail(ENOTEMPTY);
    const toName = to[to.length - 1]!;
    const existing = toParent.entries.get(toName);
    if (existing !== undefined) {
      if (existing === node) return;
      if (node.kind === 'dir') {
        if (existing.kind !== 'dir') fail(ENOTDIR);
        if (existing.entries.size > 0) fail(ENOTEMPTY);
      } else if (existing.kind === 'dir') fail(EISDIR);
    }
    this.checkWritable();
    this.commitUnder(from);
    if (existing !== undefined) {
      if (existing.kind === 'file') {
        const f = this.live.get(existing.ino);
        if (f !== undefined) {
          f.unlinked = true;
          this.live.delete(existing.ino);
          this.live.set(-existing.ino, f);
        } else this.used -= existing.data.length;
      }
      this.nodes--;
    }
    const now = this.now();
    this.update((d) => {
      const src = MemoryFS.draftDir(d.root, from.slice(0, -1));
      const moving = src.entries.get(from[from.length - 1]!)!;
      src.entries.delete(from[from.length - 1]!);
      src.mtimeNs = now;
      const dst = MemoryFS.draftDir(d.root, to.slice(0, -1));
      dst.entries.set(toName, moving);
      dst.mtimeNs = now;
    });
    // Open files below the moved name follow it.
    for (const f of this.live.values()) {
      if (f.path.length >= from.length && from.every((p, i) => f.path[i] === p)) f.path = [...to, ...f.path.slice(from.length)];
    }
  }

  private commitUnder(parts: readonly string[]): void {
    for (const f of this.live.values()) {
      if (f.path.length >= parts.length && parts.every((p, i) => f.path[i] === p)) this.commit(f);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Files

  open(parts: readonly string[], flags: number, mode: number): Handle {
    const acc = flags & O_ACCMODE;
    let node: Node | undefined;
    try {
      node = this.lookup(parts);
    } catch (e) {
      if (!(flags & O_CREAT) || parts.length === 0) throw e;
      const parent = this.parentDir(parts);
      if (parent.entries.has(parts[parts.length - 1]!)) throw e;
    }
    if (node !== undefined) {
      if (flags & O_CREAT && flags & O_EXCL) fail(EEXIST);
      if (node.kind === 'dir') {
        // As Linux: O_TRUNC asks for write access, which a directory refuses.
        if (acc !== O_RDONLY || flags & (O_CREAT | O_TRUNC)) fail(EISDIR);
        return new DirHandle(this, [...parts]);
      }
      if (flags & O_DIRECTORY) fail(ENOTDIR);
      if (acc !== O_RDONLY || flags & O_TRUNC) this.checkWritable();
    } else {
      this.checkWritable();
      this.newNode();
      const now = this.now();
      const name = parts[parts.length - 1]!;
      this.update((d) => {
        const dir = MemoryFS.draftDir(d.root, parts.slice(0, -1));
        dir.entries.set(name, { kind: 'file', ino: d.nextIno++, mode: S_IFREG | (mode & 0o7777), mtimeNs: now, data: new Uint8Array(0) });
        dir.mtimeNs = now;
      });
      node = this.lookup(parts);
    }
    const file = node as FileNode;
    let f = this.live.get(file.ino);
    if (f === undefined) {
      f = new OpenFile(file.ino, [...parts], file.data, file.data.length, file.mode, file.mtimeNs);
      this.live.set(file.ino, f);
    }
    f.refs++;
    const h = new FileHandle(this, f);
    // As Linux: O_TRUNC empties the file whatever the access mode (O_RDONLY too).
    if (flags & O_TRUNC) h.truncate(0);
    return h;
  }

  /** grow: accounts size changes of file data against the capacity. */
  reserve(delta: number): void {
    if (delta > 0 && this.used + delta > this.capacity) fail(ENOSPC);
    this.used += delta;
  }

  stamp(): bigint {
    return this.now();
  }

  /**
   * commit: writes an open file's buffer back into the tree. At the last close (`last`) the
   * buffer itself is handed over (trimmed if it has much spare room); otherwise it is copied,
   * since descriptors still write to it.
   */
  commit(f: OpenFile, last = false): void {
    if (!f.dirty || f.unlinked) return;
    f.dirty = false;
    const bytes = f.bytes();
    let data: Uint8Array;
    if (last && bytes.length <= f.size + (f.size >> 3) + 4096) data = bytes.subarray(0, f.size);
    else data = bytes.slice(0, f.size);
    if (last) f.buf = null;
    f.base = data;
    const { path, mtimeNs } = f;
    this.update((d) => {
      const dir = MemoryFS.draftDir(d.root, path.slice(0, -1));
      const name = path[path.length - 1]!;
      const old = dir.entries.get(name)!;
      dir.entries.set(name, { ...(old as FileNode), data, mtimeNs });
    });
  }

  release(f: OpenFile): void {
    if (--f.refs > 0) return;
    if (f.unlinked) {
      this.used -= f.size;
      this.live.delete(-f.ino);
      return;
    }
    this.commit(f, true);
    this.live.delete(f.ino);
  }
}

function fileStat(ino: number, mode: number, size: number, mtimeNs: bigint, nlink: number): Stat {
  return { mode, ino, dev: 1, nlink, uid: 0, gid: 0, size, atimeNs: mtimeNs, mtimeNs, ctimeNs: mtimeNs };
}

class FileHandle implements Handle {
  readonly isDir = false;
  private closed = false;
  constructor(
    private readonly fs: MemoryFS,
    private readonly f: OpenFile,
  ) {}

  readAt(position: number, count: number): Uint8Array {
    const f = this.f;
    if (position >= f.size || count <= 0) return new Uint8Array(0);
    const end = Math.min(f.size, position + count);
    // Committed bytes never change, so a view of them is safe; the live buffer is copied.
    return f.buf === null ? f.base.subarray(position, end) : f.buf.slice(position, end);
  }

  writeAt(position: number, data: Uint8Array): number {
    const f = this.f;
    // Writing nothing changes nothing, not even the size when the position is past the end.
    if (data.length === 0) return 0;
    const end = position + data.length;
    if (end > MAX_FILE) fail(EFBIG);
    if (end > f.size) this.fs.reserve(end - f.size);
    this.ensureCapacity(end);
    f.buf!.set(data, position);
    if (end > f.size) f.size = end;
    f.dirty = true;
    f.mtimeNs = this.fs.stamp();
    return data.length;
  }

  private ensureCapacity(n: number): void {
    const f = this.f;
    let buf = f.buf;
    if (buf === null || buf.length < n) {
      // At least the file's current size: the committed bytes are all copied over.
      const cap = Math.max(n, f.size, buf === null ? 0 : Math.min(buf.length * 2, buf.length + 64 * 2 ** 20), 256);
      const grown = new Uint8Array(cap);
      grown.set((buf ?? f.base).subarray(0, f.size));
      buf = grown;
      f.buf = buf;
    }
  }

  size(): number {
    return this.f.size;
  }

  truncate(length: number): void {
    const f = this.f;
    if (length > MAX_FILE) fail(EFBIG);
    this.fs.reserve(length - f.size);
    this.ensureCapacity(length);
    // Bytes past the end are kept zero, so that a later write beyond the end leaves a zero gap.
    if (length > f.size) f.buf!.fill(0, f.size, length);
    else f.buf!.fill(0, length, f.size);
    f.size = length;
    f.dirty = true;
    f.mtimeNs = this.fs.stamp();
  }

  stat(): Stat {
    return fileStat(this.f.ino, this.f.mode, this.f.size, this.f.mtimeNs, this.f.unlinked ? 0 : 1);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.fs.release(this.f);
  }
}

class DirHandle implements Handle {
  readonly isDir = true;
  constructor(
    private readonly fs: MemoryFS,
    private readonly parts: string[],
  ) {}
  readAt(): Uint8Array {
    return fail(EISDIR);
  }
  writeAt(): number {
    return fail(EISDIR);
  }
  size(): number {
    return 4096;
  }
  truncate(): void {
    fail(EISDIR);
  }
  stat(): Stat {
    return this.fs.stat(this.parts);
  }
  close(): void {}
}

function diffDirs(a: DirNode, b: DirNode, prefix: string, out: Change[]): void {
  if (a === b) return;
  const names = new Set([...a.entries.keys(), ...b.entries.keys()]);
  for (const name of [...names].sort()) {
    const x = a.entries.get(name);
    const y = b.entries.get(name);
    const path = `${prefix}/${name}`;
    if (x === y) continue;
    if (y === undefined) {
      out.push({ path, kind: 'deleted', type: x!.kind });
    } else if (x === undefined || x.kind !== y.kind || x.ino !== y.ino) {
      if (x !== undefined) out.push({ path, kind: 'deleted', type: x.kind });
      out.push({ path, kind: 'created', type: y.kind });
      if (y.kind === 'dir') diffDirs({ ...y, entries: new Map() }, y, path, out);
    } else if (x.kind === 'dir') {
      diffDirs(x, y as DirNode, path, out);
    } else if (x.data !== (y as FileNode).data && !sameBytes(x.data, (y as FileNode).data)) {
      out.push({ path, kind: 'modified', type: 'file' });
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
