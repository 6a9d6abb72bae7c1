// The posix module: CPython's low-level os functions, each one call of the OS interface (the
// interpreter's only way to the world). stdlib/os.py builds the os module over it, stdlib/io.py
// the file objects. Paths may be str, bytes (UTF-8 with surrogateescape) or os.PathLike; failures
// are the OSError subclasses CPython raises, naming the paths of the call.

import type { PyValue } from '../objects/object.js';
import { PyObject } from '../objects/object.js';
import { PyType, typeOf, typeType } from '../objects/type.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { newList } from '../objects/list.js';
import { PyTuple, tupleType } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { builtinFunction, defineMethods, defineStaticMethods, type NativeFn } from '../objects/builtin-function.js';
import { defineGetSets } from '../objects/descriptor.js';
import { raise, TypeError, ValueError, OverflowError, OSError } from '../objects/exception.js';
import { asIndex, call, repr } from '../objects/protocol.js';
import { ArgSpec } from '../builtins/args.js';
import { bufferOf, newBytes, PyBytes } from '../objects/bytes.js';
import { decodeBytes, encodeToBytes } from '../objects/codecs.js';
import { newFloat } from '../objects/float.js';
import { currentVM } from '../vm/current.js';
import { ProcessExit } from '../vm/limit-error.js';
import { makeStructSeqType, structSeq } from './struct-seq.js';
import { osCall, osError } from './os-errors.js';
import { OSFault, strerror, ENOTTY, EPERM, EINVAL } from '../os/errno.js';
import * as I from '../os/interface.js';
import type { Stat } from '../os/interface.js';

// ---------------------------------------------------------------------------------------------
// Arguments

/** Path: a path argument as the OS sees it (str), and whether the caller gave bytes. */
interface Path {
  text: string;
  bytes: boolean;
  given: PyValue;
}

