// MemoryOS and MemoryFS through the OS interface (on the TypeScript sources): open flags, reading,
// writing and seeking, shared and unlinked open files, renames, directories, stat and the virtual
// clock, images, patches and changes, entropy, environment, the standard streams, the tracing and
// replaying controllers, and a property: random sequences of file operations give the same
// results, errno for errno, and the same final tree, in memory as in a real directory on the host
// (and through a read-write HostDirectory mount of one).

import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EPOCH_NS, MemoryOS, seededEntropy } from '../../src/os/memory.js';
import { ERRNO_NAMES, OSFault, EBADF, EEXIST, EINVAL, EISDIR, ENOENT, ENOSPC, ENOTDIR, ENOTEMPTY, ESPIPE, EMFILE, EBUSY, EFBIG } from '../../src/os/errno.js';
import { HostDirectory } from '../../src/os/host-mount.js';
import {
  O_APPEND,
  O_CREAT,
  O_DIRECTORY,
  O_EXCL,
  O_RDONLY,
  O_RDWR,
  O_TRUNC,
  O_WRONLY,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
  isDir,
  isReg,
  type OS,
} from '../../src/os/interface.js';
import { ReplayDivergence, ReplayOS, TracingOS } from '../../src/os/trace.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

/** errnoOf: the errno a call fails with, or null if it succeeds. */
function errnoOf(f: () => unknown): number | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof OSFault) return e.errno;
    throw e;
  }
}

/** text: a file's contents through the interface, or null. */
function text(os: MemoryOS, path: string): string | null {
  const b = os.readFile(path);
  return b === null ? null : dec(b);
}

function writeAll(os: OS, fd: number, s: string | Uint8Array): void {
  const data = typeof s === 'string' ? enc(s) : s;
  expect(os.write(fd, data)).toBe(data.length);
}

// ---------------------------------------------------------------------------------------------

describe('open flags', () => {
  it('O_CREAT makes a missing file; without it ENOENT', () => {
    const os = new MemoryOS();
    expect(errnoOf(() => os.open('/f', O_RDONLY, 0))).toBe(ENOENT);
    expect(errnoOf(() => os.open('/f', O_WRONLY, 0))).toBe(ENOENT);
    const fd = os.open('/f', O_WRONLY | O_CREAT, 0o644);
    expect(fd).toBe(3);
    os.close(fd);
    expect(isReg(os.stat('/f', true).mode)).toBe(true);
    expect(os.stat('/f', true).mode & 0o777).toBe(0o644);
    expect(errnoOf(() => os.open('/missing/f', O_WRONLY | O_CREAT, 0o644))).toBe(ENOENT);
    expect(errnoOf(() => os.open('/f/g', O_WRONLY | O_CREAT, 0o644))).toBe(ENOTDIR);
  });

  it('O_CREAT|O_EXCL fails with EEXIST on an existing file or directory', () => {
    const os = new MemoryOS({ files: { '/f': 'x' } });
    os.mkdir('/d', 0o755);
    expect(errnoOf(() => os.open('/f', O_WRONLY | O_CREAT | O_EXCL, 0o644))).toBe(EEXIST);
    expect(errnoOf(() => os.open('/d', O_RDONLY | O_CREAT | O_EXCL, 0o644))).toBe(EEXIST);
    os.close(os.open('/g', O_WRONLY | O_CREAT | O_EXCL, 0o644));
    expect(text(os, '/g')).toBe('');
    expect(text(os, '/f')).toBe('x');
  });

  it('O_TRUNC empties a file opened for writing', () => {
    const os = new MemoryOS({ files: { '/f': 'hello' } });
    os.close(os.open('/f', O_WRONLY | O_TRUNC, 0));
    expect(text(os, '/f')).toBe('');
    os.putFile('/g', 'hello');
    const fd = os.open('/g', O_RDWR | O_TRUNC, 0);
    writeAll(os, fd, 'hi');
    os.close(fd);
    expect(text(os, '/g')).toBe('hi');
  });

  it('O_APPEND writes at the end whatever the position', () => {
    const os = new MemoryOS({ files: { '/f': 'abc' } });
    const fd = os.open('/f', O_WRONLY | O_APPEND, 0);
    writeAll(os, fd, 'de');
    os.lseek(fd, 0, SEEK_SET);
    writeAll(os, fd, 'f');
    expect(os.lseek(fd, 0, SEEK_CUR)).toBe(6);
    os.close(fd);
    expect(text(os, '/f')).toBe('abcdef');
  });

  it('the access mode is enforced: EBADF for writing a read-only descriptor and the reverse', () => {
    const os = new MemoryOS({ files: { '/f': 'abc' } });
    const r = os.open('/f', O_RDONLY, 0);
    const w = os.open('/f', O_WRONLY, 0);
    expect(errnoOf(() => os.write(r, enc('x')))).toBe(EBADF);
    expect(errnoOf(() => os.read(w, 1))).toBe(EBADF);
    expect(errnoOf(() => os.ftruncate(r, 0))).toBe(EINVAL);
    expect(errnoOf(() => os.open('/f', 3, 0))).toBe(EINVAL);
    expect(text(os, '/f')).toBe('abc');
  });

  it('directories open read-only only; O_DIRECTORY needs a directory', () => {
    const os = new MemoryOS({ files: { '/d/f': 'x' } });
    expect(errnoOf(() => os.open('/d', O_WRONLY, 0))).toBe(EISDIR);
    expect(errnoOf(() => os.open('/d', O_RDWR, 0))).toBe(EISDIR);
    expect(errnoOf(() => os.open('/d/f', O_RDONLY | O_DIRECTORY, 0))).toBe(ENOTDIR);
    expect(errnoOf(() => os.open('/d/f/', O_RDONLY, 0))).toBe(ENOTDIR);
    const fd = os.open('/d', O_RDONLY | O_DIRECTORY, 0);
    expect(errnoOf(() => os.read(fd, 1))).toBe(EISDIR);
    expect(isDir(os.fstat(fd).mode)).toBe(true);
    os.close(fd);
  });

  it('descriptors are the lowest free numbers, up to maxOpenFiles (EMFILE)', () => {
    const os = new MemoryOS({ files: { '/f': '' }, maxOpenFiles: 6 });
    expect([os.open('/f', 0, 0), os.open('/f', 0, 0), os.open('/f', 0, 0)]).toEqual([3, 4, 5]);
    expect(errnoOf(() => os.open('/f', 0, 0))).toBe(EMFILE);
    os.close(4);
    expect(os.open('/f', 0, 0)).toBe(4);
    expect(errnoOf(() => os.close(99))).toBe(EBADF);
    os.close(3);
    expect(errnoOf(() => os.close(3))).toBe(EBADF);
  });
});

