// File operations at the Python level against CPython on a real directory: generated programs run
// a random sequence of operations on a few names ('a', 'd/x', 'd/e', ...) through open() in every
// mode (write, read, readline, seek, tell, truncate, flush, close; several handles on one file),
// the descriptor functions (os.open with O_CREAT/O_EXCL/O_TRUNC/O_APPEND and the access modes,
// os.read/write/lseek/fstat/ftruncate/close), and the name functions (mkdir, makedirs, rmdir,
// remove, unlink, rename, replace, listdir, scandir, stat, lstat, truncate, walk, access, samefile,
// os.path's tests, chdir into the tree and back). Each operation prints its result, or the
// OSError's type, errno, strerror and file names; at the end every handle is closed and the final
// tree is printed (type, size and bytes of each file). The programs run in Terrarium on a MemoryOS
// (the default world of runProgram) whose working directory is an empty directory, and in python3
// on a fresh temporary directory each (fs_batch_runner.py, which refuses any program that could
// reach outside it); the two stdouts must be identical.
//
// Left out by construction, as deliberate differences of the sandbox: symbolic and hard links
// (MemoryOS has none: os.symlink and os.link fail with EPERM), permission bits and times (chmod and
// utime change nothing), inode and device numbers, offsets in a directory, st_nlink (always 1 for files and 2 for
// directories in memory), the size of a directory, and descriptor numbers. Writes stay far below
// 4096 bytes per handle: CPython sizes a file's buffer by st_blksize, which the sandbox's stat does
// not have (io's default, 8192, is used), so only longer writes could flush at other moments.
// shutil is not in Terrarium's stdlib.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzSeed, timeoutFor } from './config.js';
import { cpython as cpythonBatch, same, terrarium as terrariumRun, type Outcome } from './oracle.js';

// ---------------------------------------------------------------------------------------------
// The generator

/** PRELUDE: the helpers every program uses (two file objects H, two descriptors F). */
const PRELUDE = `import os, stat
H = [None, None]
F = [None, None]
ROOT = os.getcwd()
os.makedirs('d/e')
with open('a', 'w') as f:
    f.write('hello\\nworld\\n')
with open('d/x', 'wb') as f:
    f.write(b'xyz')

def _(label, fn):
    try:
        r = fn()
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, repr(e.filename), repr(e.filename2))
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

def O(i, name, mode):
    old, H[i] = H[i], None
    if old is not None:
        old.close()
    H[i] = open(name, mode)

def W(i, s):
    f = H[i]
    return f.write(s.encode() if 'b' in f.mode else s)

def FO(j, name, flags, mode=0o644):
    old, F[j] = F[j], None
    if old is not None:
        os.close(old)
    F[j] = os.open(name, flags, mode)

def LS(j, k, w):
    # A directory's offsets are the host file system's own (ext4 reports 2**63-1 as its end).
    if stat.S_ISDIR(os.fstat(F[j]).st_mode):
        return 'dir'
    return os.lseek(F[j], k, w)

def FC(j):
    fd, F[j] = F[j], None
    os.close(fd)

def WF(name, s, mode):
    with open(name, mode) as f:
        return f.write(s.encode() if 'b' in mode else s)

def RF(name, mode):
    with open(name, mode) as f:
        return f.read()

def ST(s):
    reg = stat.S_ISREG(s.st_mode)
    return stat.S_ISDIR(s.st_mode), reg, s.st_size if reg else None, oct(stat.S_IMODE(s.st_mode))

def SC(name):
    with os.scandir(name) as it:
        return sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in it)

def WALK(name):
    return sorted((p, sorted(ds), sorted(fs)) for p, ds, fs in os.walk(name))

def GS(name):
    return 'dir' if os.path.isdir(name) else os.path.getsize(name)

def CD(name, fn):
    os.chdir(name)
    try:
        return fn()
    finally:
        os.chdir(ROOT)

`;

/** EPILOGUE: closes what is open, then prints the final tree. */
const EPILOGUE = `
for i in range(2):
    _('close H', lambda: H[i] is not None and H[i].close())
    _('close F', lambda: F[i] is not None and os.close(F[i]))
tree = []
for p, ds, fs in os.walk('.'):
    tree += [('dir', os.path.join(p, d)) for d in ds]
    for f in fs:
        q = os.path.join(p, f)
        with open(q, 'rb') as fh:
            tree.append(('file', q, os.path.getsize(q), fh.read()))
for t in sorted(tree):
    print(*t)
`;

const py = (s: string): string => JSON.stringify(s);