/** fspath: os.fspath(v): str and bytes as they are, else type(v).__fspath__(v). */
export function fspath(v: PyValue): PyValue {
  if (typeof v === 'string' || v instanceof PyBytes) return v;
  const f = typeOf(v).lookup('__fspath__');
  if (f === undefined || f === None) raise(TypeError, `expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
  const r = call(f, [v]);
  if (typeof r === 'string' || r instanceof PyBytes) return r;
  return raise(TypeError, `expected ${typeOf(v).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
}

/** pathArg: a path argument; `also` names what else the function accepts, for the TypeError. */
function pathArg(v: PyValue | undefined, fname: string, argname = 'path', also = ''): Path {
  const given = v ?? '.';
  let p: PyValue = given;
  if (typeof p !== 'string' && !(p instanceof PyBytes)) {
    if (typeOf(p).lookup('__fspath__') === undefined) {
      const kinds = also === '' ? 'string, bytes or os.PathLike' : `string, bytes, os.PathLike${also}`;
      raise(TypeError, `${fname}: ${argname} should be ${kinds}, not ${typeOf(p).name}`);
    }
    p = fspath(p);
  }
  const bytes = p instanceof PyBytes;
  const text = bytes ? decodeBytes((p as PyBytes).data, 'utf-8', 'surrogateescape') : (p as string);
  if (text.includes('\0')) raise(ValueError, bytes ? `${fname}: embedded null character in ${argname}` : 'embedded null byte');
  return { text, bytes, given };
}

/** nameOut: a name the OS returned, as str or (for bytes paths) bytes. */
function nameOut(name: string, bytes: boolean): PyValue {
  return bytes ? newBytes(encodeToBytes(name, 'utf-8', 'surrogateescape')) : name;
}

function intArg(v: PyValue | undefined, what: string): number {
  if (v === undefined) raise(TypeError, `${what} missing`);
  if (typeof v === 'number') return v;
  const n = asIndex(v);
  if (typeof n === 'bigint') {
    if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) raise(OverflowError, 'Python int too large to convert to C long');
    return Number(n);
  }
  return n;
}

function fdArg(v: PyValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') raise(OverflowError, 'fd is greater than maximum');
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v === undefined ? 'NoneType' : typeOf(v).name;
  if (typeof v === 'object' && typeOf(v).lookup('__index__') !== undefined) return Number(asIndex(v));
  return raise(TypeError, `'${t}' object cannot be interpreted as an integer`);
}

const os = () => currentVM().os;

// ---------------------------------------------------------------------------------------------
// stat_result

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'];

/** statResultType: os.stat_result: a 10-tuple with the float and nanosecond times as attributes. */
export const statResultType = new PyType(typeType, 'stat_result', [tupleType], false);
statResultType.mro = [statResultType, ...tupleType.mro];
statResultType.native = tupleType;
statResultType.module = 'os';
statResultType.qualname = 'stat_result';
statResultType.attrs.set('n_fields', 19);
statResultType.attrs.set('n_sequence_fields', 10);
statResultType.attrs.set('n_unnamed_fields', 3);

class PyStatResult extends PyTuple {
  constructor(
    items: PyValue[],
    readonly st: Stat,
  ) {
    super(items, statResultType);
  }
}

function statOf(o: PyValue): Stat {
  if (o instanceof PyStatResult) return o.st;
  return raise(TypeError, 'descriptor requires an os.stat_result');
}

const NS = 1_000_000_000n;
const seconds = (ns: bigint): number => Number(ns / NS) + Number(ns % NS) / 1e9;
{
  const getsets: Record<string, { get: (o: PyValue) => PyValue }> = {};
  STAT_FIELDS.slice(0, 7).forEach((f, i) => (getsets[f] = { get: (o) => (o as PyTuple).items[i]! }));
  getsets.st_atime = { get: (o) => newFloat(seconds(statOf(o).atimeNs)) };
  getsets.st_mtime = { get: (o) => newFloat(seconds(statOf(o).mtimeNs)) };
  getsets.st_ctime = { get: (o) => newFloat(seconds(statOf(o).ctimeNs)) };
  getsets.st_atime_ns = { get: (o) => bigOrSmall(statOf(o).atimeNs) };
  getsets.st_mtime_ns = { get: (o) => bigOrSmall(statOf(o).mtimeNs) };
  getsets.st_ctime_ns = { get: (o) => bigOrSmall(statOf(o).ctimeNs) };
  getsets.st_blksize = { get: () => 4096 };
  getsets.st_blocks = { get: (o) => Math.ceil(statOf(o).size / 512) };
  getsets.st_rdev = { get: () => 0 };
  defineGetSets(statResultType, getsets);
  defineMethods(statResultType, {
    __repr__: (args) => {
      const items = (args[0] as PyTuple).items;
      return `os.stat_result(${STAT_FIELDS.map((f, i) => `${f}=${repr(items[i]!)}`).join(', ')})`;
    },
    __reduce__: (args) => new PyTuple([statResultType, new PyTuple([new PyTuple((args[0] as PyTuple).items)])]),
  });
  defineStaticMethods(statResultType, {
    __new__: () => raise(TypeError, "cannot create 'os.stat_result' instances"),
  });
}

function bigOrSmall(n: bigint): PyValue {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

export function newStatResult(st: Stat): PyStatResult {
  const items: PyValue[] = [st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, bigOrSmall(st.atimeNs / NS), bigOrSmall(st.mtimeNs / NS), bigOrSmall(st.ctimeNs / NS)];
  return new PyStatResult(items, st);
}

const terminalSizeType = makeStructSeqType('os', 'terminal_size', ['columns', 'lines']);
const timesResultType = makeStructSeqType('posix', 'times_result', ['user', 'system', 'children_user', 'children_system', 'elapsed']);
const unameResultType = makeStructSeqType('posix', 'uname_result', ['sysname', 'nodename', 'release', 'version', 'machine']);

// ---------------------------------------------------------------------------------------------
// The functions

const S = (name: string, spec: string) => new ArgSpec(name, spec);
const SPEC = {
  open: S('open', 'path, flags, mode=, *, dir_fd='),
  read: S('read', 'fd, length, /'),
  write: S('write', 'fd, data, /'),
  lseek: S('lseek', 'fd, position, whence, /'),
  fd: S('close', 'fd'),
  fdpos: S('fstat', 'fd'),
  ftruncate: S('ftruncate', 'fd, length, /'),
  truncate: S('truncate', 'path, length'),
  stat: S('stat', 'path, *, dir_fd=, follow_symlinks='),
  lstat: S('lstat', 'path, *, dir_fd='),
  listdir: S('listdir', 'path='),
  mkdir: S('mkdir', 'path, mode=, *, dir_fd='),
  onePath: S('rmdir', 'path, *, dir_fd='),
  rename: S('rename', 'src, dst, *, src_dir_fd=, dst_dir_fd='),
  chdir: S('chdir', 'path'),
  urandom: S('urandom', 'size, /'),
  putenv: S('putenv', 'name, value, /'),
  unsetenv: S('unsetenv', 'name, /'),
  umask: S('umask', 'mask, /'),
  strerror: S('strerror', 'code, /'),
  fspath: S('fspath', 'path'),
  access: S('access', 'path, mode, *, dir_fd=, effective_ids=, follow_symlinks='),
  chmod: S('chmod', 'path, mode, *, dir_fd=, follow_symlinks='),
  utime: S('utime', 'path, times=, *, ns=, dir_fd=, follow_symlinks='),
  readlink: S('readlink', 'path, *, dir_fd='),
  symlink: S('symlink', 'src, dst, target_is_directory=, *, dir_fd='),
  link: S('link', 'src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks='),
  exit: S('_exit', 'status'),
  terminal: S('get_terminal_size', 'fd=, /'),
  deviceEncoding: S('device_encoding', 'fd'),
};

function doStat(v: PyValue | undefined, follow: boolean, fname: string, acceptFd = true): PyValue {
  if (acceptFd && (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')) {
    const fd = fdArg(v);
    return newStatResult(osCall(() => os().fstat(fd)));
  }
  const p = pathArg(v, fname, 'path', acceptFd ? ' or integer' : '');
  return newStatResult(osCall(() => os().stat(p.text, follow), p.given));
}

function onePathCall(fname: string, op: (path: string) => void): NativeFn {
  const spec = S(fname, 'path, *, dir_fd=');
  return (args, kw) => {
    const [v] = spec.unpack(args, kw);
    const p = pathArg(v, fname);
    osCall(() => op(p.text), p.given);
    return None;
  };
}

function twoPathCall(fname: string, op: (a: string, b: string) => void): NativeFn {
  const spec = S(fname, 'src, dst, *, src_dir_fd=, dst_dir_fd=');
  return (args, kw) => {
    const [a, b] = spec.unpack(args, kw);
    const pa = pathArg(a, fname, 'src');
    const pb = pathArg(b, fname, 'dst');
    osCall(() => op(pa.text, pb.text), pa.given, pb.given);
    return None;
  };
}

function dataArg(v: PyValue | undefined): Uint8Array {
  const data = v === undefined ? undefined : bufferOf(v);
  if (data === undefined || typeof v === 'string') raise(TypeError, `a bytes-like object is required, not '${typeOf(v ?? None).name}'`);
  return data;
}

/** makePosixModule: the posix module for the current interpreter. */
export function makePosixModule(): PyModule {
  const m = new PyModule('posix');
  const d = m.dict;
  let umask = 0o022;
  const vm = currentVM();
  const env = new PyDict();
  for (const [k, v] of Object.entries(osCall(() => vm.os.environ()))) {
    env.set(newBytes(encodeToBytes(k, 'utf-8', 'surrogateescape')), newBytes(encodeToBytes(v, 'utf-8', 'surrogateescape')));
  }
  const fns: Record<string, NativeFn> = {
    open: (args, kw) => {
      const [path, flags, mode] = SPEC.open.unpack(args, kw);
      const p = pathArg(path, 'open');
      const f = intArg(flags, 'flags');
      const md = mode === undefined ? 0o777 : intArg(mode, 'mode');
      return osCall(() => os().open(p.text, f, md & ~umask), p.given);
    },
    read: (args, kw) => {
      const [fd, n] = SPEC.read.unpack(args, kw);
      const count = intArg(n, 'length');
      if (count < 0) osError(EINVAL);
      return newBytes(osCall(() => os().read(fdArg(fd), count)));
    },
    write: (args, kw) => {
      const [fd, data] = SPEC.write.unpack(args, kw);
      const bytes = dataArg(data);
      // bytes never change; a bytearray's contents are copied, since the OS may keep what it is given.
      const stable = data instanceof PyBytes ? bytes : bytes.slice();
      return osCall(() => os().write(fdArg(fd), stable));
    },
    lseek: (args, kw) => {
      const [fd, pos, how] = SPEC.lseek.unpack(args, kw);
      return osCall(() => os().lseek(fdArg(fd), intArg(pos, 'position'), intArg(how, 'whence')));
    },
    close: (args, kw) => {
      const [fd] = SPEC.fd.unpack(args, kw);
      osCall(() => os().close(fdArg(fd)));
      return None;
    },
    fstat: (args, kw) => {
      const [fd] = SPEC.fdpos.unpack(args, kw);
      return newStatResult(osCall(() => os().fstat(fdArg(fd))));
    },
    fsync: (args, kw) => {
      const [fd] = SPEC.fd.unpack(args, kw);
      osCall(() => os().fstat(fdArg(fd)));
      return None;
    },
    ftruncate: (args, kw) => {
      const [fd, n] = SPEC.ftruncate.unpack(args, kw);
      osCall(() => os().ftruncate(fdArg(fd), intArg(n, 'length')));
      return None;
    },
    truncate: (args, kw) => {
      const [path, n] = SPEC.truncate.unpack(args, kw);
      const length = intArg(n, 'length');
      if (typeof path === 'number') {
        osCall(() => os().ftruncate(path, length));
        return None;
      }
      const p = pathArg(path, 'truncate');
      osCall(() => {
        const fd = os().open(p.text, I.O_WRONLY, 0);
        try {
          os().ftruncate(fd, length);
        } finally {
          os().close(fd);
        }
      }, p.given);
      return None;
    },
    isatty: (args, kw) => {
      const [fd] = SPEC.fd.unpack(args, kw);
      return os().isatty(fdArg(fd));
    },
    stat: (args, kw) => {
      const [path, , follow] = SPEC.stat.unpack(args, kw);
      return doStat(path, follow === undefined || follow === true || (follow !== false && follow !== 0 && follow !== None), 'stat');
    },
    lstat: (args, kw) => {
      const [path] = SPEC.lstat.unpack(args, kw);
      return doStat(path, false, 'lstat', false);
    },
    listdir: (args, kw) => {
      const [path] = SPEC.listdir.unpack(args, kw);
      const p = pathArg(path === None ? undefined : path, 'listdir', 'path', ', integer or None');
      const names = osCall(() => os().listdir(p.text), p.given);
      return newList(names.map((n) => nameOut(n, p.bytes)));
    },
    mkdir: (args, kw) => {
      const [path, mode] = SPEC.mkdir.unpack(args, kw);
      const p = pathArg(path, 'mkdir');
      const md = mode === undefined ? 0o777 : intArg(mode, 'mode');
      osCall(() => os().mkdir(p.text, md & ~umask), p.given);
      return None;
    },
    rmdir: onePathCall('rmdir', (p) => os().rmdir(p)),
    unlink: onePathCall('unlink', (p) => os().unlink(p)),
    remove: onePathCall('remove', (p) => os().unlink(p)),
    rename: twoPathCall('rename', (a, b) => os().rename(a, b)),
    replace: twoPathCall('replace', (a, b) => os().rename(a, b)),
    getcwd: () => osCall(() => os().getcwd()),
    getcwdb: () => nameOut(osCall(() => os().getcwd()), true),
    chdir: (args, kw) => {
      const [path] = SPEC.chdir.unpack(args, kw);
      const p = pathArg(path, 'chdir');
      osCall(() => os().chdir(p.text), p.given);
      return None;
    },
    urandom: (args, kw) => {
      const [n] = SPEC.urandom.unpack(args, kw);
      const size = intArg(n, 'size');
      if (size < 0) raise(ValueError, 'negative argument not allowed');
      return newBytes(osCall(() => os().urandom(size)));
    },
    putenv: (args, kw) => {
      const [name, value] = SPEC.putenv.unpack(args, kw);
      const k = pathArg(name, 'putenv', 'name').text;
      pathArg(value, 'putenv', 'value');
      if (k.includes('=')) raise(ValueError, 'illegal environment variable name');
      if (k === '') osError(EINVAL);
      return None;
    },
    unsetenv: (args, kw) => {
      const [name] = SPEC.unsetenv.unpack(args, kw);
      const k = pathArg(name, 'unsetenv', 'name').text;
      if (k.includes('=')) raise(ValueError, 'illegal environment variable name');
      if (k === '') osError(EINVAL);
      return None;
    },
    getpid: () => 1,
    getppid: () => 0,
    getuid: () => 0,
    geteuid: () => 0,
    getgid: () => 0,
    getegid: () => 0,
    umask: (args, kw) => {
      const [mask] = SPEC.umask.unpack(args, kw);
      const old = umask;
      umask = intArg(mask, 'mask') & 0o777;
      return old;
    },
    strerror: (args, kw) => {
      const [code] = SPEC.strerror.unpack(args, kw);
      return strerror(intArg(code, 'code'));
    },
    fspath: (args, kw) => {
      const [p] = SPEC.fspath.unpack(args, kw);
      return fspath(p!);
    },
    device_encoding: (args, kw) => {
      SPEC.deviceEncoding.unpack(args, kw);
      return None;
    },
    access: (args, kw) => {
      const [path, mode] = SPEC.access.unpack(args, kw);
      const p = pathArg(path, 'access');
      intArg(mode, 'mode');
      try {
        os().stat(p.text, true);
        return true;
      } catch (e) {
        // Only the OS's answer means "no": a stop (a limit, a replay divergence) must go through.
        if (e instanceof OSFault) return false;
        throw e;
      }
    },
    // The sandbox does not model permission bits or settable times: these check that the path
    // exists (raising as CPython would when it does not) and change nothing.
    chmod: (args, kw) => {
      const [path, mode] = SPEC.chmod.unpack(args, kw);
      intArg(mode, 'mode');
      doStat(path, true, 'chmod');
      return None;
    },
    utime: (args, kw) => {
      const [path] = SPEC.utime.unpack(args, kw);
      doStat(path, true, 'utime');
      return None;
    },
    readlink: (args, kw) => {
      const [path] = SPEC.readlink.unpack(args, kw);
      const p = pathArg(path, 'readlink');
      osCall(() => os().stat(p.text, false), p.given);
      return osError(EINVAL, p.given);
    },
    symlink: (args, kw) => {
      const [a, b] = SPEC.symlink.unpack(args, kw);
      const pa = pathArg(a, 'symlink', 'src');
      const pb = pathArg(b, 'symlink', 'dst');
      return osError(EPERM, pa.given, pb.given);
    },
    link: (args, kw) => {
      const [a, b] = SPEC.link.unpack(args, kw);
      const pa = pathArg(a, 'link', 'src');
      const pb = pathArg(b, 'link', 'dst');
      return osError(EPERM, pa.given, pb.given);
    },
    cpu_count: () => 1,
    get_terminal_size: (args, kw) => {
      SPEC.terminal.unpack(args, kw);
      return osError(ENOTTY);
    },
    times: () => {
      const t = seconds(osCall(() => os().clock('process')));
      const e = seconds(osCall(() => os().clock('monotonic')));
      return structSeq(timesResultType, [newFloat(t), newFloat(0), newFloat(0), newFloat(0), newFloat(e)]);
    },
    uname: () => structSeq(unameResultType, ['Terrarium', 'sandbox', '0.1.0', '#1', 'virtual']),
    _exit: (args, kw) => {
      const [status] = SPEC.exit.unpack(args, kw);
      throw new ProcessExit(intArg(status, 'status') & 0xff);
    },
  };
  for (const [name, fn] of Object.entries(fns)) d.setStr(name, builtinFunction(name, fn));
  d.setStr('environ', env);
  d.setStr('error', OSError);
  d.setStr('stat_result', statResultType);
  d.setStr('terminal_size', terminalSizeType);
  d.setStr('times_result', timesResultType);
  d.setStr('uname_result', unameResultType);
  const consts: Record<string, number> = {
    O_RDONLY: I.O_RDONLY, O_WRONLY: I.O_WRONLY, O_RDWR: I.O_RDWR, O_ACCMODE: I.O_ACCMODE, O_CREAT: I.O_CREAT,
    O_EXCL: I.O_EXCL, O_NOCTTY: I.O_NOCTTY, O_TRUNC: I.O_TRUNC, O_APPEND: I.O_APPEND, O_NONBLOCK: I.O_NONBLOCK,
    O_NDELAY: I.O_NONBLOCK, O_DIRECTORY: I.O_DIRECTORY, O_NOFOLLOW: I.O_NOFOLLOW, O_CLOEXEC: I.O_CLOEXEC,
    O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_RSYNC: 0o4010000,
    SEEK_SET: I.SEEK_SET, SEEK_CUR: I.SEEK_CUR, SEEK_END: I.SEEK_END,
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
    EX_OK: 0,
  };
  for (const [k, v] of Object.entries(consts)) d.setStr(k, v);
  return m;
}