describe('read, write, lseek', () => {
  it('reads advance the position; short reads at the end, then empty', () => {
    const os = new MemoryOS({ files: { '/f': 'hello world' } });
    const fd = os.open('/f', O_RDONLY, 0);
    expect(dec(os.read(fd, 5))).toBe('hello');
    expect(dec(os.read(fd, 100))).toBe(' world');
    expect(os.read(fd, 100).length).toBe(0);
    expect(errnoOf(() => os.read(fd, -1))).toBe(EINVAL);
  });

  it('lseek from the start, the current position and the end; bad offsets and whence are EINVAL', () => {
    const os = new MemoryOS({ files: { '/f': '0123456789' } });
    const fd = os.open('/f', O_RDONLY, 0);
    expect(os.lseek(fd, 3, SEEK_SET)).toBe(3);
    expect(dec(os.read(fd, 2))).toBe('34');
    expect(os.lseek(fd, -1, SEEK_CUR)).toBe(4);
    expect(os.lseek(fd, -2, SEEK_END)).toBe(8);
    expect(dec(os.read(fd, 10))).toBe('89');
    expect(errnoOf(() => os.lseek(fd, -1, SEEK_SET))).toBe(EINVAL);
    expect(errnoOf(() => os.lseek(fd, -11, SEEK_END))).toBe(EINVAL);
    expect(errnoOf(() => os.lseek(fd, 0, 3))).toBe(EINVAL);
    expect(errnoOf(() => os.lseek(1, 0, SEEK_SET))).toBe(ESPIPE);
    expect(errnoOf(() => os.lseek(50, 0, SEEK_SET))).toBe(EBADF);
  });

  it('seeking past the end reads nothing; writing there fills the gap with zeros', () => {
    const os = new MemoryOS({ files: { '/f': 'ab' } });
    const fd = os.open('/f', O_RDWR, 0);
    expect(os.lseek(fd, 10, SEEK_SET)).toBe(10);
    expect(os.read(fd, 5).length).toBe(0);
    expect(os.fstat(fd).size).toBe(2);
    writeAll(os, fd, 'Z');
    expect(os.fstat(fd).size).toBe(11);
    os.close(fd);
    expect(Array.from(os.readFile('/f')!)).toEqual([97, 98, 0, 0, 0, 0, 0, 0, 0, 0, 90]);
  });

  it('overwriting the start of a large existing file keeps the rest', () => {
    const os = new MemoryOS({ files: { '/f': 'a'.repeat(1000) } });
    const fd = os.open('/f', O_RDWR, 0);
    writeAll(os, fd, 'B');
    os.close(fd);
    expect(text(os, '/f')).toBe('B' + 'a'.repeat(999));
  });

  it('ftruncate shrinks and grows with zeros; stale bytes never come back', () => {
    const os = new MemoryOS({ files: { '/f': 'abcdefghij' } });
    const fd = os.open('/f', O_RDWR, 0);
    os.ftruncate(fd, 2);
    expect(os.fstat(fd).size).toBe(2);
    os.lseek(fd, 6, SEEK_SET);
    writeAll(os, fd, 'Z');
    os.ftruncate(fd, 9);
    os.close(fd);
    expect(Array.from(os.readFile('/f')!)).toEqual([97, 98, 0, 0, 0, 0, 90, 0, 0]);
    expect(errnoOf(() => os.ftruncate(os.open('/f', O_WRONLY, 0), -1))).toBe(EINVAL);
    expect(errnoOf(() => os.ftruncate(os.open('/f', O_WRONLY, 0), 2 ** 50))).toBe(EFBIG);
  });

  it('two descriptors on one file see each other’s writes, each with its own position', () => {
    const os = new MemoryOS({ files: { '/f': '' } });
    const a = os.open('/f', O_RDWR, 0);
    const b = os.open('/f', O_RDWR, 0);
    writeAll(os, a, 'hello');
    expect(os.fstat(b).size).toBe(5);
    expect(dec(os.read(b, 10))).toBe('hello');
    writeAll(os, b, ' world');
    expect(os.lseek(a, 0, SEEK_CUR)).toBe(5);
    expect(dec(os.read(a, 10))).toBe(' world');
    expect(os.stat('/f', true).size).toBe(11);
    os.close(a);
    expect(text(os, '/f')).toBe('hello world');
    os.close(b);
    expect(text(os, '/f')).toBe('hello world');
  });

  it('capacity: writes and truncations past it fail with ENOSPC; freed space is reusable', () => {
    const os = new MemoryOS({ capacity: 1000 });
    const fd = os.open('/f', O_WRONLY | O_CREAT, 0o644);
    writeAll(os, fd, new Uint8Array(600));
    expect(errnoOf(() => os.write(fd, new Uint8Array(600)))).toBe(ENOSPC);
    expect(errnoOf(() => os.ftruncate(fd, 1001))).toBe(ENOSPC);
    os.close(fd);
    os.putFile('/g', new Uint8Array(400));
    expect(errnoOf(() => os.putFile('/h', new Uint8Array(1)))).toBe(ENOSPC);
    os.unlink('/f');
    os.putFile('/h', new Uint8Array(600));
    expect(os.stat('/h', true).size).toBe(600);
  });
});