// Few names, so that operations meet: files and directories at two depths, and odd forms.
const plainName = fc.constantFrom('a', 'b', 'd', 'd/x', 'd/e', 'd/e/y', 'e');
const oddName = fc.constantFrom('.', 'd/.', 'd/..', 'd/../a', 'a/x', 'a/', 'd/', 'x/y', '', 'd/e/../x');
const name = fc.oneof({ arbitrary: plainName, weight: 8 }, { arbitrary: oddName, weight: 1 }).map(py);
const dirName = fc.constantFrom('d', 'd/e', 'e', 'a', 'x').map(py);
const data = fc.constantFrom('', 'hi', 'x\ny\n', 'abc\r\nd', 'é', 'zzzzzzzzzzzz', '\n', '\u4e2d\u6587!').map(py);
const small = fc.integer({ min: 0, max: 6 });
const offset = fc.constantFrom(0, 1, 2, 3, 5, 9, -1, -2);
const whence = fc.constantFrom(0, 0, 1, 2);
const mode = fc.constantFrom('r', 'w', 'a', 'x', 'r+', 'w+', 'a+', 'rb', 'wb', 'ab', 'rb+', 'wb+', 'ab+', 'xb').map(py);
const slot = fc.constantFrom(0, 1);
const flags = fc
  .tuple(fc.constantFrom('os.O_RDONLY', 'os.O_WRONLY', 'os.O_RDWR'), fc.subarray(['os.O_CREAT', 'os.O_EXCL', 'os.O_TRUNC', 'os.O_APPEND']))
  .map(([acc, extra]) => [acc, ...extra].join(' | '));
const perm = fc.constantFrom('', ', 0o600', ', 0o640');

/** nameOp: an operation on names (what a chdir can wrap). */
const nameOp: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(name, data, fc.constantFrom('w', 'a', 'x', 'wb', 'ab').map(py)).map(([n, s, m]) => `WF(${n}, ${s}, ${m})`),
  fc.tuple(name, fc.constantFrom('r', 'rb').map(py)).map(([n, m]) => `RF(${n}, ${m})`),
  name.map((n) => `os.mkdir(${n})`),
  fc.tuple(name, fc.boolean()).map(([n, b]) => `os.makedirs(${n}, exist_ok=${b ? 'True' : 'False'})`),
  name.map((n) => `os.rmdir(${n})`),
  name.map((n) => `os.remove(${n})`),
  name.map((n) => `os.unlink(${n})`),
  fc.tuple(name, name).map(([a, b]) => `os.rename(${a}, ${b})`),
  fc.tuple(name, name).map(([a, b]) => `os.replace(${a}, ${b})`),
  name.map((n) => `sorted(os.listdir(${n}))`),
  fc.constant('sorted(os.listdir())'),
  name.map((n) => `SC(${n})`),
  name.map((n) => `ST(os.stat(${n}))`),
  name.map((n) => `ST(os.lstat(${n}))`),
  name.map((n) => `(os.path.exists(${n}), os.path.isfile(${n}), os.path.isdir(${n}), os.path.islink(${n}))`),
  name.map((n) => `GS(${n})`),
  fc.tuple(name, small).map(([n, k]) => `os.truncate(${n}, ${k})`),
  name.map((n) => `WALK(${n})`),
  name.map((n) => `os.access(${n}, os.F_OK)`),
  fc.tuple(name, name).map(([a, b]) => `os.path.samefile(${a}, ${b})`),
  fc.constant('os.path.relpath(os.getcwd(), ROOT)'),
);

/** fileOp: an operation on the file objects H[0], H[1] (the slot drawn from `slot`). */
const fileOp = (slot: fc.Arbitrary<number>): fc.Arbitrary<string> => fc.oneof(
  { arbitrary: fc.tuple(slot, name, mode).map(([i, n, m]) => `O(${i}, ${n}, ${m})`), weight: 4 },
  { arbitrary: fc.tuple(slot, data).map(([i, s]) => `W(${i}, ${s})`), weight: 4 },
  { arbitrary: slot.map((i) => `H[${i}].read()`), weight: 2 },
  fc.tuple(slot, small).map(([i, k]) => `H[${i}].read(${k})`),
  slot.map((i) => `H[${i}].readline()`),
  slot.map((i) => `H[${i}].readlines()`),
  { arbitrary: fc.tuple(slot, offset, whence).map(([i, k, w]) => `H[${i}].seek(${k}, ${w})`), weight: 2 },
  slot.map((i) => `H[${i}].tell()`),
  slot.map((i) => `H[${i}].truncate()`),
  fc.tuple(slot, small).map(([i, k]) => `H[${i}].truncate(${k})`),
  slot.map((i) => `H[${i}].flush()`),
  slot.map((i) => `H[${i}].close()`),
  slot.map((i) => `(H[${i}].readable(), H[${i}].writable(), H[${i}].seekable(), H[${i}].closed)`),
);

/** fdOp: an operation on the descriptors F[0], F[1] (the slot drawn from `slot`). */
const fdOp = (slot: fc.Arbitrary<number>): fc.Arbitrary<string> => fc.oneof(
  { arbitrary: fc.tuple(slot, name, flags, perm).map(([j, n, f, p]) => `FO(${j}, ${n}, ${f}${p})`), weight: 3 },
  { arbitrary: fc.tuple(slot, data).map(([j, s]) => `os.write(F[${j}], ${s}.encode())`), weight: 3 },
  { arbitrary: fc.tuple(slot, small).map(([j, k]) => `os.read(F[${j}], ${k})`), weight: 2 },
  fc.tuple(slot, offset, whence).map(([j, k, w]) => `LS(${j}, ${k}, ${w})`),
  slot.map((j) => `FC(${j})`),
  slot.map((j) => `ST(os.fstat(F[${j}]))`),
  fc.tuple(slot, small).map(([j, k]) => `os.ftruncate(F[${j}], ${k})`),
);

