// The world the terrarium command gives a script: by default an empty, writable in-memory file
// system holding only the script itself, a virtual clock, seeded entropy and an empty
// environment. The flags add to it: host directories mounted read-only or read-write, a working
// directory, environment variables, a seed, the host's clock and entropy, and a log of every OS
// call (--trace, --record) or a replay of one (--replay). With --isolate the program runs in a
// worker thread and this world answers its calls from the main thread (src/os/host-isolate.ts).

import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { MemoryOS } from '../os/memory.js';
import { HostDirectory } from '../os/host-mount.js';
import { hostClock, hostEntropy, hostSleep, hostStdin } from '../os/host-world.js';
import { ReplayOS, TracingOS } from '../os/trace.js';
import type { OS } from '../os/interface.js';
import type { AsyncOS } from '../os/host-isolate.js';

/** WorldFlags: the command-line flags that shape the world. */
export interface WorldFlags {
  mounts: { host: string; guest: string; writable: boolean }[];
  cwd?: string;
  env: Record<string, string>;
  seed?: number;
  realTime: boolean;
  trace?: string;
  record?: string;
  replay?: string;
  changes: boolean;
  limits: Record<string, number>;
  stats: boolean;
  /** isolate: run the interpreter in a worker thread (--isolate). */
  isolate: boolean;
}

export function emptyFlags(): WorldFlags {
  return { mounts: [], env: {}, realTime: false, changes: false, limits: {}, stats: false, isolate: false };
}

/**
 * count: a whole number from a flag, with K/M/G suffixes: powers of 1024 for sizes (`size`),
 * of 1000 for counts.
 */
function count(flag: string, v: string, size: boolean): number {
  const m = /^(\d+)([kKmMgG]?)$/.exec(v);
  if (m === null) throw new FlagError(`${flag} expects a whole number${size ? ' of bytes' : ''} (suffixes K, M, G), not ${v}`);
  const base = size ? 1024 : 1000;
  const exp = { '': 0, k: 1, m: 2, g: 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Number(m[1]) * base ** exp;
  if (!Number.isSafeInteger(n)) throw new FlagError(`${flag}: too large: ${v}`);
  return n;
}

/** FlagError: a flag with a bad value; the command prints it with the usage and exits 2. */
export class FlagError {
  constructor(readonly message: string) {}
}

/** WORLD_FLAGS: the flags taking a value, and what they do with it. */
export const WORLD_FLAGS: Record<string, (flags: WorldFlags, value: string) => void> = {
  '--mount': (f, v) => {
    const parts = v.split(':');
    let mode = 'ro';
    if (parts.length === 3) mode = parts.pop()!;
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') throw new FlagError(`--mount expects HOST:GUEST[:ro|:rw], not ${v}`);
    if (mode !== 'ro' && mode !== 'rw') throw new FlagError(`--mount mode must be ro or rw, not ${mode}`);
    const [host, guest] = parts as [string, string];
    if (!isAbsolute(guest)) throw new FlagError(`--mount: the guest path must be absolute: ${guest}`);
    if (guest.split('/').filter((p) => p !== '' && p !== '.').length === 0) throw new FlagError('--mount: cannot mount over /');
    let isDir = false;
    try {
      isDir = statSync(host).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new FlagError(`--mount: no such host directory: ${host}`);
    f.mounts.push({ host: resolve(host), guest, writable: mode === 'rw' });
  },
  '--cwd': (f, v) => {
    if (!isAbsolute(v)) throw new FlagError(`--cwd expects an absolute guest path, not ${v}`);
    f.cwd = v;
  },
  '--env': (f, v) => {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new FlagError(`--env expects KEY=VALUE, not ${v}`);
    f.env[v.slice(0, eq)] = v.slice(eq + 1);
  },
  '--seed': (f, v) => {
    if (!/^\d+$/.test(v) || Number(v) > 0xffffffff) throw new FlagError(`--seed expects an integer from 0 to 4294967295, not ${v}`);
    f.seed = Number(v);
  },
  '--max-instructions': (f, v) => {
    f.limits.instructions = count('--max-instructions', v, false);
  },
  '--max-heap': (f, v) => {
    f.limits.heap = count('--max-heap', v, true);
  },
  '--max-depth': (f, v) => {
    const n = count('--max-depth', v, false);
    if (n < 1) throw new FlagError('--max-depth must be at least 1');
    f.limits.recursion = n;
  },
  '--max-output': (f, v) => {
    f.limits.output = count('--max-output', v, true);
  },
  '--timeout': (f, v) => {
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(v) || !(Number(v) > 0)) throw new FlagError(`--timeout expects a positive number of seconds, not ${v}`);
    f.limits.timeout = Math.ceil(Number(v) * 1000);
  },
  '--trace': (f, v) => {
    f.trace = v;
  },
  '--record': (f, v) => {
    f.record = v;
  },
  '--replay': (f, v) => {
    f.replay = v;
  },
};

/** checkFlags: combinations that make no sense. */
export function checkFlags(f: WorldFlags): void {
  if (f.replay !== undefined && (f.record !== undefined || f.trace !== undefined)) throw new FlagError('--replay cannot be combined with --trace or --record');
  if (f.replay !== undefined && (f.realTime || f.mounts.length > 0 || f.seed !== undefined)) {
    throw new FlagError('--replay answers every call from the log: --mount, --seed and --real-time do not apply');
  }
}

/** World: the OS for a run, and what to do when it ends. */
export interface World {
  os: OS;
  /**
   * controller: what answers an isolated run's calls: `os`, except that with --real-time a sleep
   * waits on a timer instead of blocking the main thread (the worker waits for the answer).
   */
  controller: OS | AsyncOS;
  /** finish: after the run: closes logs, reports a replay's divergence or the changes; returns an exit code override. */
  finish(exitCode: number): number;
}

function logFile(path: string): { write: (line: string) => void; close: () => void } {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw new FlagError(`cannot write the log ${path}: ${(e as Error).message}`);
  }
  return { write: (line) => writeSync(fd, line + '\n'), close: () => closeSync(fd) };
}

