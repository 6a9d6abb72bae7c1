// The world the terrarium command builds from its flags: the default empty in-memory file system,
// --mount, --cwd, --env, --seed, --changes, and the controller's log: --trace, --record and
// --replay (a recorded run replays to byte-identical output; a changed program reports where it
// first diverged).

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';
import { run, type RunResult } from '../support/python.js';

const BIN = join(ROOT, 'bin', 'terrarium');
let dir: string;
let data: string;

function terrarium(args: string[], input?: string): Promise<RunResult> {
  return run(BIN, args, input === undefined ? { cwd: dir } : { cwd: dir, input });
}

function script(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function expectNoTrace(r: RunResult): void {
  expect(r.stderr).not.toMatch(/\n\s+at .*[(:]\d+/);
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'terrarium-world-'));
  data = join(dir, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'in.csv'), 'alpha,1\nbeta,2\n');
}, 180_000);

const SUM = `import os
fd = os.open('/data/in.csv', os.O_RDONLY)
text = os.read(fd, 1000).decode()
os.close(fd)
total = sum(int(line.split(',')[1]) for line in text.splitlines())
os.mkdir('/out')
fd = os.open('/out/total.txt', os.O_WRONLY | os.O_CREAT)
os.write(fd, f'{total}\\n'.encode())
os.close(fd)
print('total', total, os.urandom(4).hex())
`;