describe('names', () => {
  it('unlink while open: the data stays readable and writable until the last close, then is gone', () => {
    const os = new MemoryOS({ files: { '/f': 'still here' }, capacity: 20 });
    const fd = os.open('/f', O_RDWR, 0);
    os.unlink('/f');
    expect(errnoOf(() => os.stat('/f', true))).toBe(ENOENT);
    expect(os.listdir('/')).toEqual([]);
    expect(dec(os.read(fd, 100))).toBe('still here');
    writeAll(os, fd, '!');
    expect(os.fstat(fd).nlink).toBe(0);
    expect(os.fstat(fd).size).toBe(11);
    // A new file of the same name is a different file.
    os.putFile('/f', 'new');
    expect(text(os, '/f')).toBe('new');
    // The unlinked file's bytes still count against the capacity until the close.
    expect(errnoOf(() => os.putFile('/g', new Uint8Array(10)))).toBe(ENOSPC);
    os.close(fd);
    os.putFile('/g', new Uint8Array(10));
    expect(text(os, '/f')).toBe('new');
    expect(os.changes()).toEqual([
      { path: '/f', kind: 'deleted', type: 'file' },
      { path: '/f', kind: 'created', type: 'file' },
      { path: '/g', kind: 'created', type: 'file' },
    ]);
  });

  it('renaming an open file: writes through the descriptor land under the new name', () => {
    const os = new MemoryOS({ files: { '/a/f': 'one' } });
    os.mkdir('/b', 0o755);
    const fd = os.open('/a/f', O_WRONLY | O_APPEND, 0);
    writeAll(os, fd, ' two');
    os.rename('/a/f', '/b/g');
    writeAll(os, fd, ' three');
    expect(text(os, '/a/f')).toBeNull();
    expect(text(os, '/b/g')).toBe('one two three');
    os.close(fd);
    expect(text(os, '/b/g')).toBe('one two three');
    // And renaming the directory holding an open file.
    const fd2 = os.open('/b/g', O_WRONLY | O_APPEND, 0);
    os.rename('/b', '/c');
    writeAll(os, fd2, '!');
    os.close(fd2);
    expect(text(os, '/c/g')).toBe('one two three!');
  });

  it('renaming over an open file unlinks it: its descriptor keeps the old bytes', () => {
    const os = new MemoryOS({ files: { '/old': 'old bytes', '/new': 'new bytes' } });
    const fd = os.open('/old', O_RDONLY, 0);
    os.rename('/new', '/old');
    expect(dec(os.read(fd, 100))).toBe('old bytes');
    os.close(fd);
    expect(text(os, '/old')).toBe('new bytes');
    expect(os.listdir('/')).toEqual(['old']);
  });

  it('renaming directories: with their contents, over empty directories, never into themselves', () => {
    const os = new MemoryOS({ files: { '/d/x/f': 'f', '/e/g': 'g' } });
    os.mkdir('/empty', 0o755);
    os.rename('/d', '/moved');
    expect(text(os, '/moved/x/f')).toBe('f');
    expect(errnoOf(() => os.stat('/d', true))).toBe(ENOENT);
    expect(errnoOf(() => os.rename('/moved', '/moved/x/inside'))).toBe(EINVAL);
    expect(errnoOf(() => os.rename('/moved', '/moved/inside'))).toBe(EINVAL);
    expect(errnoOf(() => os.rename('/moved', '/e'))).toBe(ENOTEMPTY);
    expect(errnoOf(() => os.rename('/moved', '/e/g'))).toBe(ENOTDIR);
    expect(errnoOf(() => os.rename('/e/g', '/moved'))).toBe(EISDIR);
    expect(errnoOf(() => os.rename('/nothing', '/x'))).toBe(ENOENT);
    expect(errnoOf(() => os.rename('/', '/x'))).toBe(EBUSY);
    os.rename('/moved', '/empty');
    expect(os.listdir('/')).toEqual(['e', 'empty']);
    expect(text(os, '/empty/x/f')).toBe('f');
    os.rename('/e/g', '/e/g');
    expect(text(os, '/e/g')).toBe('g');
  });

  it('rmdir: only empty directories; unlink: only files', () => {
    const os = new MemoryOS({ files: { '/d/f': 'x' } });
    expect(errnoOf(() => os.rmdir('/d'))).toBe(ENOTEMPTY);
    expect(errnoOf(() => os.rmdir('/d/f'))).toBe(ENOTDIR);
    expect(errnoOf(() => os.rmdir('/nothing'))).toBe(ENOENT);
    expect(errnoOf(() => os.unlink('/d'))).toBe(EISDIR);
    expect(errnoOf(() => os.unlink('/d/f/'))).toBe(ENOTDIR);
    expect(errnoOf(() => os.rmdir('/d/.'))).toBe(EINVAL);
    expect(errnoOf(() => os.mkdir('/d', 0o755))).toBe(EEXIST);
    expect(errnoOf(() => os.mkdir('/x/y', 0o755))).toBe(ENOENT);
    os.unlink('/d/f');
    os.rmdir('/d');
    expect(os.listdir('/')).toEqual([]);
  });

  it('listdir is sorted (by code unit), whatever the creation order', () => {
    const os = new MemoryOS();
    for (const n of ['zeta', 'B', 'é', 'a', '10', '9', 'A']) os.putFile(`/d/${n}`, '');
    expect(os.listdir('/d')).toEqual(['10', '9', 'A', 'B', 'a', 'zeta', 'é']);
    expect(errnoOf(() => os.listdir('/d/a'))).toBe(ENOTDIR);
  });

  it('paths: relative to the cwd, with . and ..; chdir checks for a directory', () => {
    const os = new MemoryOS({ files: { '/w/a/f': 'x' }, cwd: '/w' });
    expect(os.getcwd()).toBe('/w');
    expect(text(os, 'a/./f')).toBe('x');
    expect(text(os, 'a/../a/f')).toBe('x');
    os.chdir('a');
    expect(os.getcwd()).toBe('/w/a');
    expect(errnoOf(() => os.chdir('f'))).toBe(ENOTDIR);
    expect(errnoOf(() => os.chdir('nothing'))).toBe(ENOENT);
    expect(errnoOf(() => os.stat('f/..', true))).toBe(ENOTDIR);
    expect(errnoOf(() => os.stat('', true))).toBe(ENOENT);
    os.chdir('../../../..');
    expect(os.getcwd()).toBe('/');
  });
});

