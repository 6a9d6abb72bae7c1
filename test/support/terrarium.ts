// Running Python programs in Terrarium from tests: in-process, a fresh interpreter per run, files
// read from the host (imports next to the script work as under python3). Programs run on the built
// bundle (dist/index.js, made by `npm run build`, which `npm ci` runs): the bundle is what users
// get, and only bundling inlines the Opcode enum into the eval loop's switch (run from the
// TypeScript sources, each case is a property load and the loop is several times slower).

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { decodeSource } from '../../src/parser/source.js';

type Api = typeof import('../../src/index.js');
type RunStats = import('../../src/index.js').RunStats;
type HostApi = typeof import('../../src/os/host.js');
const { runProgram, MemoryOS } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;
const { HostDirectory } = (await import(new URL('../../dist/host.js', import.meta.url).href)) as HostApi;

/** Outcome: what a program printed and how it ended, plus the meter's figures. */
export interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  instructions: number;
  heapBytes: number;
  checkFailures: readonly string[];
  /** stats: runProgram's whole account of the run (instructions, heap figures, output, OS calls). */
  stats: RunStats;
}

/** RunFileOptions: checked mode, argv, the working directory (made, empty, in memory) and stdin. */
export interface RunFileOptions {
  checked?: boolean;
  argv?: string[];
  cwd?: string;
  stdin?: string;
}

/**
 * runFile: runs the program at `path` (checked mode verifies every instruction's stack effect).
 * The script's directory is mounted read-only at its host path, so that imports next to it work
 * as under python3; everything else is an empty in-memory file system.
 */
export function runFile(path: string, options: RunFileOptions = {}): Outcome {
  const abs = resolve(path);
  const source = decodeSource(readFileSync(abs), abs);
  return runText(source, abs, { ...options, dir: dirname(abs) });
}

/** runText: runs `source` as a program named `filename`. */
export function runText(source: string, filename = '<string>', options: RunFileOptions & { dir?: string } = {}): Outcome {
  let stdout = '';
  let stderr = '';
  const os = new MemoryOS({
    argv: options.argv ?? [filename],
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: options.stdin,
    cwd: options.cwd,
    mounts: options.dir !== undefined ? { [options.dir]: new HostDirectory(options.dir) } : {},
  });
  const r = runProgram(source, {
    os,
    filename,
    path: options.dir !== undefined ? [options.dir] : [],
    checked: options.checked ?? false,
  });
  return { stdout, stderr, exitCode: r.exitCode, instructions: r.instructions, heapBytes: r.heapBytes, checkFailures: r.checkFailures, stats: r.stats };
}

/** lastLine: the last non-empty line of a text (stderr's `Type: message`). */
export function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l !== '');
  return lines[lines.length - 1] ?? '';
}
