// terrarium --isolate: the same output, exit codes, limit messages, --stats figures, world flags
// and logs as without it; a dying worker is one line on stderr and exit 70 (3 when V8 ran out of
// memory); the watchdog ends a worker stuck past --timeout. Runs bin/terrarium (dist/).

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';

const BIN = join(ROOT, 'bin', 'terrarium');
let dir: string;

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function terrarium(args: string[], input = '', env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, args, { cwd: dir, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

function script(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** withoutWall: --stats lines with the wall time taken out (the one figure that differs). */
function withoutWall(stderr: string): string {
  return stderr.replace(/"wallMs":[0-9.]+/g, '"wallMs":0');
}

function expectNoTrace(r: Ran): void {
  expect(r.stderr).not.toMatch(/\n\s+at .*[(:]\d+/);
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'terrarium-isolate-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'in.csv'), 'alpha,1\nbeta,2\n');
}, 180_000);

const PROGRAM = `import os, sys
total = sum(int(l.split(',')[1]) for l in open('/data/in.csv'))
os.makedirs('/out', exist_ok=True)
with open('/out/total.txt', 'w') as f:
    print(total, file=f)
print('total', total, sys.argv[1:], input(), os.urandom(4).hex())
try:
    open('/data/in.csv', 'a')
except OSError as e:
    print(e)
{}['missing']
`;

describe('terrarium --isolate', () => {
  it('prints, exits and logs as without it', async () => {
    const p = script('prog.py', PROGRAM);
    const log = (name: string) => join(dir, name);
    const args = (trace: string) => ['--mount', `${join(dir, 'data')}:/data`, '--changes', '--stats', '--trace', log(trace), p, 'arg'];
    const [a, b] = await Promise.all([terrarium(args('a.jsonl'), 'typed\n'), terrarium(['--isolate', ...args('b.jsonl')], 'typed\n')]);
    expect(a.status).toBe(1);
    expect(a.stdout).toContain("total 3 ['arg'] typed");
    expect(a.stderr).toContain("KeyError: 'missing'");
    expect(a.stderr).toContain('created file /out/total.txt');
    expect(b.status).toBe(a.status);
    expect(b.stdout).toBe(a.stdout);
    expect(withoutWall(b.stderr)).toBe(withoutWall(a.stderr));
    // The two runs read the host file at different times: its access time differs.
    const calls = (name: string) => readFileSync(log(name), 'utf8').replace(/"atimeNs":\{"ns":"\d+"\}/g, '');
    expect(calls('b.jsonl')).toBe(calls('a.jsonl'));
  });

  it('sys.exit(4), and the limits: the same line, exit code and figures', async () => {
    const exit = script('exit.py', "import sys\nprint('bye')\nsys.exit(4)\n");
    const loop = script('loop.py', 'l = []\nwhile True:\n    l.append([0] * 50)\n');
    const cases = [[exit], ['--max-instructions', '5000', '--stats', loop], ['--max-heap', '1M', '--stats', loop]];
    const runs = await Promise.all(cases.flatMap((c) => [terrarium(c), terrarium(['--isolate', ...c])]));
    for (let i = 0; i < runs.length; i += 2) {
      const [a, b] = [runs[i]!, runs[i + 1]!];
      expect(b.status).toBe(a.status);
      expect(b.stdout).toBe(a.stdout);
      expect(withoutWall(b.stderr)).toBe(withoutWall(a.stderr));
    }
    expect(runs[0]!.status).toBe(4);
    expect(runs[2]!.stderr).toContain('terrarium: instruction limit reached: 5000 of at most 5000 instructions\n');
    expect(runs[4]!.stderr).toMatch(/^terrarium: heap limit reached: \d+ of at most 1048576 bytes of heap\n/);
  });

  it('--timeout: the VM stops itself; the watchdog stops a worker stuck in JavaScript', async () => {
    const spin = script('spin.py', 'while True:\n    pass\n');
    const [vm, stuck] = await Promise.all([
      terrarium(['--isolate', '--timeout', '0.3', spin]),
      terrarium(['--isolate', '--timeout', '0.3', '--stats', spin], '', { TERRARIUM_ISOLATE_TEST_HOOK: 'spin' }),
    ]);
    expect(vm.status).toBe(3);
    expect(vm.stderr).toMatch(/^terrarium: time limit reached: \d+ of at most 300 ms\n$/);
    expect(stuck.status).toBe(3);
    expect(stuck.stderr).toMatch(/^terrarium: time limit reached: \d+ of at most 300 ms \(the watchdog stopped the interpreter\)\n/);
    expect(stuck.stderr).toContain('"watchdog":true');
  });

  it('--real-time sleeps without blocking the controller', async () => {
    const p = script('sleep.py', "import time\nt = time.monotonic()\ntime.sleep(0.2)\nprint(round(time.monotonic() - t, 1))\n");
    const r = await terrarium(['--isolate', '--real-time', p]);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '0.2\n', '']);
  });

  it('a dying worker: one line, exit 70 (3 when V8 ran out of memory)', async () => {
    const p = script('ok.py', "print('never')\n");
    const [crash, exit, oom] = await Promise.all(
      ['crash', 'exit', 'exhaust-v8-heap'].map((hook) => terrarium(['--isolate', p], '', { TERRARIUM_ISOLATE_TEST_HOOK: hook })),
    );
    expect([crash.status, crash.stdout, crash.stderr]).toEqual([70, '', 'terrarium: the isolated interpreter crashed: Error: test hook: a simulated interpreter crash\n']);
    expect([exit.status, exit.stderr]).toEqual([70, 'terrarium: the isolated interpreter exited unexpectedly (exit code 7)\n']);
    expect([oom.status, oom.stderr]).toEqual([3, 'terrarium: the isolated interpreter ran out of memory (V8 heap limit 64 MB)\n']);
    for (const r of [crash, exit, oom]) expectNoTrace(r);
  });

  it('is in --help', async () => {
    const r = await terrarium(['--help']);
    expect(r.stdout).toContain('--isolate');
  });
});