describe('the last component: trailing slashes, . and .. (as Linux)', () => {
  it("'d/.' needs d to be a directory and never creates a file named d", () => {
    const os = new MemoryOS({ files: { '/f': 'x' } });
    expect(errnoOf(() => os.open('/missing/.', O_WRONLY | O_CREAT, 0o644))).toBe(ENOENT);
    expect(errnoOf(() => os.stat('/missing', true))).toBe(ENOENT);
    expect(errnoOf(() => os.open('/f/.', O_RDONLY, 0))).toBe(ENOTDIR);
    expect(errnoOf(() => os.rmdir('/missing/.'))).toBe(ENOENT);
    os.mkdir('/d', 0o755);
    expect(errnoOf(() => os.open('/d/.', O_WRONLY | O_CREAT, 0o644))).toBe(EISDIR);
    expect(errnoOf(() => os.rmdir('/d/.'))).toBe(EINVAL);
    expect(errnoOf(() => os.mkdir('/d/.', 0o755))).toBe(EEXIST);
  });

  it('open with a trailing slash: EISDIR with O_CREAT (once the parent is found), else a directory is needed', () => {
    const os = new MemoryOS({ files: { '/f': 'keep me' } });
    os.mkdir('/d', 0o755);
    expect(errnoOf(() => os.open('/new/', O_WRONLY | O_CREAT, 0o644))).toBe(EISDIR);
    expect(errnoOf(() => os.open('/missing/new/', O_WRONLY | O_CREAT, 0o644))).toBe(ENOENT);
    expect(errnoOf(() => os.open('/f/new/', O_WRONLY | O_CREAT, 0o644))).toBe(ENOTDIR);
    expect(errnoOf(() => os.open('/new/', O_WRONLY, 0))).toBe(ENOENT);
    expect(errnoOf(() => os.open('/f/', O_WRONLY | O_TRUNC, 0))).toBe(ENOTDIR);
    expect(text(os, '/f')).toBe('keep me');
    expect(errnoOf(() => os.open('/d/', O_WRONLY, 0))).toBe(EISDIR);
    os.close(os.open('/d/', O_RDONLY, 0));
  });

  it('O_CREAT on an existing directory is EISDIR even read-only; O_EXCL comes first', () => {
    const os = new MemoryOS();
    os.mkdir('/d', 0o755);
    expect(errnoOf(() => os.open('/d', O_RDONLY | O_CREAT, 0o644))).toBe(EISDIR);
    expect(errnoOf(() => os.open('/d', O_WRONLY | O_CREAT | O_EXCL, 0o644))).toBe(EEXIST);
  });

  it("rename: '.' or '..' last is EBUSY; a trailing slash needs a directory; parents are found first", () => {
    const os = new MemoryOS({ files: { '/f': 'x', '/d/e/g': 'g' } });
    expect(errnoOf(() => os.rename('/d/.', '/x'))).toBe(EBUSY);
    expect(errnoOf(() => os.rename('/d/e/..', '/x'))).toBe(EBUSY);
    expect(errnoOf(() => os.rename('/f', '/d/.'))).toBe(EBUSY);
    expect(errnoOf(() => os.rename('/f/', '/x'))).toBe(ENOTDIR);
    expect(errnoOf(() => os.rename('/f', '/x/'))).toBe(ENOTDIR);
    os.rename('/d/', '/moved/');
    expect(text(os, '/moved/e/g')).toBe('g');
    // The source's directory, then the destination's, then the names.
    expect(errnoOf(() => os.rename('/missing', '/f/x'))).toBe(ENOTDIR);
    expect(errnoOf(() => os.rename('/missing/x', '/f/x'))).toBe(ENOENT);
    expect(errnoOf(() => os.rename('/missing/x', '/f/../y'))).toBe(ENOENT);
    expect(errnoOf(() => os.rename('/missing/x', '/moved/.'))).toBe(ENOENT);
  });

  it('a write of nothing past the end does not grow the file', () => {
    const os = new MemoryOS({ files: { '/f': '' } });
    const fd = os.open('/f', O_WRONLY, 0);
    os.lseek(fd, 5, SEEK_SET);
    expect(os.write(fd, new Uint8Array(0))).toBe(0);
    expect(os.fstat(fd).size).toBe(0);
    os.close(fd);
    expect(os.stat('/f', true).size).toBe(0);
  });
});

describe.runIf(process.platform === 'linux')('HostDirectory as Linux would answer', () => {
  function hostWorld(): { os: MemoryOS; dir: string; done: () => void } {
    const dir = nodeFs.mkdtempSync(join(tmpdir(), 'terrarium-hostdir-'));
    nodeFs.mkdirSync(join(dir, 'd'));
    nodeFs.writeFileSync(join(dir, 'f'), 'host file');
    const os = new MemoryOS({ mounts: { '/h': new HostDirectory(dir, { writable: true }) } });
    return { os, dir, done: () => nodeFs.rmSync(dir, { recursive: true, force: true }) };
  }

  it('O_CREAT|O_EXCL on an existing directory is EEXIST; O_CREAT on one is EISDIR', () => {
    const { os, done } = hostWorld();
    try {
      expect(errnoOf(() => os.open('/h/d', O_WRONLY | O_CREAT | O_EXCL, 0o644))).toBe(EEXIST);
      expect(errnoOf(() => os.open('/h/d', O_RDONLY | O_CREAT, 0o644))).toBe(EISDIR);
    } finally {
      done();
    }
  });

  it('a missing directory on the way is ENOENT before anything about the other path', () => {
    const { os, done } = hostWorld();
    try {
      expect(errnoOf(() => os.rename('/h/missing/x', '/h/f/x'))).toBe(ENOENT);
      expect(errnoOf(() => os.stat('/h/missing/x', true))).toBe(ENOENT);
      expect(errnoOf(() => os.stat('/h/f/x', true))).toBe(ENOTDIR);
    } finally {
      done();
    }
  });

  it('names with lone surrogates (non-UTF-8 bytes) are refused, not turned into U+FFFD', () => {
    const { os, dir, done } = hostWorld();
    try {
      expect(errnoOf(() => os.open('/h/\udcff', O_WRONLY | O_CREAT, 0o644))).toBe(EINVAL);
      expect(errnoOf(() => os.mkdir('/h/a\udc80b', 0o755))).toBe(EINVAL);
      expect(nodeFs.readdirSync(dir).sort()).toEqual(['d', 'f']);
      // Well-formed astral characters are fine.
      os.close(os.open('/h/\u{1F600}', O_WRONLY | O_CREAT, 0o644));
      expect(nodeFs.readdirSync(dir).sort()).toEqual(['d', 'f', '\u{1F600}']);
    } finally {
      done();
    }
  });

  it('ftruncate past 2**53 is EFBIG, as in memory', () => {
    const { os, dir, done } = hostWorld();
    try {
      const fd = os.open('/h/f', O_WRONLY, 0);
      expect(errnoOf(() => os.ftruncate(fd, 2 ** 60))).toBe(EFBIG);
      os.close(fd);
      expect(nodeFs.readFileSync(join(dir, 'f'), 'utf8')).toBe('host file');
    } finally {
      done();
    }
  });
});

