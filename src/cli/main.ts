// The terrarium command: argv in, exit code out. Output, file access and the exit code follow
// python3's conventions; no JavaScript stack trace ever reaches the user.

import { PySyntaxError } from '../parser/errors.js';
import { formatSyntaxError } from '../parser/format-error.js';
import { decodeSource } from '../parser/source.js';
import { dirname } from 'node:path';
import { CannotOpen, readSource, type SourceFile } from './read-source.js';
import { checkFlags, emptyFlags, FlagError, makeWorld, WORLD_FLAGS, type WorldFlags } from './world.js';
import { HELP_TEXT, TRY_HELP, USAGE, VERSION_TEXT } from './usage.js';
import type { IsolateTestHook } from '../os/host-isolate.js';

/** Exit codes, as python3 uses them, plus EX_SOFTWARE from sysexits.h for our own failures. */
const EXIT_OK = 0;
const EXIT_ERROR = 1;
const EXIT_USAGE = 2;
const EXIT_INTERNAL = 70;
/** LIMIT_EXIT: a run stopped by a limit (LIMIT_EXIT_CODE of src/api/run.ts, not imported: startup). */
const LIMIT_EXIT = 3;

function out(text: string): void {
  process.stdout.write(text);
}

function err(text: string): void {
  process.stderr.write(text);
}

function usageError(message: string): number {
  err(`${message}\n${USAGE}${TRY_HELP}`);
  return EXIT_USAGE;
}

async function printAst(arg: string): Promise<number> {
  const file = readSource(arg);
  if (file instanceof CannotOpen) {
    err(file.message + '\n');
    return EXIT_USAGE;
  }
  // Loaded on demand, so that --version and --help do not pay for building the parser.
  const [{ parse }, { dump }] = await Promise.all([import('../parser/parse.js'), import('../parser/dump.js')]);
  try {
    out(dump(parse(decodeSource(file.bytes, file.path), file.path, { fromFile: true })) + '\n');
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    err(formatSyntaxError(e));
    return EXIT_ERROR;
  }
}

async function printDis(arg: string): Promise<number> {
  const file = readSource(arg);
  if (file instanceof CannotOpen) {
    err(file.message + '\n');
    return EXIT_USAGE;
  }
  const [{ parse }, { compile }, { disassemble }] = await Promise.all([
    import('../parser/parse.js'),
    import('../compiler/compile.js'),
    import('../compiler/disassemble.js'),
  ]);
  try {
    const source = decodeSource(file.bytes, file.path);
    out(disassemble(compile(parse(source, file.path, { fromFile: true }), file.path, 'exec', source)));
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    err(formatSyntaxError(e));
    return EXIT_ERROR;
  }
}

function outBytes(d: Uint8Array): void {
  process.stdout.write(d);
}

function errBytes(d: Uint8Array): void {
  process.stderr.write(d);
}

async function runSource(
  source: string,
  filename: string,
  argv: string[],
  scriptDir: string,
  flags: WorldFlags,
  script: SourceFile | null,
  stdin: boolean,
): Promise<number> {
  let world;
  try {
    world = makeWorld(flags, script, argv, { out: outBytes, err: errBytes, stdin });
  } catch (e) {
    if (e instanceof FlagError) return usageError(`terrarium: ${e.message}`);
    throw e;
  }
  const options = { filename, argv, path: [scriptDir], limits: flags.limits, now: () => performance.now() };
  let result;
  if (flags.isolate) {
    const { runIsolated, IsolateError } = await import('../os/host-isolate.js');
    try {
      // For the tests of a dying worker only: TERRARIUM_ISOLATE_TEST_HOOK=crash|exit|exhaust-v8-heap|spin.
      const hook = process.env.TERRARIUM_ISOLATE_TEST_HOOK as IsolateTestHook | undefined;
      result = await runIsolated(source, { ...options, os: world.controller, ...(hook ? { testHook: hook, resourceLimits: { maxOldGenerationSizeMb: 64 } } : {}) });
    } catch (e) {
      if (!(e instanceof IsolateError)) throw e;
      // The worker died: no figures to report. V8 running out of memory is a limit (exit 3):
      // its heap is sized from --max-heap (ARCHITECTURE.md, "Isolated mode"); anything else is
      // an internal error (70).
      world.finish(EXIT_INTERNAL);
      err(`terrarium: ${e.message}\n`);
      return e.reason === 'out-of-memory' ? LIMIT_EXIT : EXIT_INTERNAL;
    }
  } else {
    const { runProgram } = await import('../api/run.js');
    result = runProgram(source, { ...options, os: world.os });
  }
  const code = world.finish(result.exitCode);
  if (result.limit !== null) err(`terrarium: ${result.limit.message}\n`);
  if (flags.stats) {
    const watchdog = 'watchdog' in result && result.watchdog === true ? { watchdog: true } : {};
    err(JSON.stringify({ ...result.stats, exitCode: code, limit: result.limit?.limit ?? null, ...watchdog }) + '\n');
  }
  return code;
}

