// sys.stdin, sys.stdout and sys.stderr: native text streams over descriptors 0, 1 and 2 of the
// OS interface (print() is the hottest IO path, so it does not go through the Python io stack).
// They behave as CPython's TextIOWrapper objects for the standard streams: UTF-8, lines ending
// at '\n' with nothing translated (newline='\n', as on POSIX), errors='strict' (backslashreplace
// on stderr), a `buffer` attribute with the binary layer, fileno() 0-2, and ValueError after
// close(). input() is here too.

import type { PyValue } from '../objects/object.js';
import { PyObject } from '../objects/object.js';
import { makeBuiltinType, typeOf } from '../objects/type.js';
import { newList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { builtinFunction, defineMethods } from '../objects/builtin-function.js';
import { defineGetSets } from '../objects/descriptor.js';
import { PyException, raise, TypeError, ValueError, EOFError, StopIteration, RuntimeError, newException } from '../objects/exception.js';
import { asIndex, call, callMethod, getIter, iterNext, strLength, str as pyStr } from '../objects/protocol.js';
import { ArgSpec } from '../builtins/args.js';
import { bufferOf, newBytes } from '../objects/bytes.js';
import { encodeToBytes } from '../objects/codecs.js';
import { currentVM } from '../vm/current.js';
import { osCall } from './os-errors.js';
import { concat } from '../os/filesystem.js';

const textType = makeBuiltinType('TextIOWrapper', undefined, { module: '_io' });
const writerType = makeBuiltinType('BufferedWriter', undefined, { module: '_io' });
const readerType = makeBuiltinType('BufferedReader', undefined, { module: '_io' });

const utf8 = new TextEncoder();

/** StdStream: the shared state of one standard stream (its text and binary faces). */
class StdState {
  closed = false;
  /** pending: decoded input not yet returned (stdin). */
  pending = '';
  eof = false;
  decoder = new TextDecoder('utf-8');
  constructor(
    readonly fd: number,
    readonly name: string,
    readonly errors: string,
  ) {}
}

export class PyStdText extends PyObject {
  readonly buffer: PyStdBinary;
  constructor(readonly s: StdState) {
    super(textType);
    this.buffer = new PyStdBinary(s);
  }
}

export class PyStdBinary extends PyObject {
  constructor(readonly s: StdState) {
    super(s.fd === 0 ? readerType : writerType);
  }
}

function stateOf(o: PyValue): StdState {
  if (o instanceof PyStdText || o instanceof PyStdBinary) return o.s;
  return raise(TypeError, 'descriptor requires a standard stream');
}

function checkOpen(s: StdState): void {
  if (s.closed) raise(ValueError, 'I/O operation on closed file.');
}

function writeBytes(s: StdState, data: Uint8Array): void {
  const vm = currentVM();
  osCall(() => vm.os.write(s.fd, data));
}

function encode(s: StdState, text: string): Uint8Array {
  // Lone surrogates cannot be encoded by the strict handler (TextEncoder would replace them).
  if (!text.isWellFormed()) return encodeToBytes(text, 'utf-8', s.errors);
  return utf8.encode(text);
}

/** fill: reads one more chunk of stdin into `pending`; false at end of input. */
function fill(s: StdState): boolean {
  if (s.eof) return false;
  const vm = currentVM();
  const chunk = osCall(() => vm.os.read(s.fd, 8192));
  if (chunk.length === 0) {
    s.eof = true;
    s.pending += s.decoder.decode();
  } else {
    // As CPython's standard streams on POSIX (newline='\n'): lines end at '\n', nothing is translated.
    s.pending += s.decoder.decode(chunk, { stream: true });
  }
  return true;
}

/** unitsOf: the UTF-16 units that hold the first `n` code points of `text`, or -1 if it has fewer. */
function unitsOf(text: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n; k++) {
    if (i >= text.length) return -1;
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

// Sizes count code points (a JS string counts UTF-16 units).
function readLine(s: StdState, limit: number): string {
  for (;;) {
    const nl = s.pending.indexOf('\n');
    const cut = limit >= 0 ? unitsOf(s.pending, limit) : -1;
    if (nl >= 0 && (cut < 0 || nl < cut)) {
      const line = s.pending.slice(0, nl + 1);
      s.pending = s.pending.slice(nl + 1);
      return line;
    }
    if (cut >= 0) {
      const line = s.pending.slice(0, cut);
      s.pending = s.pending.slice(cut);
      return line;
    }
    if (!fill(s)) {
      const line = s.pending;
      s.pending = '';
      return line;
    }
  }
}

function readAll(s: StdState, n: number): string {
  while ((n < 0 || unitsOf(s.pending, n) < 0) && fill(s));
  const cut = n < 0 ? -1 : unitsOf(s.pending, n);
  const take = cut < 0 ? s.pending.length : cut;
  const out = s.pending.slice(0, take);
  s.pending = s.pending.slice(take);
  return out;
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = asIndex(v);
  return Number(n);
}

const WRITE = new ArgSpec('write', 's, /');
const READ = new ArgSpec('read', 'size=, /');
const READLINE = new ArgSpec('readline', 'size=, /');
const WRITELINES = new ArgSpec('writelines', 'lines, /');

function checkReadable(s: StdState): void {
  checkOpen(s);
  if (s.fd !== 0) raise(unsupported(), 'not readable');
}

function checkWritable(s: StdState): void {
  checkOpen(s);
  if (s.fd === 0) raise(unsupported(), 'not writable');
}

/** unsupported: io.UnsupportedOperation when the io module is loaded, else OSError's subclass ValueError. */
function unsupported(): import('../objects/type.js').PyType {
  const io = currentVM().modules.getStr('io');
  const t = io !== undefined ? (io as PyObject).dict?.getStr('UnsupportedOperation') : undefined;
  return (t as import('../objects/type.js').PyType | undefined) ?? ValueError;
}

defineMethods(textType, {
  write: (args, kw) => {
    const s = stateOf(args[0]!);
    const [text] = WRITE.unpack(args, kw, 1);
    if (typeof text !== 'string') raise(TypeError, `write() argument must be str, not ${text === None ? 'None' : typeOf(text!).name}`);
    checkWritable(s);
    writeBytes(s, encode(s, text));
    return strLength(text);
  },
  writelines: (args, kw) => {
    const [lines] = WRITELINES.unpack(args, kw, 1);
    checkOpen(stateOf(args[0]!));
    // As IOBase.writelines: each item goes through the stream's write().
    const it = getIter(lines!);
    for (let line = iterNext(it); line !== undefined; line = iterNext(it)) callMethod(args[0]!, 'write', [line]);
    return None;
  },
  read: (args, kw) => {
    const s = stateOf(args[0]!);
    const [n] = READ.unpack(args, kw, 1);
    checkReadable(s);
    return readAll(s, sizeArg(n));
  },
  readline: (args, kw) => {
    const s = stateOf(args[0]!);
    const [n] = READLINE.unpack(args, kw, 1);
    checkReadable(s);
    return readLine(s, sizeArg(n));
  },
  readlines: (args) => {
    const s = stateOf(args[0]!);
    checkReadable(s);
    const lines: string[] = [];
    for (let l = readLine(s, -1); l !== ''; l = readLine(s, -1)) lines.push(l);
    return newList(lines);
  },
  __iter__: (args) => {
    checkOpen(stateOf(args[0]!));
    return args[0]!;
  },
  __next__: (args) => {
    const s = stateOf(args[0]!);
    checkReadable(s);
    const line = readLine(s, -1);
    if (line === '') throw newException(StopIteration);
    return line;
  },
  flush: (args) => {
    checkOpen(stateOf(args[0]!));
    return None;
  },
  close: (args) => {
    stateOf(args[0]!).closed = true;
    return None;
  },
  fileno: (args) => stateOf(args[0]!).fd,
  isatty: (args) => {
    const s = stateOf(args[0]!);
    checkOpen(s);
    return currentVM().os.isatty(s.fd);
  },
  readable: (args) => {
    const s = stateOf(args[0]!);
    checkOpen(s);
    return s.fd === 0;
  },
  writable: (args) => {
    const s = stateOf(args[0]!);
    checkOpen(s);
    return s.fd !== 0;
  },
  seekable: () => false,
  __enter__: (args) => {
    checkOpen(stateOf(args[0]!));
    return args[0]!;
  },
  __exit__: (args) => {
    stateOf(args[0]!).closed = true;
    return None;
  },
  __repr__: (args) => {
    const s = stateOf(args[0]!);
    return `<_io.TextIOWrapper name='${s.name}' mode='${s.fd === 0 ? 'r' : 'w'}' encoding='utf-8'>`;
  },
});
defineGetSets(textType, {
  encoding: { get: () => 'utf-8' },
  errors: { get: (o) => stateOf(o).errors },
  name: { get: (o) => stateOf(o).name },
  mode: { get: (o) => (stateOf(o).fd === 0 ? 'r' : 'w') },
  closed: { get: (o) => stateOf(o).closed },
  line_buffering: { get: () => false },
  newlines: { get: () => None },
  buffer: { get: (o) => (o as PyStdText).buffer },
});

defineMethods(writerType, {
  write: (args, kw) => {
    const s = stateOf(args[0]!);
    const [data] = WRITE.unpack(args, kw, 1);
    checkOpen(s);
    if (typeof data === 'string') raise(TypeError, "a bytes-like object is required, not 'str'");
    const bytes = bufferOf(data!);
    if (bytes === undefined) raise(TypeError, `a bytes-like object is required, not '${typeOf(data!).name}'`);
    writeBytes(s, bytes.slice());
    return bytes.length;
  },
  flush: (args) => {
    checkOpen(stateOf(args[0]!));
    return None;
  },
  fileno: (args) => stateOf(args[0]!).fd,
  writable: () => true,
  readable: () => false,
  __repr__: (args) => `<_io.BufferedWriter name='${stateOf(args[0]!).name}'>`,
});
defineMethods(readerType, {
  read: (args, kw) => {
    const s = stateOf(args[0]!);
    const [n] = READ.unpack(args, kw, 1);
    checkOpen(s);
    // Text already decoded goes back to bytes first, so that mixing the two layers loses nothing.
    const size = sizeArg(n);
    const chunks: Uint8Array[] = [];
    let have = 0;
    if (s.pending !== '') {
      const b = utf8.encode(s.pending);
      s.pending = '';
      chunks.push(b);
      have = b.length;
    }
    const vm = currentVM();
    while (size < 0 || have < size) {
      const c = osCall(() => vm.os.read(s.fd, size < 0 ? 65536 : size - have));
      if (c.length === 0) break;
      chunks.push(c);
      have += c.length;
    }
    const all = concat(chunks);
    if (size >= 0 && all.length > size) {
      s.pending = new TextDecoder().decode(all.subarray(size));
      return newBytes(all.slice(0, size));
    }
    return newBytes(all.slice());
  },
  read1: (args, kw) => call(readerType.lookup('read')!, args, kw),
  flush: (args) => {
    checkOpen(stateOf(args[0]!));
    return None;
  },
  fileno: (args) => stateOf(args[0]!).fd,
  readable: () => true,
  writable: () => false,
  __repr__: (args) => `<_io.BufferedReader name='${stateOf(args[0]!).name}'>`,
});
for (const t of [writerType, readerType]) {
  defineMethods(t, {
    seekable: () => false,
    isatty: (args) => {
      const s = stateOf(args[0]!);
      checkOpen(s);
      return currentVM().os.isatty(s.fd);
    },
    tell: (args) => {
      const s = stateOf(args[0]!);
      return osCall(() => currentVM().os.lseek(s.fd, 0, 1));
    },
    close: (args) => {
      stateOf(args[0]!).closed = true;
      return None;
    },
    __enter__: (args) => args[0]!,
    __exit__: (args) => {
      stateOf(args[0]!).closed = true;
      return None;
    },
  });
  defineGetSets(t, {
    name: { get: (o) => stateOf(o).name },
    closed: { get: (o) => stateOf(o).closed },
    mode: { get: (o) => (stateOf(o).fd === 0 ? 'rb' : 'wb') },
  });
}

/** makeStdStreams: stdin, stdout and stderr for a new interpreter. */
export function makeStdStreams(): [PyStdText, PyStdText, PyStdText] {
  return [
    new PyStdText(new StdState(0, '<stdin>', 'strict')),
    new PyStdText(new StdState(1, '<stdout>', 'strict')),
    new PyStdText(new StdState(2, '<stderr>', 'backslashreplace')),
  ];
}

const INPUT = new ArgSpec('input', 'prompt=, /');

/** input([prompt]): writes the prompt to sys.stdout, reads a line from sys.stdin. */
export const builtinInput = builtinFunction('input', (args, kw) => {
  const [prompt] = INPUT.unpack(args, kw);
  const sys = currentVM().sys.dict;
  const stdin = sys.getStr('stdin');
  const stdout = sys.getStr('stdout');
  if (stdin === undefined || stdin === None) raise(RuntimeError, 'input(): lost sys.stdin');
  if (stdout === undefined || stdout === None) raise(RuntimeError, 'input(): lost sys.stdout');
  if (prompt !== undefined) {
    callMethod(stdout, 'write', [pyStr(prompt)]);
  }
  try {
    callMethod(stdout, 'flush');
  } catch (e) {
    // As CPython: a failing flush of the prompt does not stop input().
    if (!(e instanceof PyException)) throw e;
  }
  const line = callMethod(stdin, 'readline');
  if (typeof line !== 'string') raise(TypeError, 'object.readline() returned non-string');
  if (line === '') raise(EOFError, 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
});