describe('stat and the virtual clock', () => {
  it('time starts at 2024-01-01T00:00:00Z and only sleep() moves it', () => {
    const os = new MemoryOS();
    expect(DEFAULT_EPOCH_NS).toBe(BigInt(Date.UTC(2024, 0, 1)) * 1_000_000n);
    expect(os.clock('realtime')).toBe(DEFAULT_EPOCH_NS);
    expect(os.clock('realtime')).toBe(DEFAULT_EPOCH_NS);
    expect(os.clock('monotonic')).toBe(0n);
    os.sleep(1_500_000_000n);
    expect(os.clock('realtime')).toBe(DEFAULT_EPOCH_NS + 1_500_000_000n);
    expect(os.clock('monotonic')).toBe(1_500_000_000n);
    // CPU time does not pass while the program sleeps.
    expect(os.clock('process')).toBe(0n);
    expect(errnoOf(() => os.sleep(-1n))).toBe(EINVAL);
  });

  it('tickNs advances the clock at each reading; start sets the wall clock', () => {
    const os = new MemoryOS({ clock: { tickNs: 1000, start: Date.UTC(2000, 0, 1) } });
    const start = BigInt(Date.UTC(2000, 0, 1)) * 1_000_000n;
    expect(os.clock('monotonic')).toBe(1000n);
    expect(os.clock('monotonic')).toBe(2000n);
    expect(os.clock('realtime')).toBe(start + 3000n);
  });

  it('stat reports sizes and modification times that follow the clock', () => {
    const os = new MemoryOS({ files: { '/d/f': 'hello' } });
    const st = os.stat('/d/f', true);
    expect(st.size).toBe(5);
    expect(st.mtimeNs).toBe(DEFAULT_EPOCH_NS);
    expect(isDir(os.stat('/d', true).mode)).toBe(true);
    os.sleep(2_000_000_000n);
    const fd = os.open('/d/f', O_WRONLY | O_APPEND, 0);
    writeAll(os, fd, ' world');
    // An open file's stat shows its live size and time.
    expect(os.stat('/d/f', true).size).toBe(11);
    expect(os.fstat(fd).mtimeNs).toBe(DEFAULT_EPOCH_NS + 2_000_000_000n);
    os.close(fd);
    expect(os.stat('/d/f', true).mtimeNs).toBe(DEFAULT_EPOCH_NS + 2_000_000_000n);
    os.sleep(1_000_000_000n);
    os.putFile('/d/g', '');
    expect(os.stat('/d', true).mtimeNs).toBe(DEFAULT_EPOCH_NS + 3_000_000_000n);
    expect(os.stat('/d/f', true).mtimeNs).toBe(DEFAULT_EPOCH_NS + 2_000_000_000n);
    expect(os.stat('/d/f', true).ino).not.toBe(os.stat('/d/g', true).ino);
  });
});

describe('images, patches and changes', () => {
  it('image() is an O(1) snapshot: later writes do not reach it', () => {
    const os = new MemoryOS({ files: { '/a.txt': 'one', '/keep/k.txt': 'k' } });
    const before = os.image();
    expect(os.image()).toBe(before);
    const fd = os.open('/a.txt', O_RDWR, 0);
    writeAll(os, fd, 'ONE');
    const during = os.image();
    writeAll(os, fd, ' and more');
    os.close(fd);
    os.unlink('/keep/k.txt');
    const after = os.image();
    // Untouched subtrees are shared, not copied.
    expect(during.root.entries.get('keep')).toBe(before.root.entries.get('keep'));
    expect(text(new MemoryOS({ image: before }), '/a.txt')).toBe('one');
    expect(text(new MemoryOS({ image: before }), '/keep/k.txt')).toBe('k');
    expect(text(new MemoryOS({ image: during }), '/a.txt')).toBe('ONE');
    expect(text(new MemoryOS({ image: after }), '/a.txt')).toBe('ONE and more');
    expect(text(new MemoryOS({ image: after }), '/keep/k.txt')).toBeNull();
  });

  it('two runs from one image are independent of each other and of the image', () => {
    const image = new MemoryOS({ files: { '/shared/f': 'base' } }).image();
    const a = new MemoryOS({ image });
    const b = new MemoryOS({ image });
    a.putFile('/shared/f', 'changed by a');
    a.putFile('/shared/new', 'a');
    const fd = b.open('/shared/f', O_RDONLY, 0);
    expect(dec(b.read(fd, 100))).toBe('base');
    b.unlink('/shared/f');
    expect(text(a, '/shared/f')).toBe('changed by a');
    expect(b.listdir('/shared')).toEqual([]);
    expect(new MemoryOS({ image }).listdir('/shared')).toEqual(['f']);
    expect(text(new MemoryOS({ image }), '/shared/f')).toBe('base');
    // Inode numbers continue from the image in both.
    expect(a.stat('/shared/new', true).ino).toBe(new MemoryOS({ image }).image().nextIno);
  });

  it('applyPatches(initial, patches()) gives the final image; a run that changes nothing has none', () => {
    const os = new MemoryOS({ files: { '/keep/x.txt': 'x', '/gone.txt': 'g', '/mod.txt': 'm' }, cwd: '/work' });
    expect(os.patches()).toEqual([]);
    const initial = os.initial;
    os.putFile('/work/new/deep.txt', 'deep');
    os.unlink('/gone.txt');
    const fd = os.open('/mod.txt', O_RDWR, 0);
    os.lseek(fd, 5, SEEK_SET);
    writeAll(os, fd, 'more');
    os.rename('/keep', '/kept');
    os.mkdir('/empty', 0o700);
    // Patches also cover a file still open (its pending bytes are committed first).
    const patches = os.patches();
    expect(applyPatches(initial, patches)).toEqual(os.image());
    os.close(fd);
    expect(applyPatches(initial, os.patches())).toEqual(os.image());
    expect(applyPatches(initial, os.patches())).toEqual(os.image());
    expect(text(new MemoryOS({ image: applyPatches(initial, os.patches()) }), '/mod.txt')).toBe('m\0\0\0\0more');
  });

  it('changes() lists what was created, modified and deleted, depth first', () => {
    const os = new MemoryOS({ files: { '/a/f': 'f', '/a/same': 's', '/b/g': 'g', '/m': 'm', '/old/x': 'x' } });
    os.putFile('/m', 'M');
    os.putFile('/a/same', 's');
    os.unlink('/b/g');
    os.rmdir('/b');
    os.putFile('/a/new/h', 'h');
    os.rename('/old', '/young');
    expect(os.changes()).toEqual([
      { path: '/a/new', kind: 'created', type: 'dir' },
      { path: '/a/new/h', kind: 'created', type: 'file' },
      { path: '/b', kind: 'deleted', type: 'dir' },
      { path: '/m', kind: 'modified', type: 'file' },
      { path: '/old', kind: 'deleted', type: 'dir' },
      { path: '/young', kind: 'created', type: 'dir' },
      { path: '/young/x', kind: 'created', type: 'file' },
    ]);
  });
});