async function runFile(arg: string, rest: string[], flags: WorldFlags): Promise<number> {
  const file = readSource(arg);
  if (file instanceof CannotOpen) {
    err(file.message + '\n');
    return EXIT_USAGE;
  }
  let source: string;
  try {
    source = decodeSource(file.bytes, file.path);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    err(formatSyntaxError(e));
    return EXIT_ERROR;
  }
  return runSource(source, file.path, [arg, ...rest], dirname(file.path), flags, file, true);
}

async function runStdin(rest: string[], flags: WorldFlags): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  let source: string;
  try {
    source = decodeSource(new Uint8Array(Buffer.concat(chunks)), '<stdin>');
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    err(formatSyntaxError(e));
    return EXIT_ERROR;
  }
  return runSource(source, '<stdin>', ['-', ...rest], flags.cwd ?? process.cwd(), flags, null, false);
}

async function run(argv: string[]): Promise<number> {
  const flags = emptyFlags();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flagName = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const worldFlag = WORLD_FLAGS[flagName];
    if (worldFlag !== undefined) {
      const value = eq > 0 && flagName !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return usageError(`Argument expected for the ${flagName} option`);
      try {
        worldFlag(flags, value);
      } catch (e) {
        if (e instanceof FlagError) return usageError(`terrarium: ${e.message}`);
        throw e;
      }
      continue;
    }
    if (arg === '--real-time') {
      flags.realTime = true;
      continue;
    }
    if (arg === '--changes') {
      flags.changes = true;
      continue;
    }
    if (arg === '--stats') {
      flags.stats = true;
      continue;
    }
    if (arg === '--isolate') {
      flags.isolate = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      out(HELP_TEXT);
      return EXIT_OK;
    }
    if (arg === '--version') {
      out(VERSION_TEXT);
      return EXIT_OK;
    }
    if (arg === '--ast') {
      const file = argv[i + 1];
      if (file === undefined) return usageError('Argument expected for the --ast option');
      if (i + 2 < argv.length) return usageError(`unexpected argument after --ast ${file}: ${argv[i + 2]}`);
      return printAst(file);
    }
    if (arg === '--dis') {
      const file = argv[i + 1];
      if (file === undefined) return usageError('Argument expected for the --dis option');
      if (i + 2 < argv.length) return usageError(`unexpected argument after --dis ${file}: ${argv[i + 2]}`);
      return printDis(file);
    }
    if (arg === '-c') {
      const code = argv[i + 1];
      if (code === undefined) return usageError('Argument expected for the -c option');
      const checked = validate(flags);
      if (checked !== null) return checked;
      return runSource(code, '<string>', ['-c', ...argv.slice(i + 2)], flags.cwd ?? process.cwd(), flags, null, true);
    }
    if (arg === '-') {
      const checked = validate(flags);
      return checked ?? runStdin(argv.slice(i + 1), flags);
    }
    if (arg.startsWith('--')) return usageError(`unknown option ${arg}`);
    if (arg.startsWith('-')) return usageError(`Unknown option: ${arg.slice(0, 2)}`);
    // The first non-option is the program; what follows it is the program's own argv.
    const checked = validate(flags);
    return checked ?? runFile(arg, argv.slice(i + 1), flags);
  }
  const checked = validate(flags);
  if (checked !== null) return checked;
  if (!process.stdin.isTTY) return runStdin([], flags);
  return usageError('terrarium: no FILE given (an interactive prompt comes in a later issue)');
}

/** validate: flag combinations; null when they are fine, else the usage error's exit code. */
function validate(flags: WorldFlags): number | null {
  try {
    checkFlags(flags);
    return null;
  } catch (e) {
    if (e instanceof FlagError) return usageError(`terrarium: ${e.message}`);
    throw e;
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

let guarded = false;

// Errors that escape the promise chain (a stream failing, a stray callback) must not print a trace
// either. A reader that goes away (`terrarium --ast big.py | head`) is no error at all, and a
// failing stream leaves nobody to tell.
function guardProcess(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  process.on('uncaughtException', (e) => {
    err(`terrarium: internal error: ${describe(e)}\n`);
    process.exit(EXIT_INTERNAL);
  });
}

/**
 * main runs the terrarium command with `argv` (the arguments after the program name) and
 * resolves to the process exit code: 0 success, 1 a Python error, 2 a command-line or file
 * error, 70 an internal error, reported in one line.
 */
export async function main(argv: string[]): Promise<number> {
  guardProcess();
  try {
    return await run(argv);
  } catch (e) {
    err(`terrarium: internal error: ${describe(e)}\n`);
    return EXIT_INTERNAL;
  }
}
