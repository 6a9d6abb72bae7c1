// The standing escape-attempt suite: Python programs that try to reach the host through a
// read-only host directory mount, a read-write one, and the in-memory file system, each of which
// must be refused with the exception (type, errno and message) that CPython would raise for the
// same refusal on Linux. Afterwards the host is checked: the read-only directory is byte-for-byte
// what it was, and the read-write runs changed nothing outside their mounted directory.
//
// The host directory (made fresh in beforeAll) holds files, subdirectories, symbolic links out of
// it (to a sibling directory, to /etc, to its parent, a dangling one) and inside it, a FIFO and a
// unix socket. Programs run in-process on the built bundle (dist/), one fresh world per attempt;
// the FIFO attempts and a few others run through the command (bin/terrarium --mount), in a child
// process with a timeout: a FIFO that blocked its opener would block this thread for good, where
// no vitest timeout could stop it.

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';

type Api = typeof import('../../src/index.js');
type HostApi = typeof import('../../src/os/host.js');
const { runProgram, MemoryOS } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;
const { HostDirectory } = (await import(new URL('../../dist/host.js', import.meta.url).href)) as HostApi;

const BIN = join(ROOT, 'bin', 'terrarium');

// ---------------------------------------------------------------------------------------------
// The host side

/** The host directories: base/{ro,rw} are mounted, base/outside is what links point at. */
const host = { base: '', ro: '', rw: '', outside: '', fifo: false };
const servers: net.Server[] = [];

/** populate: one mounted directory's contents (the same for ro and rw). */
async function populate(dir: string): Promise<void> {
  fs.mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  fs.mkdirSync(join(dir, 'empty'));
  fs.writeFileSync(join(dir, 'hello.txt'), 'hello from the host\n');
  fs.writeFileSync(join(dir, 'sub', 'inner.txt'), 'inner\n');
  fs.writeFileSync(join(dir, 'sub', 'deeper', 'x.bin'), Buffer.from([0, 1, 2, 255]));
  fs.symlinkSync(host.outside, join(dir, 'link-out'));
  fs.symlinkSync('/etc', join(dir, 'link-etc'));
  fs.symlinkSync('..', join(dir, 'link-parent'));
  fs.symlinkSync('hello.txt', join(dir, 'link-in'));
  fs.symlinkSync('sub', join(dir, 'link-dir'));
  fs.symlinkSync(join(host.outside, 'made-through-link.txt'), join(dir, 'link-dangling'));
  try {
    execFileSync('mkfifo', [join(dir, 'fifo')], { stdio: 'ignore' });
    host.fifo = true;
  } catch {
    host.fifo = false;
  }
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(join(dir, 'sock'), () => resolve());
  });
}

/**
 * snapshot: every entry under dir (not following links), each with what identifies its contents:
 * a file's SHA-256, mode and times, a directory's listing, mode and times, a link's target.
 */
function snapshot(dir: string, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string, rel: string): void => {
    const st = fs.lstatSync(path, { bigint: true });
    const times = `${st.mode}:${st.mtimeNs}:${st.ctimeNs}`;
    if (st.isSymbolicLink()) out[rel] = `link -> ${fs.readlinkSync(path)}`;
    else if (st.isFile()) out[rel] = `file ${createHash('sha256').update(fs.readFileSync(path)).digest('hex')} ${times}`;
    else if (st.isDirectory()) {
      const names = fs.readdirSync(path).sort();
      out[rel] = `dir [${names.join(', ')}] ${times}`;
      for (const n of names) if (!skip.includes(`${rel}/${n}`)) walk(join(path, n), `${rel}/${n}`);
    } else if (st.isFIFO()) out[rel] = `fifo ${times}`;
    else if (st.isSocket()) out[rel] = `socket ${times}`;
    else out[rel] = `other ${times}`;
  };
  walk(dir, '.');
  return out;
}

let roBefore: Record<string, string>;
let rwBefore: Record<string, string>;
let restBefore: Record<string, string>;
let etcBefore: string[];