describe('the process’s world', () => {
  it('entropy is seeded: the same seed gives the same bytes, another seed others', () => {
    const a = new MemoryOS({ seed: 42 }).urandom(64);
    const b = new MemoryOS({ seed: 42 }).urandom(64);
    const c = new MemoryOS({ seed: 43 }).urandom(64);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(new MemoryOS().urandom(16)).toEqual(new MemoryOS({ seed: 0x5eed }).urandom(16));
    expect(seededEntropy(42)(64)).toEqual(a);
    const os = new MemoryOS({ seed: 42 });
    expect(os.urandom(32)).not.toEqual(os.urandom(32));
    expect(os.urandom(0).length).toBe(0);
    expect(errnoOf(() => os.urandom(-1))).toBe(EINVAL);
    expect(new MemoryOS({ entropy: (n) => new Uint8Array(n).fill(7) }).urandom(3)).toEqual(new Uint8Array([7, 7, 7]));
  });

  it('environ() and argv() are copies', () => {
    const env = { HOME: '/home/guest' };
    const argv = ['prog.py', 'x'];
    const os = new MemoryOS({ env, argv });
    env.HOME = '/changed';
    argv.push('y');
    expect(os.environ()).toEqual({ HOME: '/home/guest' });
    expect(os.argv()).toEqual(['prog.py', 'x']);
    os.environ().HOME = '/mutated';
    os.argv().push('z');
    expect(os.environ()).toEqual({ HOME: '/home/guest' });
    expect(os.argv()).toEqual(['prog.py', 'x']);
    expect(new MemoryOS().environ()).toEqual({});
    expect(new MemoryOS().argv()).toEqual(['']);
  });

  it('stdout and stderr sinks decode UTF-8 split across writes', () => {
    const out: string[] = [];
    const err: string[] = [];
    const os = new MemoryOS({ stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    const euro = enc('€'); // e2 82 ac
    const smile = enc('😀'); // 4 bytes
    os.write(1, euro.subarray(0, 1));
    os.write(1, euro.subarray(1));
    os.write(2, smile.subarray(0, 3));
    os.write(2, new Uint8Array([...smile.subarray(3), 0x21]));
    os.write(1, enc('é\n').subarray(0, 1));
    os.write(1, enc('é\n').subarray(1));
    expect(out.join('')).toBe('€é\n');
    expect(err.join('')).toBe('😀!');
    expect(out.join('') + err.join('')).not.toContain('\ufffd');
    expect(errnoOf(() => os.read(1, 1))).toBe(EBADF);
    expect(errnoOf(() => os.write(0, enc('x')))).toBe(EBADF);
    expect(os.isatty(1)).toBe(false);
    expect(new MemoryOS({ tty: true }).isatty(1)).toBe(true);
  });

  it('stdoutBytes and stderrBytes receive the raw bytes', () => {
    const chunks: number[][] = [];
    const os = new MemoryOS({ stdoutBytes: (d) => chunks.push(Array.from(d)) });
    os.write(1, new Uint8Array([0xff, 0xe2]));
    os.write(1, new Uint8Array([0x82, 0xac]));
    expect(chunks).toEqual([[0xff, 0xe2], [0x82, 0xac]]);
  });

  it('stdin as a string or as bytes is read through to the end', () => {
    const s = new MemoryOS({ stdin: 'héllo' });
    const got = [...s.read(0, 2), ...s.read(0, 100)];
    expect(dec(new Uint8Array(got))).toBe('héllo');
    expect(s.read(0, 10).length).toBe(0);
    const b = new MemoryOS({ stdin: new Uint8Array([1, 2, 3]) });
    expect(Array.from(b.read(0, 2))).toEqual([1, 2]);
    expect(Array.from(b.read(0, 2))).toEqual([3]);
    expect(b.read(0, 2).length).toBe(0);
    expect(new MemoryOS().read(0, 10).length).toBe(0);
  });

  it('stdin: a function is asked for a chunk when the last is used up, and not after EOF', () => {
    const chunks = [enc('first\n'), enc('second\n')];
    let calls = 0;
    const os = new MemoryOS({
      stdin: () => {
        calls++;
        return chunks.shift() ?? null;
      },
    });
    expect(calls).toBe(0);
    expect(dec(os.read(0, 3))).toBe('fir');
    expect(dec(os.read(0, 100))).toBe('st\n');
    expect(dec(os.read(0, 100))).toBe('second\n');
    expect(os.read(0, 100).length).toBe(0);
    expect(os.read(0, 100).length).toBe(0);
    expect(calls).toBe(3);
  });

  it('exit() records the status and closes the program’s descriptors', () => {
    const os = new MemoryOS({ files: { '/f': '' } });
    const fd = os.open('/f', O_WRONLY, 0);
    writeAll(os, fd, 'pending');
    os.exit(3);
    expect(os.exitStatus).toBe(3);
    expect(errnoOf(() => os.fstat(fd))).toBe(EBADF);
    expect(text(os, '/f')).toBe('pending');
    os.write(1, enc('streams stay'));
  });
});

describe('TracingOS and ReplayOS', () => {
  /** session: a fixed sequence of calls, returning what each gave (or its errno). */
  function session(os: OS, variant = false): unknown[] {
    const out: unknown[] = [];
    const call = (f: () => unknown): void => {
      try {
        const r = f();
        out.push(r instanceof Uint8Array ? Array.from(r) : r);
      } catch (e) {
        if (!(e instanceof OSFault)) throw e;
        out.push({ errno: e.errno });
      }
    };
    call(() => os.open(variant ? '/other' : '/in.txt', O_RDONLY, 0));
    call(() => os.read(3, 100));
    call(() => os.lseek(3, 1, SEEK_SET));
    call(() => os.fstat(3));
    call(() => os.close(3));
    call(() => os.stat('/missing', true));
    call(() => os.mkdir('/out', 0o755));
    call(() => os.listdir('/'));
    call(() => os.write(1, enc('printed\n')));
    call(() => os.clock('realtime'));
    call(() => os.sleep(5n));
    call(() => os.urandom(8));
    call(() => os.environ());
    call(() => os.argv());
    call(() => os.getcwd());
    call(() => os.exit(0));
    return out;
  }

  it('a recorded session replays to the same results, output included', () => {
    const lines: string[] = [];
    let recorded = '';
    const inner = new MemoryOS({ files: { '/in.txt': 'input data' }, env: { A: '1' }, argv: ['p'], stdout: (t) => (recorded += t) });
    const live = session(new TracingOS(inner, (l) => lines.push(l), { full: true }));
    expect(lines.length).toBe(16);
    expect(JSON.parse(lines[0]!)).toEqual({ n: 1, call: 'open', args: ['/in.txt', 0, 0], ret: 3 });
    expect(JSON.parse(lines[5]!)).toEqual({ n: 6, call: 'stat', args: ['/missing', true], errno: ENOENT });
    let replayed = '';
    const replay = new ReplayOS(lines.join('\n'), { stdout: (d) => (replayed += dec(d)) });
    expect(session(replay)).toEqual(live);
    expect(replay.finished).toBe(true);
    expect(replay.divergence).toBeNull();
    expect(replayed).toBe(recorded);
    expect(recorded).toBe('printed\n');
  });

  it('a different call stops the replay with a ReplayDivergence naming both calls', () => {
    const lines: string[] = [];
    session(new TracingOS(new MemoryOS({ files: { '/in.txt': 'x' } }), (l) => lines.push(l), { full: true }));
    const replay = new ReplayOS(lines.join('\n'));
    let thrown: unknown = null;
    try {
      session(replay, true);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ReplayDivergence);
    const message = (thrown as ReplayDivergence).message;
    expect(message).toBe('replay diverged at call 1: the log has open("/in.txt", 0, 0), the program made open("/other", 0, 0)');
    expect(replay.divergence).toBe(message);
    expect((thrown as ReplayDivergence).call).toBe(1);
  });

  it('a log that ends before the program does is a divergence', () => {
    const lines: string[] = [];
    const t = new TracingOS(new MemoryOS(), (l) => lines.push(l), { full: true });
    t.getcwd();
    const r = new ReplayOS(lines.join('\n'));
    expect(r.getcwd()).toBe('/');
    expect(() => r.exit(0)).toThrow(ReplayDivergence);
    expect(r.divergence).toBe('replay diverged at call 2: the log ended, the program made exit(0)');
  });

  it('a failed call replays as the same OSFault', () => {
    const lines: string[] = [];
    const t = new TracingOS(new MemoryOS(), (l) => lines.push(l), { full: true });
    expect(errnoOf(() => t.rmdir('/nothing'))).toBe(ENOENT);
    expect(errnoOf(() => new ReplayOS(lines.join('\n')).rmdir('/nothing'))).toBe(ENOENT);
  });

  it('the program ending before the log does is a divergence', () => {
    const lines: string[] = [];
    const t = new TracingOS(new MemoryOS(), (l) => lines.push(l), { full: true });
    t.exit(0);
    t.getcwd();
    const r = new ReplayOS(lines.join('\n'));
    r.exit(0);
    expect(r.divergence).toBe('replay diverged at call 2: the program ended, the log has getcwd()');
  });

  it('a summary log (--trace) abbreviates data and cannot be replayed', () => {
    const lines: string[] = [];
    const t = new TracingOS(new MemoryOS({ files: { '/f': 'abc' } }), (l) => lines.push(l));
    const fd = t.open('/f', O_RDONLY, 0);
    t.read(fd, 10);
    expect(JSON.parse(lines[1]!)).toEqual({ n: 2, call: 'read', args: [3, 10], ret: { bytes: 3, text: 'abc' } });
    const r = new ReplayOS(lines.join('\n'));
    r.open('/f', O_RDONLY, 0);
    expect(() => r.read(fd, 10)).toThrow(/--trace instead of --record/);
  });
});

// ---------------------------------------------------------------------------------------------
// The property: MemoryOS against the host's file system

const NAMES = ['a', 'b', 'd', 'd/a', 'd/b', 'd/e', 'd/e/a', 'e', 'e/a'];
/** EDGE_NAMES: paths ending in '/', '.' or '..' (where Linux's rules for the last component apply). */
const EDGE_NAMES = ['a/', 'd/', 'e/a/', 'd/.', 'd/e/..', 'd/../b'];

type Op =
  | { op: 'create'; p: string; flags: number; data: number[] }
  | { op: 'write'; p: string; offset: number; data: number[] }
  | { op: 'append'; p: string; data: number[] }
  | { op: 'truncate'; p: string; length: number }
  | { op: 'rename'; p: string; q: string }
  | { op: 'unlink'; p: string }
  | { op: 'mkdir'; p: string }
  | { op: 'rmdir'; p: string }
  | { op: 'read'; p: string }
  | { op: 'stat'; p: string }
  | { op: 'listdir'; p: string };

const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.constantFrom(...EDGE_NAMES) });
const bytes = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), p: name, flags: fc.constantFrom(O_WRONLY | O_CREAT, O_WRONLY | O_CREAT | O_EXCL, O_WRONLY | O_CREAT | O_TRUNC, O_RDWR | O_CREAT | O_APPEND, O_RDWR, O_WRONLY | O_TRUNC, O_RDONLY | O_CREAT), data: bytes }),
  fc.record({ op: fc.constant('write' as const), p: name, offset: fc.integer({ min: 0, max: 20 }), data: bytes }),
  fc.record({ op: fc.constant('append' as const), p: name, data: bytes }),
  fc.record({ op: fc.constant('truncate' as const), p: name, length: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ op: fc.constant('rename' as const), p: name, q: name }),
  fc.record({ op: fc.constant('unlink' as const), p: name }),
  fc.record({ op: fc.constant('mkdir' as const), p: name }),
  fc.record({ op: fc.constant('rmdir' as const), p: name }),
  fc.record({ op: fc.constant('read' as const), p: name }),
  fc.record({ op: fc.constant('stat' as const), p: name }),
  fc.record({ op: fc.constant('listdir' as const), p: name }),
);

