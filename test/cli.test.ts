// The built terrarium command (bin/terrarium), against python3 wherever python3 has an answer:
// the same stderr for syntax errors and unopenable files, and the same AST dump as ast.dump().

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './support/build.js';
import { PYTHON, run, type RunResult } from './support/python.js';

const BIN = join(ROOT, 'bin', 'terrarium');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const AST_ORACLE = 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read())))';

let dir: string;

function terrarium(args: string[], input?: string): Promise<RunResult> {
  return runIn(BIN, args, dir, input);
}

function runIn(command: string, args: string[], cwd: string, input?: string): Promise<RunResult> {
  return run(command, args, input === undefined ? { cwd } : { cwd, input });
}

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

// No JavaScript stack trace may reach the user, whatever happens.
function expectNoTrace(r: RunResult): void {
  expect(r.stderr).not.toMatch(/\n\s+at .*[(:]\d+/);
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'terrarium-cli-'));
  mkdirSync(join(dir, 'adir'));
}, 180_000);

describe('terrarium', () => {
  it('--version prints the version', async () => {
    const r = await terrarium(['--version']);
    expect(r).toEqual({ status: 0, stdout: `Terrarium ${VERSION} (Python 3.11)\n`, stderr: '' });
  });

  it.each(['-h', '--help'])('%s prints the usage and the flags', async (flag) => {
    const r = await terrarium([flag]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^usage: terrarium /);
    for (const text of ['--ast FILE', '--version', '-h, --help', '-c cmd']) expect(r.stdout).toContain(text);
  });

  it.each([
    [['--foo'], 'unknown option --foo'],
    [['-Z'], 'Unknown option: -Z'],
    [['--ast'], 'Argument expected for the --ast option'],
  ])('rejects %j with exit code 2, as python3 does', async (args, message) => {
    const [ours, python] = await Promise.all([terrarium(args), runIn(PYTHON, args, dir)]);
    expect(python.status).toBe(2);
    expect(ours.status).toBe(2);
    expect(ours.stdout).toBe('');
    const lines = ours.stderr.split('\n');
    expect(lines[0]).toBe(message);
    expect(lines[1]).toMatch(/^usage: terrarium /);
    expect(lines[2]).toBe("Try `terrarium -h' for more information.");
    expectNoTrace(ours);
  });

  it.each([
    [['nope.py']],
    [['--ast', 'nope.py']],
    [['./missing/nope.py']],
    [["it's.py"]],
  ])('reports an unopenable file %j in python3\'s words', async (args) => {
    const [ours, python] = await Promise.all([terrarium(args), runIn(PYTHON, [args[args.length - 1]!], dir)]);
    expect(ours.status).toBe(2);
    expect(python.status).toBe(2);
    const tail = (s: string): string => s.slice(s.indexOf(": can't open file"));
    expect(ours.stderr.startsWith("terrarium: can't open file")).toBe(true);
    expect(tail(ours.stderr)).toBe(tail(python.stderr));
  });

  it('reports a directory in one line, with exit code 2', async () => {
    const r = await terrarium(['--ast', 'adir']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: `terrarium: can't open file '${dir}/adir': [Errno 21] Is a directory\n` });
  });

  it('runs a program file with its arguments as python3 does', async () => {
    const src = 'import sys\nprint("hello", sys.argv[1:])\n';
    const path = file('hello.py', src);
    const [ours, python] = await Promise.all([terrarium([path, 'a', 'b']), runIn(PYTHON, [path, 'a', 'b'], dir)]);
    expect(python).toEqual({ status: 0, stdout: "hello ['a', 'b']\n", stderr: '' });
    expect(ours).toEqual(python);
  });

  it.each([
    ['-c', ['-c', 'import sys; print(sys.argv, 6 * 7)', 'x']],
    ['an uncaught exception', ['boom.py']],
    ['sys.exit(3)', ['-c', 'import sys; sys.exit(3)']],
    ['sys.exit with a message', ['-c', 'import sys; sys.exit("bye")']],
  ])('%s: same output and exit code as python3', async (_name, args) => {
    file('boom.py', 'def f():\n    return 1 / 0\nf()\n');
    const [ours, python] = await Promise.all([terrarium(args), runIn(PYTHON, args, dir)]);
    expect(ours.status).toBe(python.status);
    expect(ours.stdout).toBe(python.stdout);
    expect(ours.stderr).toBe(python.stderr);
  });

  it('reads the program from stdin', async () => {
    const [ours, python] = await Promise.all([
      terrarium(['-'], 'print(sum(range(10)))\n'),
      runIn(PYTHON, ['-'], dir, 'print(sum(range(10)))\n'),
    ]);
    expect(python.stdout).toBe('45\n');
    expect(ours).toEqual(python);
  });

  it.each([
    ['unclosed.py', 'x = (1,\n'],
    ['indent.py', 'if x:\npass\n'],
    ['unexpected.py', 'x = 1\n    y = 2\n'],
    ['range.py', 'f(a for a in b, c)\n'],
    ['tabs.py', 'if x:\n\t\ty = = 2\n'],
    ['unicode.py', 'é = "ü" +\n'],
    ['cookie.py', '# -*- coding: foo -*-\nx = 1\n'],
    ['nonutf8.py', Uint8Array.from([0x78, 0x20, 0x3d, 0x20, 0x27, 0xff, 0x27, 0x0a])],
  ])('--ast on a broken file %s: exit code 1 and python3\'s stderr', async (name, content) => {
    file(name, content);
    const [ours, python] = await Promise.all([terrarium(['--ast', name]), runIn(PYTHON, [name], dir)]);
    expect(python.status).toBe(1);
    expect(ours.status).toBe(1);
    expect(ours.stdout).toBe('');
    expect(ours.stderr).toBe(python.stderr);
  });

  it.each([
    ['empty.py', ''],
    ['assign.py', 'x = 1\n'],
    ['mixed.py', 'def f(a, *b, c=1, **d) -> int:\n    """doc"""\n    return a + 2.5 * 3j\n\nclass C(B, metaclass=M):\n    pass\n'],
    ['text.py', 's = "é€😀\\n" + b"\\xff" + f"{x!r:>{w}}"\nt = {1: None, **k}\n'],
    ['control.py', 'for i in range(10):\n    if i % 2:\n        continue\n    else:\n        break\nelse:\n    pass\n'],
    ['match.py', 'match p:\n    case [1, *rest] | {"k": _}:\n        pass\n    case Point(x=0) if y:\n        pass\n'],
    ['crlf.py', 'x = 1\r\ny = [\r\n  2]\r\n'],
  ])('--ast %s prints what ast.dump(ast.parse(...)) prints', async (name, content) => {
    file(name, content);
    const [ours, python] = await Promise.all([terrarium(['--ast', name]), runIn(PYTHON, ['-c', AST_ORACLE, name], dir)]);
    expect(python.status).toBe(0);
    expect(ours).toEqual({ status: 0, stdout: python.stdout, stderr: '' });
  });
});
