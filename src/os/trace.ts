// The controller's log: TracingOS wraps any OS and reports every call with its arguments and its
// result (or errno) as one JSON line; ReplayOS answers a program's calls from such a log instead
// of a world, and stops the run at the first call that differs from the recording.
//
// A record line: {"n":1,"call":"open","args":["/data/in.txt",0,438],"ret":3}
// or, for a failed call, {"n":2,"call":"stat","args":["/x",true],"errno":2}.
// Bytes are {"b64":"..."} in full logs (--record) and {"bytes":N,"text":"first 60 chars"} in
// summaries (--trace); bigints (nanoseconds) are {"ns":"123"}.

import { OSFault } from './errno.js';
import type { ClockId, OS, Stat } from './interface.js';
import { VMStop } from '../vm/limit-error.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** LogRecord: one call in the log. */
export interface LogRecord {
  n: number;
  call: string;
  args: Json[];
  ret?: Json;
  errno?: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i]!;
    const b = data[i + 1];
    const c = data[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : B64[c & 63]!;
  }
  return out;
}

function fromBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of clean) {
    const v = B64.indexOf(ch);
    if (v < 0) throw new Error('bad base64 in the log');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

function encode(v: unknown, full: boolean): Json {
  if (v === undefined) return null;
  if (v instanceof Uint8Array) {
    if (full) return { b64: toBase64(v) };
    const text = new TextDecoder().decode(v.subarray(0, 60));
    return { bytes: v.length, text };
  }
  if (typeof v === 'bigint') return { ns: v.toString() };
  if (Array.isArray(v)) return v.map((x) => encode(x, full));
  if (v !== null && typeof v === 'object') {
    const o: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v)) o[k] = encode(x, full);
    return o;
  }
  return v as Json;
}

function decodeBytes(j: Json | undefined): Uint8Array {
  if (j !== null && typeof j === 'object' && !Array.isArray(j) && typeof j.b64 === 'string') return fromBase64(j.b64);
  throw new ReplayError('the log has no data for this call (was it written with --trace instead of --record?)');
}

function decodeNs(j: Json | undefined): bigint {
  if (j !== null && typeof j === 'object' && !Array.isArray(j) && typeof j.ns === 'string') return BigInt(j.ns);
  throw new ReplayError('the log has no time for this call');
}

function decodeStat(j: Json | undefined): Stat {
  const o = j as { [k: string]: Json };
  return {
    mode: o.mode as number,
    ino: o.ino as number,
    dev: o.dev as number,
    nlink: o.nlink as number,
    uid: o.uid as number,
    gid: o.gid as number,
    size: o.size as number,
    atimeNs: decodeNs(o.atimeNs),
    mtimeNs: decodeNs(o.mtimeNs),
    ctimeNs: decodeNs(o.ctimeNs),
  };
}

/** TracingOS: forwards every call to `inner` and logs it. */
export class TracingOS implements OS {
  private n = 0;
  constructor(
    private readonly inner: OS,
    private readonly sink: (line: string) => void,
    private readonly options: { full?: boolean } = {},
  ) {}

  private log<T>(call: string, args: unknown[], f: () => T): T {
    const rec: LogRecord = { n: ++this.n, call, args: args.map((a) => encode(a, this.options.full ?? false)) };
    try {
      const r = f();
      rec.ret = encode(r, this.options.full ?? false);
      return r;
    } catch (e) {
      if (e instanceof OSFault) rec.errno = e.errno;
      throw e;
    } finally {
      this.sink(JSON.stringify(rec));
    }
  }

  open(path: string, flags: number, mode: number): number {
    return this.log('open', [path, flags, mode], () => this.inner.open(path, flags, mode));
  }
  read(fd: number, count: number): Uint8Array {
    return this.log('read', [fd, count], () => this.inner.read(fd, count));
  }
  write(fd: number, data: Uint8Array): number {
    return this.log('write', [fd, data], () => this.inner.write(fd, data));
  }
  lseek(fd: number, offset: number, whence: number): number {
    return this.log('lseek', [fd, offset, whence], () => this.inner.lseek(fd, offset, whence));
  }
  close(fd: number): void {
    this.log('close', [fd], () => this.inner.close(fd));
  }
  fstat(fd: number): Stat {
    return this.log('fstat', [fd], () => this.inner.fstat(fd));
  }
  ftruncate(fd: number, length: number): void {
    this.log('ftruncate', [fd, length], () => this.inner.ftruncate(fd, length));
  }
  isatty(fd: number): boolean {
    return this.log('isatty', [fd], () => this.inner.isatty(fd));
  }
  stat(path: string, followSymlinks: boolean): Stat {
    return this.log('stat', [path, followSymlinks], () => this.inner.stat(path, followSymlinks));
  }
  listdir(path: string): string[] {
    return this.log('listdir', [path], () => this.inner.listdir(path));
  }
  mkdir(path: string, mode: number): void {
    this.log('mkdir', [path, mode], () => this.inner.mkdir(path, mode));
  }
  rmdir(path: string): void {
    this.log('rmdir', [path], () => this.inner.rmdir(path));
  }
  unlink(path: string): void {
    this.log('unlink', [path], () => this.inner.unlink(path));
  }
  rename(src: string, dst: string): void {
    this.log('rename', [src, dst], () => this.inner.rename(src, dst));
  }
  getcwd(): string {
    return this.log('getcwd', [], () => this.inner.getcwd());
  }
  chdir(path: string): void {
    this.log('chdir', [path], () => this.inner.chdir(path));
  }
  clock(id: ClockId): bigint {
    return this.log('clock', [id], () => this.inner.clock(id));
  }
  sleep(ns: bigint): void {
    this.log('sleep', [ns], () => this.inner.sleep(ns));
  }
  urandom(n: number): Uint8Array {
    return this.log('urandom', [n], () => this.inner.urandom(n));
  }
  environ(): Record<string, string> {
    return this.log('environ', [], () => this.inner.environ());
  }
  argv(): string[] {
    return this.log('argv', [], () => this.inner.argv());
  }
  exit(status: number): void {
    this.log('exit', [status], () => this.inner.exit(status));
  }
}