/** FileOps: the operations on one side, each returning a value or throwing an errno name. */
interface FileOps {
  open(p: string, flags: number): number;
  write(fd: number, data: Uint8Array, position: number | null): void;
  read(fd: number): Uint8Array;
  ftruncate(fd: number, length: number): void;
  close(fd: number): void;
  rename(p: string, q: string): void;
  unlink(p: string): void;
  mkdir(p: string): void;
  rmdir(p: string): void;
  stat(p: string): { dir: boolean; size: number };
  listdir(p: string): string[];
}

class Errno {
  constructor(readonly code: string) {}
}

function viaOS(os: OS, prefix: string): FileOps {
  const t = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof OSFault) throw new Errno(ERRNO_NAMES.get(e.errno) ?? String(e.errno));
      throw e;
    }
  };
  const path = (p: string): string => `${prefix}/${p}`;
  return {
    open: (p, flags) => t(() => os.open(path(p), flags, 0o644)),
    write: (fd, data, position) =>
      t(() => {
        if (position !== null) os.lseek(fd, position, SEEK_SET);
        os.write(fd, data);
      }),
    read: (fd) =>
      t(() => {
        const chunks: number[] = [];
        for (;;) {
          const c = os.read(fd, 7);
          if (c.length === 0) return new Uint8Array(chunks);
          chunks.push(...c);
        }
      }),
    ftruncate: (fd, n) => t(() => os.ftruncate(fd, n)),
    close: (fd) => t(() => os.close(fd)),
    rename: (p, q) => t(() => os.rename(path(p), path(q))),
    unlink: (p) => t(() => os.unlink(path(p))),
    mkdir: (p) => t(() => os.mkdir(path(p), 0o755)),
    rmdir: (p) => t(() => os.rmdir(path(p))),
    stat: (p) =>
      t(() => {
        const st = os.stat(path(p), true);
        return { dir: isDir(st.mode), size: isDir(st.mode) ? 0 : st.size };
      }),
    listdir: (p) => t(() => os.listdir(path(p)).sort()),
  };
}