beforeAll(async () => {
  host.base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'terrarium-escape-')));
  host.ro = join(host.base, 'ro');
  host.rw = join(host.base, 'rw');
  host.outside = join(host.base, 'outside');
  fs.mkdirSync(host.outside);
  fs.writeFileSync(join(host.outside, 'secret.txt'), 'top secret\n');
  fs.mkdirSync(host.ro);
  fs.mkdirSync(host.rw);
  await populate(host.ro);
  await populate(host.rw);
  roBefore = snapshot(host.ro);
  rwBefore = snapshot(host.rw);
  restBefore = snapshot(host.base, ['./ro', './rw']);
  etcBefore = fs.readdirSync('/etc').sort();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  if (host.base !== '') fs.rmSync(host.base, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Running attempts

type Where = 'ro' | 'rw' | 'mem';

/** PRELUDE: attempt(f) prints `Type|errno|str(e)` for what f raises, or `OK|repr(result)`. */
const PRELUDE = `import os, sys
def attempt(f):
    try:
        r = f()
    except BaseException as e:
        print(f'{type(e).__name__}|{getattr(e, "errno", None)}|{e}')
    else:
        print(f'OK|{r!r}')
`;

/** program: the prelude, then `body` as the function attempted. */
function program(body: string): string {
  const lines = body.trim().split('\n').map((l) => `    ${l}`);
  return `${PRELUDE}def go():\n${lines.join('\n')}\nattempt(go)\n`;
}

/** runIn: runs a program in a fresh world: /data is the ro or rw host mount, or nothing (mem). */
function runIn(where: Where, source: string, options: { capacity?: number; maxOpenFiles?: number } = {}): { stdout: string; stderr: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  const mounts: Record<string, InstanceType<typeof HostDirectory>> = where === 'mem' ? {} : { '/data': new HostDirectory(where === 'ro' ? host.ro : host.rw, { writable: where === 'rw' }) };
  const os = new MemoryOS({
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    files: { '/mem.txt': 'in memory\n' },
    mounts,
    ...options,
  });
  const r = runProgram(source, { os, filename: '/attempt.py' });
  return { stdout, stderr, exitCode: r.exitCode };
}

/** Attempt: one escape attempt, where it is tried, and how it must end. */
interface Attempt {
  name: string;
  where: Where[];
  /** body: the Python function body attempted (it may return a value to show). */
  body: string | (() => string);
  /** error: [exception type, errno or null, str(e)]; or ok: repr of the returned value. */
  error?: [string, number | null, string];
  ok?: string;
  options?: { capacity?: number; maxOpenFiles?: number };
}

const BOTH: Where[] = ['ro', 'rw'];
const ALL: Where[] = ['ro', 'rw', 'mem'];
const py = (s: string): string => JSON.stringify(s); // an ASCII str literal

const ENOENT = (p: string): [string, number, string] => ['FileNotFoundError', 2, `[Errno 2] No such file or directory: '${p}'`];
const EACCES = (p: string): [string, number, string] => ['PermissionError', 13, `[Errno 13] Permission denied: '${p}'`];
const EROFS = (p: string, q?: string): [string, number, string] => ['OSError', 30, `[Errno 30] Read-only file system: '${p}'${q === undefined ? '' : ` -> '${q}'`}`];
const EBUSY = (p: string, q?: string): [string, number, string] => ['OSError', 16, `[Errno 16] Device or resource busy: '${p}'${q === undefined ? '' : ` -> '${q}'`}`];
const EBADF: [string, number, string] = ['OSError', 9, '[Errno 9] Bad file descriptor'];
const NO_MODULE = (m: string): [string, null, string] => ['ModuleNotFoundError', null, `No module named '${m}'`];
const NO_ATTR = (a: string): [string, null, string] => ['AttributeError', null, `module 'os' has no attribute '${a}'`];

const ATTEMPTS: Attempt[] = [
  // '..' and absolute paths: the guest's root is the in-memory file system, whatever the host has.
  { name: "'..' chain out of the mount reaches the guest's /etc, not the host's", where: ALL, body: "return open('/data/../../../etc/passwd').read()", error: ENOENT('/data/../../../etc/passwd') },
  { name: "'..' chain to the sibling directory of the mounted one", where: BOTH, body: "return open('/data/sub/../../../../outside/secret.txt').read()", error: ENOENT('/data/sub/../../../../outside/secret.txt') },
  { name: "relative '..' chain from a working directory inside the mount", where: BOTH, body: "os.chdir('/data/sub')\nreturn open('../../../../outside/secret.txt').read()", error: ENOENT('../../../../outside/secret.txt') },
  { name: "'..' of the mount root lists the guest's root", where: BOTH, body: "return os.listdir('/data/..'), os.listdir('/data/../..')", ok: "(['data', 'mem.txt'], ['data', 'mem.txt'])" },
  { name: 'chdir .. at the root stays at /', where: ALL, body: "os.chdir('/')\nos.chdir('..')\nos.chdir('../../..')\nreturn os.getcwd()", ok: "'/'" },
  { name: 'the host path of the mounted directory', where: ALL, body: () => `return open(${py(host.ro + '/hello.txt')}).read()`, error: ['FileNotFoundError', 2, `[Errno 2] No such file or directory: '__RO__/hello.txt'`] },
  { name: 'listing the host temporary directory', where: ALL, body: () => `return os.listdir(${py(host.base)})`, error: ['FileNotFoundError', 2, `[Errno 2] No such file or directory: '__BASE__'`] },
  { name: '/etc/passwd', where: ALL, body: "return open('/etc/passwd').read()", error: ENOENT('/etc/passwd') },
  { name: '/proc/self/environ', where: ALL, body: "return open('/proc/self/environ', 'rb').read()", error: ENOENT('/proc/self/environ') },
  { name: '/proc/self/mem', where: ALL, body: "return open('/proc/self/mem', 'rb').read(16)", error: ENOENT('/proc/self/mem') },
  { name: '/dev/zero', where: ALL, body: "return open('/dev/zero', 'rb').read(16)", error: ENOENT('/dev/zero') },
  { name: '/dev/random with os.open', where: ALL, body: "return os.read(os.open('/dev/random', os.O_RDONLY), 16)", error: ENOENT('/dev/random') },
  { name: 'fullwidth dots are names, not parents', where: BOTH, body: "return open('/data/\\uff0e\\uff0e/\\uff0e\\uff0e/outside/secret.txt').read()", error: ENOENT('/data/\uff0e\uff0e/\uff0e\uff0e/outside/secret.txt') },
  { name: 'backslashes are part of a name', where: BOTH, body: "return open('/data/..\\\\..\\\\outside\\\\secret.txt').read()", error: ENOENT('/data/..\\\\..\\\\outside\\\\secret.txt') },

  // Symbolic links in the host directory: refused wherever they appear, pointing out or in.
  { name: 'a link to a sibling directory (outside the mount)', where: BOTH, body: "return open('/data/link-out/secret.txt').read()", error: EACCES('/data/link-out/secret.txt') },
  { name: 'a link to /etc', where: BOTH, body: "return open('/data/link-etc/passwd').read()", error: EACCES('/data/link-etc/passwd') },
  { name: 'a link to /etc with extra slashes and dots', where: BOTH, body: "return open('/data//./link-etc/./passwd').read()", error: EACCES('/data//./link-etc/./passwd') },
  { name: "a link to the mount's parent", where: BOTH, body: "return os.listdir('/data/link-parent/outside')", error: EACCES('/data/link-parent/outside') },
  { name: 'a link pointing inside the mount', where: BOTH, body: "return open('/data/link-in').read()", error: EACCES('/data/link-in') },
  { name: 'a link as an intermediate directory component', where: BOTH, body: "return open('/data/link-dir/inner.txt').read()", error: EACCES('/data/link-dir/inner.txt') },
  { name: 'listing through a link to a directory', where: BOTH, body: "return os.listdir('/data/link-dir')", error: EACCES('/data/link-dir') },
  { name: 'stat of a link', where: BOTH, body: "return os.stat('/data/link-etc')", error: EACCES('/data/link-etc') },
  { name: 'lstat of a link', where: BOTH, body: "return os.lstat('/data/link-out')", error: EACCES('/data/link-out') },
  { name: 'readlink of a link (its target is not revealed)', where: BOTH, body: "return os.readlink('/data/link-out')", error: EACCES('/data/link-out') },
  { name: 'chdir into a link', where: BOTH, body: "os.chdir('/data/link-out')\nreturn os.listdir('.')", error: EACCES('/data/link-out') },
  { name: "'..' after a link", where: BOTH, body: "return os.listdir('/data/link-etc/..')", error: EACCES('/data/link-etc/..') },
  { name: 'os.open with O_NOFOLLOW on a link', where: BOTH, body: "return os.open('/data/link-in', os.O_RDONLY | os.O_NOFOLLOW)", error: EACCES('/data/link-in') },
  { name: 'creating a file through a dangling link', where: BOTH, body: "return open('/data/link-dangling', 'w').write('x')", error: EACCES('/data/link-dangling') },
  { name: 'creating a file through a link to a directory', where: ['rw'], body: "with open('/data/link-out/evil.txt', 'w') as f:\n    f.write('escaped')", error: EACCES('/data/link-out/evil.txt') },
  { name: 'O_CREAT|O_EXCL through a link to /etc', where: ['rw'], body: "return os.open('/data/link-etc/terrarium-evil', os.O_WRONLY | os.O_CREAT | os.O_EXCL)", error: EACCES('/data/link-etc/terrarium-evil') },
  { name: 'mkdir through a link', where: ['rw'], body: "os.mkdir('/data/link-out/evil-dir')", error: EACCES('/data/link-out/evil-dir') },
  { name: 'renaming a file into a linked directory', where: ['rw'], body: "os.rename('/data/hello.txt', '/data/link-out/hello.txt')", error: ['PermissionError', 13, "[Errno 13] Permission denied: '/data/hello.txt' -> '/data/link-out/hello.txt'"] },
  { name: 'renaming over a link', where: ['rw'], body: "os.rename('/data/hello.txt', '/data/link-in')", error: ['PermissionError', 13, "[Errno 13] Permission denied: '/data/hello.txt' -> '/data/link-in'"] },
  { name: 'renaming a link (moving where it points from)', where: ['rw'], body: "os.rename('/data/link-etc', '/data/sub/etc')", error: ['PermissionError', 13, "[Errno 13] Permission denied: '/data/link-etc' -> '/data/sub/etc'"] },
  { name: 'unlinking a link', where: ['rw'], body: "os.unlink('/data/link-etc')", error: EACCES('/data/link-etc') },
  { name: 'rmdir of a link to a directory', where: ['rw'], body: "os.rmdir('/data/link-dir')", error: EACCES('/data/link-dir') },

  // FIFOs and sockets (the FIFO attempts run through the command, below).
  { name: 'opening a unix socket', where: BOTH, body: "return open('/data/sock', 'rb').read()", error: EACCES('/data/sock') },
  { name: 'opening a unix socket for writing', where: BOTH, body: "return os.open('/data/sock', os.O_WRONLY)", error: EACCES('/data/sock') },
  { name: 'stat of a unix socket', where: BOTH, body: "return os.stat('/data/sock')", error: EACCES('/data/sock') },
  { name: 'unlinking a unix socket', where: ['rw'], body: "os.unlink('/data/sock')", error: EACCES('/data/sock') },

  // Names and paths.
  { name: 'a NUL byte in a str path', where: ALL, body: "return open('/data/hello.txt\\0/../../etc/passwd').read()", error: ['ValueError', null, 'embedded null byte'] },
  { name: 'a NUL byte in a bytes path', where: ALL, body: "return os.stat(b'/data/\\x00')", error: ['ValueError', null, 'stat: embedded null character in path'] },
  { name: 'a NUL byte in os.open', where: ALL, body: "return os.open('/mem.txt\\0', os.O_RDONLY)", error: ['ValueError', null, 'embedded null byte'] },
  { name: 'a name of 256 bytes', where: ALL, body: "return open('/data/' + 'x' * 256)", error: ['OSError', 36, `[Errno 36] File name too long: '/data/${'x'.repeat(256)}'`] },
  { name: 'a name of 128 characters, 256 bytes of UTF-8', where: ALL, body: "os.mkdir('/data/' + '\\u00e9' * 128)", error: ['OSError', 36, `[Errno 36] File name too long: '/data/${'\u00e9'.repeat(128)}'`] },
  { name: 'a path of 4200 bytes', where: ALL, body: "return os.stat('/data/' + 'a/' * 2100)", error: ['OSError', 36, `[Errno 36] File name too long: '/data/${'a/'.repeat(2100)}'`] },
  { name: 'a non-UTF-8 bytes name on a host mount', where: BOTH, body: "return open(b'/data/\\xff', 'wb')", error: ['OSError', 22, "[Errno 22] Invalid argument: b'/data/\\xff'"] },
  { name: "'missing/.' neither creates a file nor reaches the host", where: ALL, body: "return open('/data/nothing/.', 'w')", error: ENOENT('/data/nothing/.') },
  { name: "renaming a path ending in '.'", where: BOTH, body: "os.rename('/data/sub/.', '/data/x')", error: EBUSY('/data/sub/.', '/data/x') },
  { name: "'..' through a file", where: ALL, body: "return os.stat('/mem.txt/..')", error: ['NotADirectoryError', 20, "[Errno 20] Not a directory: '/mem.txt/..'"] },

  // Writing to the read-only mount.
  { name: "open(..., 'w')", where: ['ro'], body: "return open('/data/hello.txt', 'w')", error: EROFS('/data/hello.txt') },
  { name: "open(..., 'a')", where: ['ro'], body: "return open('/data/hello.txt', 'a')", error: EROFS('/data/hello.txt') },
  { name: "open(..., 'r+')", where: ['ro'], body: "return open('/data/hello.txt', 'r+')", error: EROFS('/data/hello.txt') },
  { name: "open(..., 'x') of a new file", where: ['ro'], body: "return open('/data/new.txt', 'x')", error: EROFS('/data/new.txt') },
  { name: 'os.open O_RDONLY|O_TRUNC', where: ['ro'], body: "return os.open('/data/hello.txt', os.O_RDONLY | os.O_TRUNC)", error: EROFS('/data/hello.txt') },
  { name: 'os.truncate', where: ['ro'], body: "os.truncate('/data/hello.txt', 0)", error: EROFS('/data/hello.txt') },
  { name: 'truncate() of a file opened for reading', where: ['ro'], body: "return open('/data/hello.txt', 'rb').truncate(0)", error: ['UnsupportedOperation', null, 'truncate'] },
  { name: 'os.ftruncate of a read-only descriptor', where: ALL, body: "os.ftruncate(os.open('/data/hello.txt' if os.path.exists('/data') else '/mem.txt', os.O_RDONLY), 0)", error: ['OSError', 22, '[Errno 22] Invalid argument'] },
  { name: 'os.write to a read-only descriptor', where: ALL, body: "return os.write(os.open('/data/hello.txt' if os.path.exists('/data') else '/mem.txt', os.O_RDONLY), b'x')", error: EBADF },
  { name: 'os.unlink', where: ['ro'], body: "os.unlink('/data/hello.txt')", error: EROFS('/data/hello.txt') },
  { name: 'os.remove in a subdirectory', where: ['ro'], body: "os.remove('/data/sub/inner.txt')", error: EROFS('/data/sub/inner.txt') },
  { name: 'os.rmdir of an empty directory', where: ['ro'], body: "os.rmdir('/data/empty')", error: EROFS('/data/empty') },
  { name: 'os.mkdir', where: ['ro'], body: "os.mkdir('/data/newdir')", error: EROFS('/data/newdir') },
  { name: 'os.makedirs', where: ['ro'], body: "os.makedirs('/data/a/b/c')", error: EROFS('/data/a') },
  { name: 'os.mkdir of an existing directory', where: ['ro'], body: "os.mkdir('/data/sub')", error: ['FileExistsError', 17, "[Errno 17] File exists: '/data/sub'"] },
  { name: 'os.rename inside the mount', where: ['ro'], body: "os.rename('/data/hello.txt', '/data/renamed.txt')", error: EROFS('/data/hello.txt', '/data/renamed.txt') },
  { name: 'os.replace over an existing file', where: ['ro'], body: "os.replace('/data/hello.txt', '/data/sub/inner.txt')", error: EROFS('/data/hello.txt', '/data/sub/inner.txt') },
  { name: 'os.rename from the mount to memory', where: ['ro'], body: "os.rename('/data/hello.txt', '/hello.txt')", error: EROFS('/data/hello.txt', '/hello.txt') },
  { name: 'os.rename from memory into the mount', where: ['ro'], body: "os.rename('/mem.txt', '/data/mem.txt')", error: EROFS('/mem.txt', '/data/mem.txt') },

  // Crossing between the read-write mount and memory.
  { name: 'os.rename from the mount to memory', where: ['rw'], body: "os.rename('/data/hello.txt', '/hello.txt')", error: ['OSError', 18, "[Errno 18] Invalid cross-device link: '/data/hello.txt' -> '/hello.txt'"] },
  { name: 'os.rename from memory into the mount', where: ['rw'], body: "os.rename('/mem.txt', '/data/mem.txt')", error: ['OSError', 18, "[Errno 18] Invalid cross-device link: '/mem.txt' -> '/data/mem.txt'"] },
  { name: 'os.rename of a directory into itself', where: ['rw', 'mem'], body: "os.makedirs('/data/sub', exist_ok=True)\nos.rename('/data/sub', '/data/sub/inside')", error: ['OSError', 22, "[Errno 22] Invalid argument: '/data/sub' -> '/data/sub/inside'"] },
  { name: 'os.truncate to 2**60 bytes', where: ['rw', 'mem'], body: "os.truncate('/data/hello.txt' if os.path.exists('/data/hello.txt') else '/mem.txt', 2**60)", error: ['OSError', 27, `[Errno 27] File too large: '__TRUNCATED__'`] },

  // The mount point itself.
  { name: 'os.rmdir of the mount point', where: BOTH, body: "os.rmdir('/data')", error: EBUSY('/data') },
  { name: 'os.rename of the mount point', where: BOTH, body: "os.rename('/data', '/elsewhere')", error: EBUSY('/data', '/elsewhere') },
  { name: 'os.rename of a directory over the mount point', where: BOTH, body: "os.mkdir('/empty')\nos.rename('/empty', '/data')", error: EBUSY('/empty', '/data') },
  { name: 'os.rename of the root holding the mount', where: BOTH, body: "os.rename('/', '/x')", error: EBUSY('/', '/x') },
  { name: 'os.rmdir of the root', where: ALL, body: "os.rmdir('/')", error: EBUSY('/') },
  { name: 'os.unlink of the mount point', where: BOTH, body: "os.unlink('/data')", error: ['IsADirectoryError', 21, "[Errno 21] Is a directory: '/data'"] },
  { name: 'opening the mount point for writing', where: BOTH, body: "return os.open('/data', os.O_WRONLY)", error: ['IsADirectoryError', 21, "[Errno 21] Is a directory: '/data'"] },

  // Directories and descriptors.
  { name: 'os.read of a directory descriptor', where: ALL, body: "os.makedirs('/data/sub', exist_ok=True)\nreturn os.read(os.open('/data/sub', os.O_RDONLY), 1)", error: ['IsADirectoryError', 21, '[Errno 21] Is a directory'] },
  { name: 'opening a directory for writing', where: ALL, body: "os.makedirs('/data/sub', exist_ok=True)\nreturn open('/data/sub', 'w')", error: ['IsADirectoryError', 21, "[Errno 21] Is a directory: '/data/sub'"] },
  { name: 'opening a directory as a file', where: ALL, body: "os.makedirs('/data/sub', exist_ok=True)\nreturn open('/data/sub').read()", error: ['IsADirectoryError', 21, "[Errno 21] Is a directory: '/data/sub'"] },
  { name: 'os.chdir into a file', where: ALL, body: "os.chdir('/data/hello.txt' if os.path.exists('/data') else '/mem.txt')", error: ['NotADirectoryError', 20, '__CHDIR__'] },
  { name: 'os.read of a descriptor never opened', where: ALL, body: 'return os.read(99, 1)', error: EBADF },
  { name: 'os.close of a descriptor never opened', where: ALL, body: 'os.close(1234)', error: EBADF },
  { name: 'os.fstat(-1)', where: ALL, body: 'return os.fstat(-1)', error: EBADF },
  { name: 'a descriptor used after close', where: ALL, body: "fd = os.open('/mem.txt', os.O_RDONLY)\nos.close(fd)\nreturn os.read(fd, 1)", error: EBADF },
  { name: 'os.write to stdin', where: ['mem'], body: "return os.write(0, b'x')", error: EBADF },
  { name: 'os.lseek on stdout', where: ['mem'], body: 'return os.lseek(1, 0, 0)', error: ['OSError', 29, '[Errno 29] Illegal seek'] },

  // Links, processes and host modules do not exist.
  { name: 'os.symlink', where: ALL, body: "os.symlink('/etc', '/data/etc')", error: ['PermissionError', 1, "[Errno 1] Operation not permitted: '/etc' -> '/data/etc'"] },
  { name: 'os.link', where: ALL, body: "os.link('/mem.txt', '/data/hard')", error: ['PermissionError', 1, "[Errno 1] Operation not permitted: '/mem.txt' -> '/data/hard'"] },
  ...['socket', 'subprocess', 'ctypes', 'multiprocessing', 'signal', 'ssl', 'select', 'fcntl', 'pwd', 'mmap', 'resource', '_socket', '_posixsubprocess', 'threading', 'termios', 'pty'].map(
    (m): Attempt => ({ name: `import ${m}`, where: ['mem'], body: `import ${m}\nreturn ${m}`, error: NO_MODULE(m) }),
  ),
  ...['system', 'popen', 'fork', 'execv', 'spawnv', 'kill', 'chroot', 'mkfifo', 'dup2', 'pipe'].map(
    (a): Attempt => ({ name: `os.${a}`, where: ['mem'], body: `return os.${a}`, error: NO_ATTR(a) }),
  ),
  { name: 'the environment has nothing of the host', where: ['mem'], body: "return dict(os.environ), os.getenv('PATH'), os.getenv('HOME')", ok: '({}, None, None)' },

  // Resources.
  { name: 'writing 2 MB into a 1 MB file system', where: ['mem'], options: { capacity: 1 << 20 }, body: "with open('/big', 'wb') as f:\n    f.write(b'x' * (2 << 20))", error: ['OSError', 28, '[Errno 28] No space left on device'] },
  { name: 'small writes past the capacity', where: ['mem'], options: { capacity: 1 << 20 }, body: "fd = os.open('/big', os.O_WRONLY | os.O_CREAT)\nwhile True:\n    os.write(fd, b'y' * 4096)", error: ['OSError', 28, '[Errno 28] No space left on device'] },
  { name: 'os.truncate past the capacity', where: ['mem'], options: { capacity: 1 << 20 }, body: "os.truncate('/mem.txt', 2 << 20)", error: ['OSError', 28, "[Errno 28] No space left on device: '/mem.txt'"] },
  { name: 'too many open files', where: ALL, body: "fds = []\nwhile True:\n    fds.append(os.open('/mem.txt', os.O_RDONLY))", error: ['OSError', 24, "[Errno 24] Too many open files: '/mem.txt'"] },
];

/** expected: an attempt's expected line, with the host paths filled in. */
function expectedLine(a: Attempt, where: Where): string {
  if (a.ok !== undefined) return `OK|${a.ok}`;
  const [type, errno, message] = a.error!;
  const filled = message
    .replace('__RO__', host.ro)
    .replace('__BASE__', host.base)
    .replace('__TRUNCATED__', where === 'mem' ? '/mem.txt' : '/data/hello.txt')
    .replace('__CHDIR__', `[Errno 20] Not a directory: '${where === 'mem' ? '/mem.txt' : '/data/hello.txt'}'`);
  return `${type}|${errno ?? 'None'}|${filled}`;
}

describe('escape attempts', () => {
  it('are more than 30, each refused somewhere', () => {
    expect(ATTEMPTS.length).toBeGreaterThan(30);
    expect(ATTEMPTS.flatMap((a) => a.where).length).toBeGreaterThan(100);
  });

  for (const where of ['ro', 'rw', 'mem'] as const) {
    describe(where === 'ro' ? 'read-only host mount' : where === 'rw' ? 'read-write host mount' : 'in-memory file system', () => {
      for (const a of ATTEMPTS.filter((x) => x.where.includes(where))) {
        it(a.name, () => {
          const body = typeof a.body === 'string' ? a.body : a.body();
          const r = runIn(where, program(body), a.options);
          expect(r.stderr).toBe('');
          expect(r.exitCode).toBe(0);
          expect(r.stdout.trimEnd()).toBe(expectedLine(a, where));
        });
      }
    });
  }

  it('a refused attempt leaves the world usable: descriptors come back after EMFILE', () => {
    const r = runIn('mem', `import os
fds = []
try:
    while True:
        fds.append(os.open('/mem.txt', os.O_RDONLY))
except OSError as e:
    print(e.errno, len(fds))
for fd in fds:
    os.close(fd)
fd = os.open('/mem.txt', os.O_RDONLY)
print(os.read(fd, 100))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("24 253\nb'in memory\\n'\n");
  });

  it('the read-only host directory is byte-for-byte unchanged', () => {
    expect(snapshot(host.ro)).toEqual(roBefore);
    expect(snapshot(host.base, ['./ro', './rw'])).toEqual(restBefore);
  });

  it('the read-write mount accepts writes, and they land only inside the mounted directory', () => {
    const r = runIn('rw', `import os
with open('/data/made-by-guest.txt', 'w') as f:
    f.write('written by the guest\\n')
os.mkdir('/data/guest-dir')
os.rename('/data/made-by-guest.txt', '/data/guest-dir/moved.txt')
print(sorted(os.listdir('/data/guest-dir')))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("['moved.txt']\n");
    expect(fs.readFileSync(join(host.rw, 'guest-dir', 'moved.txt'), 'utf8')).toBe('written by the guest\n');
    // Outside the mounted directory: nothing changed, nothing created (not even through links).
    expect(snapshot(host.base, ['./ro', './rw'])).toEqual(restBefore);
    expect(fs.readdirSync('/etc').sort()).toEqual(etcBefore);
    // Inside it: only the guest's own entries and the directory holding them differ.
    const after = snapshot(host.rw);
    const changed = Object.keys({ ...after, ...rwBefore }).filter((k) => after[k] !== rwBefore[k]).sort();
    expect(changed).toEqual(['.', './guest-dir', './guest-dir/moved.txt']);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the command

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** terrarium: the command, in a child process that is killed after `timeout` ms. */
function terrarium(args: string[], timeout = 30_000): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout, killSignal: 'SIGKILL', input: '' });
  const timedOut = r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut };
}

/** A JavaScript stack frame: `    at f (file.js:1:2)`. */
const JS_TRACE = /\n\s+at .*[(:]\d+|\.js:\d+|node:internal|RangeError|TypeError: Cannot/;

describe('escape attempts through the command', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('an uncaught refusal exits 1 with a Python traceback, no JavaScript stack', () => {
    const r = terrarium(['--mount', `${host.ro}:/data:ro`, '-c', "import os\nopen('/data/link-etc/passwd').read()"]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n/);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe("PermissionError: [Errno 13] Permission denied: '/data/link-etc/passwd'");
    expect(r.stderr).not.toMatch(JS_TRACE);
  });

  it('writing to a read-only mount exits 1 with EROFS', () => {
    const r = terrarium(['--mount', `${host.ro}:/data:ro`, '-c', "import os\nos.unlink('/data/hello.txt')"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe("OSError: [Errno 30] Read-only file system: '/data/hello.txt'");
    expect(r.stderr).not.toMatch(JS_TRACE);
    expect(snapshot(host.ro)).toEqual(roBefore);
  });

  it("'..' out of the mount and host paths find nothing; caught refusals exit 0", () => {
    const code = `${PRELUDE}
attempt(lambda: open('/data/../../../etc/passwd').read())
attempt(lambda: open(${py(join(host.outside, 'secret.txt'))}).read())
attempt(lambda: open('/data/link-out/secret.txt').read())
attempt(lambda: open('/data/sock').read())
attempt(lambda: __import__('subprocess'))
attempt(lambda: os.rename('/data/hello.txt', '/data/x.txt'))
`;
    const r = terrarium(['--mount', `${host.ro}:/data:ro`, '--cwd', '/', '-c', code]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      "FileNotFoundError|2|[Errno 2] No such file or directory: '/data/../../../etc/passwd'",
      `FileNotFoundError|2|[Errno 2] No such file or directory: '${join(host.outside, 'secret.txt')}'`,
      "PermissionError|13|[Errno 13] Permission denied: '/data/link-out/secret.txt'",
      "PermissionError|13|[Errno 13] Permission denied: '/data/sock'",
      "ModuleNotFoundError|None|No module named 'subprocess'",
      "OSError|30|[Errno 30] Read-only file system: '/data/hello.txt' -> '/data/x.txt'",
      '',
    ]);
  });

  it('a symlink escape on a read-write mount exits 1 and creates nothing outside', () => {
    const r = terrarium(['--mount', `${host.rw}:/data:rw`, '-c', "with open('/data/link-dangling', 'w') as f:\n    f.write('escaped')"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe("PermissionError: [Errno 13] Permission denied: '/data/link-dangling'");
    expect(r.stderr).not.toMatch(JS_TRACE);
    expect(snapshot(host.base, ['./ro', './rw'])).toEqual(restBefore);
  });

  // Opening a FIFO with no writer blocks in the kernel; the child's timeout catches a regression.
  const FIFO_ATTEMPTS = `${PRELUDE}
attempt(lambda: open('/data/fifo', 'rb').read())
attempt(lambda: os.open('/data/fifo', os.O_RDONLY))
attempt(lambda: os.open('/data/fifo', os.O_RDONLY | os.O_NONBLOCK))
attempt(lambda: os.open('/data/fifo', os.O_WRONLY))
attempt(lambda: os.open('/data/fifo', os.O_RDWR))
attempt(lambda: os.stat('/data/fifo'))
attempt(lambda: [n for n in os.listdir('/data') if n == 'fifo'])
`;
  for (const mode of ['ro', 'rw'] as const) {
    it(`a FIFO on a ${mode === 'ro' ? 'read-only' : 'read-write'} mount is refused without blocking`, (ctx) => {
      if (!host.fifo) ctx.skip();
      const r = terrarium(['--mount', `${mode === 'ro' ? host.ro : host.rw}:/data:${mode}`, '-c', FIFO_ATTEMPTS], 20_000);
      expect(r.timedOut).toBe(false);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const denied = "PermissionError|13|[Errno 13] Permission denied: '/data/fifo'";
      expect(r.stdout.split('\n')).toEqual([denied, denied, denied, denied, denied, denied, "OK|['fifo']", '']);
    }, 30_000);
  }

  it('the host directories are unchanged after the command runs', () => {
    expect(snapshot(host.ro)).toEqual(roBefore);
    expect(snapshot(host.base, ['./ro', './rw'])).toEqual(restBefore);
  });
});