/** makeWorld: the OS for running `script` (a host path, or null for -c / stdin) with argv. */
export function makeWorld(
  flags: WorldFlags,
  script: { path: string; bytes: Uint8Array } | null,
  argv: string[],
  io: { out: (d: Uint8Array) => void; err: (d: Uint8Array) => void; stdin: boolean },
): World {
  if (flags.replay !== undefined) {
    let text: string;
    try {
      text = readFileSync(flags.replay, 'utf8');
    } catch (e) {
      throw new FlagError(`cannot read the log ${flags.replay}: ${(e as Error).message}`);
    }
    const os = new ReplayOS(text, { stdout: io.out, stderr: io.err });
    return {
      os,
      controller: os,
      finish: (code) => {
        if (os.divergence !== null) {
          io.err(new TextEncoder().encode(`terrarium: ${os.divergence}\n`));
          return 1;
        }
        return code;
      },
    };
  }
  const cwd = flags.cwd ?? process.cwd();
  const mem = new MemoryOS({
    argv,
    env: flags.env,
    seed: flags.seed,
    cwd,
    stdin: io.stdin ? hostStdin() : undefined,
    stdoutBytes: io.out,
    stderrBytes: io.err,
    tty: false,
    // Isolated, the sleep itself is the controller's (below): MemoryOS only checks the argument.
    ...(flags.realTime ? { clockSource: hostClock, sleeper: flags.isolate ? () => {} : hostSleep, entropy: hostEntropy } : {}),
  });
  for (const m of flags.mounts) mem.mount(m.guest, new HostDirectory(m.host, { writable: m.writable }));
  if (script !== null) mem.putFile(script.path, script.bytes);
  const before = mem.image();
  let os: OS = mem;
  const logs: { close: () => void }[] = [];
  for (const [path, full] of [
    [flags.trace, false],
    [flags.record, true],
  ] as const) {
    if (path === undefined) continue;
    const log = logFile(path);
    logs.push(log);
    os = new TracingOS(os, log.write, { full });
  }
  return {
    os,
    controller: flags.isolate && flags.realTime ? sleepOnTimer(os) : os,
    finish: (code) => {
      for (const l of logs) l.close();
      if (flags.changes) {
        const lines = mem.fs.changes(before).map((c) => `${c.kind} ${c.type} ${c.path}\n`);
        io.err(new TextEncoder().encode(lines.join('')));
      }
      return code;
    },
  };
}

/**
 * sleepOnTimer: `os` as an isolated run's controller whose sleep() is answered after a timer: the
 * call goes through `os` (logged, checked; its sleeper does nothing), then the answer waits.
 */
function sleepOnTimer(os: OS): AsyncOS {
  const controller: AsyncOS = {
    open: (path, flags, mode) => os.open(path, flags, mode),
    read: (fd, count) => os.read(fd, count),
    write: (fd, data) => os.write(fd, data),
    lseek: (fd, offset, whence) => os.lseek(fd, offset, whence),
    close: (fd) => os.close(fd),
    fstat: (fd) => os.fstat(fd),
    ftruncate: (fd, length) => os.ftruncate(fd, length),
    isatty: (fd) => os.isatty(fd),
    stat: (path, follow) => os.stat(path, follow),
    listdir: (path) => os.listdir(path),
    mkdir: (path, mode) => os.mkdir(path, mode),
    rmdir: (path) => os.rmdir(path),
    unlink: (path) => os.unlink(path),
    rename: (src, dst) => os.rename(src, dst),
    getcwd: () => os.getcwd(),
    chdir: (path) => os.chdir(path),
    clock: (id) => os.clock(id),
    sleep: (ns) => {
      os.sleep(ns);
      const ms = Number(ns / 1_000_000n);
      return ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : undefined;
    },
    urandom: (n) => os.urandom(n),
    environ: () => os.environ(),
    argv: () => os.argv(),
    exit: (status) => os.exit(status),
  };
  return controller;
}