function viaHost(root: string): FileOps {
  const t = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new Errno(code);
      throw e;
    }
  };
  // Not join(): it would resolve '..' by itself, where the kernel must.
  const path = (p: string): string => `${root}/${p}`;
  return {
    open: (p, flags) => t(() => nodeFs.openSync(path(p), flags, 0o644)),
    write: (fd, data, position) => t(() => void nodeFs.writeSync(fd, data, 0, data.length, position)),
    read: (fd) => t(() => nodeFs.readFileSync(fd)),
    ftruncate: (fd, n) => t(() => nodeFs.ftruncateSync(fd, n)),
    close: (fd) => t(() => nodeFs.closeSync(fd)),
    rename: (p, q) => t(() => nodeFs.renameSync(path(p), path(q))),
    unlink: (p) => t(() => nodeFs.unlinkSync(path(p))),
    mkdir: (p) => t(() => nodeFs.mkdirSync(path(p), 0o755)),
    rmdir: (p) => t(() => nodeFs.rmdirSync(path(p))),
    stat: (p) =>
      t(() => {
        const st = nodeFs.statSync(path(p));
        return { dir: st.isDirectory(), size: st.isDirectory() ? 0 : st.size };
      }),
    listdir: (p) => t(() => nodeFs.readdirSync(path(p)).sort()),
  };
}

/** apply: one operation, as a comparable result: its value or its errno name. */
function apply(ops: FileOps, op: Op): unknown {
  const withFile = (flags: number, f: (fd: number) => unknown): unknown => {
    const fd = ops.open(op.p, flags);
    try {
      return f(fd);
    } finally {
      ops.close(fd);
    }
  };
  try {
    switch (op.op) {
      case 'create':
        return withFile(op.flags, (fd) => ops.write(fd, new Uint8Array(op.data), null));
      case 'write':
        return withFile(O_WRONLY, (fd) => ops.write(fd, new Uint8Array(op.data), op.offset));
      case 'append':
        return withFile(O_WRONLY | O_APPEND, (fd) => ops.write(fd, new Uint8Array(op.data), null));
      case 'truncate':
        return withFile(O_WRONLY, (fd) => ops.ftruncate(fd, op.length));
      case 'read':
        return withFile(O_RDONLY, (fd) => Array.from(ops.read(fd)));
      case 'rename':
        return ops.rename(op.p, op.q);
      case 'unlink':
        return ops.unlink(op.p);
      case 'mkdir':
        return ops.mkdir(op.p);
      case 'rmdir':
        return ops.rmdir(op.p);
      case 'stat':
        return ops.stat(op.p);
      case 'listdir':
        return ops.listdir(op.p);
    }
  } catch (e) {
    if (e instanceof Errno) return { errno: e.code };
    throw e;
  }
}

/** tree: every path under the root: 'dir' or the file's bytes. */
function tree(ops: FileOps): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const n of ops.listdir(rel)) {
      const p = rel === '' ? n : `${rel}/${n}`;
      if (ops.stat(p).dir) {
        out[p] = 'dir';
        walk(p);
      } else {
        const fd = ops.open(p, O_RDONLY);
        out[p] = Buffer.from(ops.read(fd)).toString('hex');
        ops.close(fd);
      }
    }
  };
  walk('');
  return out;
}

describe.runIf(process.platform === 'linux')('MemoryOS agrees with the host file system', () => {
  it('random sequences of file operations give the same results and the same tree', () => {
    const base = nodeFs.mkdtempSync(join(tmpdir(), 'terrarium-memos-'));
    let run = 0;
    try {
      fc.assert(
        fc.property(fc.array(opArb, { maxLength: 30 }), (seq) => {
          const hostDir = join(base, `h${run}`);
          const mountDir = join(base, `m${run}`);
          run++;
          nodeFs.mkdirSync(hostDir);
          nodeFs.mkdirSync(mountDir);
          const memOps = viaOS(new MemoryOS({ cwd: '/w' }), '/w');
          const hostOps = viaHost(hostDir);
          const mountOps = viaOS(new MemoryOS({ mounts: { '/h': new HostDirectory(mountDir, { writable: true }) } }), '/h');
          const got = { memory: [] as unknown[], host: [] as unknown[], mount: [] as unknown[] };
          for (const op of seq) {
            got.memory.push(apply(memOps, op));
            got.host.push(apply(hostOps, op));
            got.mount.push(apply(mountOps, op));
          }
          expect(got.memory).toEqual(got.host);
          expect(got.mount).toEqual(got.host);
          expect(tree(memOps)).toEqual(tree(hostOps));
          expect(tree(mountOps)).toEqual(tree(hostOps));
          nodeFs.rmSync(hostDir, { recursive: true });
          nodeFs.rmSync(mountDir, { recursive: true });
        }),
        { numRuns: Number(process.env.MEMOS_RUNS ?? 300) },
      );
    } finally {
      nodeFs.rmSync(base, { recursive: true, force: true });
    }
  });
});
