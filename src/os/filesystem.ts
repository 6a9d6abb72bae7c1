// File system backends: what MemoryOS mounts. A backend sees paths as lists of components already
// resolved against the guest's root and cwd (no '', '.' or '..' left), relative to its own root,
// so it cannot be asked for anything outside itself. MemoryFS (memory-fs.ts) keeps files in an
// immutable tree; HostDirectory (host-mount.ts) maps them onto one host directory.

import type { Stat } from './interface.js';

/** Handle: an open file or directory of a backend; positions are kept by the OS's descriptor. */
export interface Handle {
  readonly isDir: boolean;
  /** readAt: up to count bytes from position (fewer at the end of the file). */
  readAt(position: number, count: number): Uint8Array;
  /** writeAt: writes data at position, growing the file (zero-filled) as needed; returns bytes written. */
  writeAt(position: number, data: Uint8Array): number;
  size(): number;
  truncate(length: number): void;
  stat(): Stat;
  close(): void;
}

/** FileSystem: the operations a mounted backend provides. Failures throw OSFault. */
export interface FileSystem {
  readonly readOnly: boolean;
  stat(parts: readonly string[], followSymlinks: boolean): Stat;
  open(parts: readonly string[], flags: number, mode: number): Handle;
  listdir(parts: readonly string[]): string[];
  mkdir(parts: readonly string[], mode: number): void;
  rmdir(parts: readonly string[]): void;
  unlink(parts: readonly string[]): void;
  rename(from: readonly string[], to: readonly string[]): void;
}

/** NAME_MAX / PATH_MAX: Linux's limits on one name (bytes) and on a whole path. */
export const NAME_MAX = 255;
export const PATH_MAX = 4096;

const encoder = new TextEncoder();

/** byteLength: the UTF-8 length of a name, as the kernel counts it. */
export function byteLength(s: string): number {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) ascii = false;
  return ascii ? s.length : encoder.encode(s).length;
}

/** concat: one array of several. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
