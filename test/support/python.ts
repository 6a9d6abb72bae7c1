// The CPython oracle for tests: runs python3 once on a script, with JSON in and JSON out.

import { spawn, spawnSync } from 'node:child_process';

// The interpreter itself rather than a wrapper such as a pyenv shim, which triples startup time.
function resolvePython(): string {
  const command = process.env.TERRARIUM_PYTHON ?? 'python3';
  const r = spawnSync(command, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot run ${command}: ${r.stderr}`);
  return r.stdout.trim();
}

/** PYTHON: the oracle interpreter, CPython 3.11 (python3, or $TERRARIUM_PYTHON). */
export const PYTHON = resolvePython();

/** RunResult: how a process ended and what it wrote. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** run starts a process and resolves when it exits; tests start several at once to save time. */
export function run(command: string, args: string[], options: { cwd?: string; input?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    // A process that exits without reading its input (terrarium --foo) closes the pipe: EPIPE
    // here is expected, and the exit status tells the test what happened.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/**
 * pythonJson runs `script` in one python3 process with `input` as JSON on stdin (the script reads
 * it with json.load(sys.stdin)) and returns what the script printed, parsed as JSON.
 */
export function pythonJson<T>(script: string, input: unknown = null): T {
  const r = spawnSync(PYTHON, ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`python3 failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** floatBits is a float's IEEE 754 bit pattern in hex: JSON cannot carry -0.0, inf or nan. */
export function floatBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** PY_FLOAT_FROM_BITS: the Python helper that reads floatBits()'s output. */
export const PY_FLOAT_FROM_BITS = "def float_from_bits(h): return __import__('struct').unpack('>d', bytes.fromhex(h))[0]\n";

/**
 * PY_RUN_FILE: a Python helper, run_file(path), that compiles a file the way `python3 path` does
 * (PyRun_FileExFlags, the tokenizer's file mode, not compile()'s string mode, which differs in
 * error positions and source decoding) and returns the SyntaxError it raises, or None.
 * A file that compiles is also run, so pass only broken files; builtins are withheld as a guard.
 */
export const PY_RUN_FILE = `
import ctypes
_libc = ctypes.CDLL(None)
_libc.fopen.restype = ctypes.c_void_p
_libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
_api = ctypes.pythonapi
_api.PyRun_FileExFlags.restype = ctypes.py_object
_api.PyRun_FileExFlags.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.py_object,
                                   ctypes.py_object, ctypes.c_int, ctypes.c_void_p]
def run_file(path):
    fp = _libc.fopen(path.encode(), b'rb')
    g = {'__name__': '__terrarium_oracle__', '__builtins__': {}}
    try:
        _api.PyRun_FileExFlags(fp, path.encode(), 257, g, g, 1, None)
    except SyntaxError as e:
        e.__traceback__ = None
        return e
    return None
`;