const chdirOp = fc.tuple(dirName, nameOp).map(([d, op]) => `CD(${d}, lambda: ${op})`);

// Handle and descriptor operations mostly come in blocks that open a slot and then mostly use it,
// so that few of them meet a slot that holds nothing.
const mostly = (i: number): fc.Arbitrary<number> => fc.oneof({ arbitrary: fc.constant(i), weight: 3 }, { arbitrary: fc.constant(1 - i), weight: 1 });
const fileBlock = fc
  .tuple(slot, name, mode)
  .chain(([i, n, m]) => fc.array(fileOp(mostly(i)), { minLength: 1, maxLength: 5 }).map((rest) => [`O(${i}, ${n}, ${m})`, ...rest]));
const fdBlock = fc
  .tuple(slot, name, flags, perm)
  .chain(([j, n, f, p]) => fc.array(fdOp(mostly(j)), { minLength: 1, maxLength: 5 }).map((rest) => [`FO(${j}, ${n}, ${f}${p})`, ...rest]));

const step: fc.Arbitrary<string[]> = fc.oneof(
  { arbitrary: nameOp.map((op) => [op]), weight: 6 },
  { arbitrary: fileBlock, weight: 2 },
  { arbitrary: fdBlock, weight: 2 },
  { arbitrary: fileOp(slot).map((op) => [op]), weight: 1 },
  { arbitrary: fdOp(slot).map((op) => [op]), weight: 1 },
  { arbitrary: chdirOp.map((op) => [op]), weight: 1 },
);

/**
 * fsProgram: a program of up to about 40 operations, each printing its result under its number,
 * on a tree that starts as a (two lines), d/x (three bytes) and the empty directory d/e.
 */
export const fsProgram: fc.Arbitrary<string> = fc
  .array(step, { minLength: 1, maxLength: 12 })
  .map((steps) => PRELUDE + steps.flat().map((op, k) => `_(${k}, lambda: ${op})\n`).join('') + EPILOGUE);

// ---------------------------------------------------------------------------------------------
// Running them

/** The batch runner that gives each program its own temporary directory. */
const cpython = (sources: readonly string[]): Outcome[] => cpythonBatch(sources, 'fs_batch_runner.py');

/** terrarium: runs one program on a fresh MemoryOS whose working directory is empty. */
const terrarium = (source: string): Outcome => terrariumRun(source, '/tmp/w/root');

/** firstDifference: the first differing line of two outputs, for a readable failure. */
function firstDifference(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  python3:   ${a[i] ?? '<none>'}\n  terrarium: ${b[i] ?? '<none>'}`;
  }
  return '(stdout identical)';
}

/** ops: the generated part of a program (without the prelude and epilogue). */
const ops = (source: string): string => source.slice(PRELUDE.length, source.length - EPILOGUE.length);

function describe1(source: string, want: Outcome, got: Outcome): string {
  return `${ops(source)}-- ${firstDifference(want.stdout, got.stdout)}\n-- error: python3 ${want.error}, terrarium ${got.error}`;
}

const SEED = fuzzSeed(0xf5f5);
const RUNS = fuzzRuns(250);
const BATCH = 500;

describe('file operations: MemoryOS against python3 on a real directory', () => {
  it(`${RUNS} programs print the same results and leave the same tree (seed ${SEED})`, { timeout: timeoutFor(RUNS, 200) }, async () => {
    const agrees = fc.property(fsProgram, (source) => same(terrarium(source), cpython([source])[0]!));
    const sources = fc.sample(agrees, { seed: SEED, numRuns: RUNS }).map(([s]) => s);
    const failures: { index: number; source: string; want: Outcome; got: Outcome }[] = [];
    let rejected = 0;
    for (let start = 0; start < sources.length; start += BATCH) {
      const chunk = sources.slice(start, start + BATCH);
      const expected = cpython(chunk);
      for (const [j, source] of chunk.entries()) {
        const want = expected[j]!;
        if (want.error === 'Rejected') rejected++;
        const got = terrarium(source);
        if (!same(want, got)) failures.push({ index: start + j, source, want, got });
        // Let the worker's event loop answer vitest's messages (a long synchronous test makes them time out).
        if (j % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    // The guard refuses nothing the generator makes (else python3 would test nothing).
    expect(rejected).toBe(0);
    let report = '';
    if (failures.length > 0) {
      const f = failures[0]!;
      // Shrink the first difference: the same seed and path replay exactly that program.
      const r = fc.check(agrees, { seed: SEED, path: String(f.index) });
      const shrunk = r.failed && r.counterexample !== null ? r.counterexample[0] : f.source;
      report =
        `${failures.length} of ${sources.length} programs differ; the first (program ${f.index}):\n${describe1(f.source, f.want, f.got)}` +
        `\n\nshrunk to:\n${describe1(shrunk, cpython([shrunk])[0]!, terrarium(shrunk))}`;
    }
    expect(report).toBe('');
  });
});