describe('the default world', () => {
  // The working directory is the host's, made empty in memory: here it holds the script.
  it('holds only the script, in memory: the host is not visible and not changed', async () => {
    const p = script('look.py', "import os\nprint(os.listdir('/'))\nprint(sorted(os.listdir(os.path.dirname(__file__))))\nopen_fd = os.open('made.txt', os.O_WRONLY | os.O_CREAT)\nos.close(open_fd)\nprint(sorted(os.listdir('.')))\n");
    const before = readdirSync(dir).sort();
    const r = await terrarium([p]);
    expect(r.stderr).toBe('');
    const top = dir.split('/')[1]!;
    expect(r.stdout).toBe(`['${top}']\n['look.py']\n['look.py', 'made.txt']\n`);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('has an empty environment, a fixed clock and seeded entropy', async () => {
    const p = script('env.py', "import os, posix\nprint(dict(os.environ), os.urandom(8).hex())\n");
    const [a, b, c] = await Promise.all([terrarium([p]), terrarium([p]), terrarium(['--seed', '7', p])]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.startsWith('{} ')).toBe(true);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('--env, --cwd and --seed shape it', async () => {
    const p = script('flags.py', "import os\nprint(os.environ['GREETING'], os.getcwd(), os.listdir('.'))\n");
    const r = await terrarium(['--env', 'GREETING=hello world', '--cwd', '/work/here', p]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("hello world /work/here []\n");
  });
});

describe('--mount and --changes', () => {
  it('reads a read-only mount, writes in memory and lists what changed', async () => {
    const p = script('sum.py', SUM);
    const r = await terrarium(['--mount', `${data}:/data`, '--changes', p]);
    expect(r.stdout).toMatch(/^total 3 [0-9a-f]{8}\n$/);
    expect(r.stderr).toBe('created dir /out\ncreated file /out/total.txt\n');
    expect(readdirSync(data)).toEqual(['in.csv']);
  });

  it('refuses writes to a read-only mount in CPython words', async () => {
    const p = script('ro.py', "import os\ntry:\n    os.open('/data/new.txt', os.O_WRONLY | os.O_CREAT)\nexcept OSError as e:\n    print(type(e).__name__, e)\n");
    const r = await terrarium(['--mount', `${data}:/data:ro`, p]);
    expect(r.stdout).toBe("OSError [Errno 30] Read-only file system: '/data/new.txt'\n");
    expect(readdirSync(data)).toEqual(['in.csv']);
  });

  it('writes through a read-write mount', async () => {
    const rw = join(dir, 'rw');
    mkdirSync(rw);
    const p = script('rw.py', "import os\nfd = os.open('/rw/out.txt', os.O_WRONLY | os.O_CREAT)\nos.write(fd, b'written')\nos.close(fd)\n");
    const r = await terrarium(['--mount', `${rw}:/rw:rw`, p]);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(rw, 'out.txt'), 'utf8')).toBe('written');
  });

  it.each([
    [['--mount', 'nowhere:/data'], '--mount: no such host directory: nowhere'],
    [['--mount', '/tmp:data'], '--mount: the guest path must be absolute: data'],
    [['--mount', '/tmp:/data:rx'], '--mount mode must be ro or rw, not rx'],
    [['--mount', '/tmp:/'], '--mount: cannot mount over /'],
    [['--seed', 'abc'], '--seed expects an integer from 0 to 4294967295, not abc'],
    [['--env', '=x'], '--env expects KEY=VALUE, not =x'],
    [['--cwd', 'rel'], '--cwd expects an absolute guest path, not rel'],
    [['--replay', 'a.log', '--record', 'b.log'], '--replay cannot be combined with --trace or --record'],
  ])('rejects %j with exit code 2', async (args, message) => {
    const p = script('ok.py', 'print(1)\n');
    const r = await terrarium([...args, p]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toContain(message);
    expectNoTrace(r);
  });
});

describe('the controller log', () => {
  it('--trace logs every OS call as a JSON line', async () => {
    const p = script('sum.py', SUM);
    const log = join(dir, 'trace.jsonl');
    const r = await terrarium(['--mount', `${data}:/data`, '--trace', log, p]);
    expect(r.status).toBe(0);
    const records = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { n: number; call: string; args: unknown[] });
    expect(records.map((x) => x.n)).toEqual(records.map((_, i) => i + 1));
    const calls = records.map((x) => x.call);
    for (const c of ['open', 'read', 'close', 'mkdir', 'write', 'urandom', 'exit']) expect(calls).toContain(c);
    expect(records.find((x) => x.call === 'mkdir')!.args[0]).toBe('/out');
    expect(records[records.length - 1]).toMatchObject({ call: 'exit', args: [0] });
  });

  it('--replay of a --record log gives byte-identical stdout without the world', async () => {
    const p = script('sum.py', SUM);
    const log = join(dir, 'run.jsonl');
    const first = await terrarium(['--mount', `${data}:/data`, '--real-time', '--record', log, p]);
    expect(first.status).toBe(0);
    // No mount and no seed at replay: every answer comes from the log, the host's entropy included.
    const again = await terrarium(['--replay', log, p]);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  });

  it('a changed program reports its first divergence', async () => {
    const p = script('sum.py', SUM);
    const log = join(dir, 'run2.jsonl');
    await terrarium(['--mount', `${data}:/data`, '--record', log, p]);
    const changed = script('sum2.py', SUM.replace('total = sum', 'total = 1 + sum'));
    const r = await terrarium(['--replay', log, changed]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^terrarium: replay diverged at call \d+: the log has write\(3, <2 bytes: "3\\n">\), the program made write\(3, <2 bytes: "4\\n">\)\n$/);
    expectNoTrace(r);
  });

  it('a program that ends early, or runs past the log, diverges too', async () => {
    const log = join(dir, 'run3.jsonl');
    const p = script('two.py', "import os\nprint(os.urandom(2).hex())\nprint(os.urandom(2).hex())\n");
    await terrarium(['--record', log, p]);
    const shorter = script('one.py', "import os\nprint(os.urandom(2).hex())\n");
    const r = await terrarium(['--replay', log, shorter]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/replay diverged at call \d+: the log has urandom\(2\), the program made exit\(0\)\n$/);
    const longer = script('three.py', "import os\nfor _ in range(3): print(os.urandom(2).hex())\n");
    const r2 = await terrarium(['--replay', log, longer]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(/replay diverged at call \d+: the log has exit\(0\), the program made urandom\(2\)/);
  });

  it('a flag without its value is a usage error', async () => {
    const r = await terrarium(['--seed']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('Argument expected for the --seed option');
  });

  it('an unreadable log is a usage error', async () => {
    const p = script('ok.py', 'print(1)\n');
    const r = await terrarium(['--replay', join(dir, 'missing.jsonl'), p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read the log');
    expectNoTrace(r);
  });
});