/** ReplayError: a log that cannot be replayed (malformed, or written without the data). */
export class ReplayError extends Error {}

/** ReplayDivergence: the program made a call the log does not have; the run stops there. */
export class ReplayDivergence extends VMStop {
  constructor(
    readonly call: number,
    readonly message: string,
  ) {
    super();
  }
}

/** describe: a call as it reads in a divergence report: open("/x", 0, 438). */
function describe(call: string, args: Json[]): string {
  const show = (a: Json): string => {
    if (a !== null && typeof a === 'object' && !Array.isArray(a) && typeof a.b64 === 'string') {
      const data = fromBase64(a.b64);
      const text = new TextDecoder().decode(data.subarray(0, 40));
      return `<${data.length} bytes: ${JSON.stringify(text)}${data.length > 40 ? '...' : ''}>`;
    }
    return JSON.stringify(a);
  };
  return `${call}(${args.map(show).join(', ')})`;
}

/**
 * ReplayOS: answers each call with the next record of a log, if it is the same call with the same
 * arguments; otherwise the run stops with ReplayDivergence naming the first difference. What the
 * program writes to descriptors 1 and 2 still reaches the given streams, so a replay shows the
 * recorded run's output.
 */
export class ReplayOS implements OS {
  private readonly records: LogRecord[];
  private at = 0;
  /** divergence: the report of the first difference, once there is one. */
  divergence: string | null = null;

  constructor(
    log: string,
    private readonly streams: { stdout?: (data: Uint8Array) => void; stderr?: (data: Uint8Array) => void } = {},
  ) {
    this.records = log
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l, i) => {
        try {
          return JSON.parse(l) as LogRecord;
        } catch {
          throw new ReplayError(`line ${i + 1} of the log is not JSON`);
        }
      });
  }

  /** finished: whether every record of the log was replayed. */
  get finished(): boolean {
    return this.at >= this.records.length;
  }

  private next(call: string, args: unknown[]): LogRecord {
    if (this.divergence !== null) throw new ReplayDivergence(this.at + 1, this.divergence);
    const enc = args.map((a) => encode(a, true));
    const rec = this.records[this.at];
    const n = this.at + 1;
    if (rec === undefined) {
      this.diverge(n, `replay diverged at call ${n}: the log ended, the program made ${describe(call, enc)}`);
    }
    if (rec.call !== call || JSON.stringify(rec.args) !== JSON.stringify(enc)) {
      this.diverge(n, `replay diverged at call ${n}: the log has ${describe(rec.call, rec.args)}, the program made ${describe(call, enc)}`);
    }
    this.at++;
    if (rec.errno !== undefined) throw new OSFault(rec.errno);
    return rec;
  }

  private diverge(n: number, message: string): never {
    // The first difference is the one reported; after it every call fails the same way.
    this.divergence ??= message;
    throw new ReplayDivergence(n, this.divergence);
  }

  open(path: string, flags: number, mode: number): number {
    return this.next('open', [path, flags, mode]).ret as number;
  }
  read(fd: number, count: number): Uint8Array {
    return decodeBytes(this.next('read', [fd, count]).ret);
  }
  write(fd: number, data: Uint8Array): number {
    const r = this.next('write', [fd, data]).ret as number;
    if (fd === 1) this.streams.stdout?.(data);
    if (fd === 2) this.streams.stderr?.(data);
    return r;
  }
  lseek(fd: number, offset: number, whence: number): number {
    return this.next('lseek', [fd, offset, whence]).ret as number;
  }
  close(fd: number): void {
    this.next('close', [fd]);
  }
  fstat(fd: number): Stat {
    return decodeStat(this.next('fstat', [fd]).ret);
  }
  ftruncate(fd: number, length: number): void {
    this.next('ftruncate', [fd, length]);
  }
  isatty(fd: number): boolean {
    return this.next('isatty', [fd]).ret as boolean;
  }
  stat(path: string, followSymlinks: boolean): Stat {
    return decodeStat(this.next('stat', [path, followSymlinks]).ret);
  }
  listdir(path: string): string[] {
    return this.next('listdir', [path]).ret as string[];
  }
  mkdir(path: string, mode: number): void {
    this.next('mkdir', [path, mode]);
  }
  rmdir(path: string): void {
    this.next('rmdir', [path]);
  }
  unlink(path: string): void {
    this.next('unlink', [path]);
  }
  rename(src: string, dst: string): void {
    this.next('rename', [src, dst]);
  }
  getcwd(): string {
    return this.next('getcwd', []).ret as string;
  }
  chdir(path: string): void {
    this.next('chdir', [path]);
  }
  clock(id: ClockId): bigint {
    return decodeNs(this.next('clock', [id]).ret);
  }
  sleep(ns: bigint): void {
    this.next('sleep', [ns]);
  }
  urandom(n: number): Uint8Array {
    return decodeBytes(this.next('urandom', [n]).ret);
  }
  environ(): Record<string, string> {
    return this.next('environ', []).ret as Record<string, string>;
  }
  argv(): string[] {
    return this.next('argv', []).ret as string[];
  }
  exit(status: number): void {
    this.next('exit', [status]);
    if (!this.finished) {
      const rec = this.records[this.at]!;
      this.divergence ??= `replay diverged at call ${this.at + 1}: the program ended, the log has ${describe(rec.call, rec.args)}`;
    }
  }
}

