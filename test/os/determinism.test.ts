// Determinism: the same program with the same inputs gives the same output, instruction count,
// heap figure and file-system changes, run after run, in fresh interpreters and from one prepared
// image, and in fresh processes of the command.

import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';
import { run } from '../support/python.js';

type Api = typeof import('../../src/index.js');
const { runProgram, MemoryOS } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

// Uses every source of variation the sandbox controls: unseeded random, os.urandom, the clock,
// directory order, str hashes (set order), and the files the run writes.
const PROGRAM = `
import os, random, time
t0 = time.time()
random.shuffle(deck := list(range(20)))
print(deck, random.random(), os.urandom(6).hex())
print(sorted({'pear', 'fig', 'kiwi'}), list({'pear', 'fig', 'kiwi', 'apple'}), hash('sandbox'))
os.makedirs('out/sub', exist_ok=True)
for i in range(5):
    with open(f'out/sub/f{i}.txt', 'w') as f:
        f.write(str(random.getrandbits(64)) * (i + 1))
with open('out/log.bin', 'wb') as f:
    f.write(os.urandom(64))
os.rename('out/sub/f0.txt', 'out/first.txt')
os.remove('out/sub/f1.txt')
time.sleep(1.5)
print(os.listdir('out'), os.listdir('out/sub'), os.stat('out/first.txt').st_mtime_ns)
print(time.time() - t0, time.monotonic())
with open('/input.txt') as f:
    print(f.read().upper())
`;

interface Figures {
  stdout: string;
  instructions: number;
  heapBytes: number;
  changes: string;
  patches: string;
}

function serialize(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x instanceof Uint8Array ? Array.from(x) : x instanceof Map ? [...x] : typeof x === 'bigint' ? x.toString() : x,
  );
}

function runOnce(options: ConstructorParameters<typeof MemoryOS>[0] = {}): Figures {
  let stdout = '';
  const os = new MemoryOS({ files: { '/input.txt': 'same input\n' }, cwd: '/work', ...options, stdout: (t) => (stdout += t) });
  const r = runProgram(PROGRAM, { os, filename: '/work/prog.py' });
  expect(r.exitCode).toBe(0);
  return { stdout, instructions: r.instructions, heapBytes: r.heapBytes, changes: serialize(os.changes()), patches: serialize(os.patches()) };
}

describe('determinism', () => {
  it('three runs in fresh interpreters agree on everything', () => {
    const runs = [runOnce(), runOnce(), runOnce()];
    expect(runs[0]!.stdout).toContain('SAME INPUT');
    expect(runs[0]!.changes).toContain('/work/out/first.txt');
    for (const r of runs.slice(1)) expect(r).toEqual(runs[0]);
  });

  it('runs started from one prepared image agree, and do not affect it or each other', () => {
    const prep = new MemoryOS({ files: { '/input.txt': 'same input\n', '/work/keep.txt': 'k' } });
    const image = prep.image();
    const a = runOnce({ image, files: {} });
    const b = runOnce({ image, files: {} });
    expect(a).toEqual(b);
    // The image is immutable: a third run sees it as it was.
    const c = new MemoryOS({ image });
    expect(c.listdir('/work')).toEqual(['keep.txt']);
  });

  it('a different seed or clock changes only what depends on it', () => {
    const base = runOnce();
    const seeded = runOnce({ seed: 99 });
    expect(seeded.stdout).not.toBe(base.stdout);
    expect(runOnce({ seed: 99 })).toEqual(seeded);
    const later = runOnce({ clock: { start: Date.UTC(2030, 0, 1) } });
    expect(later.stdout).not.toBe(base.stdout);
  });

  it('three fresh processes of the command print the same', async () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'terrarium-det-'));
    writeFileSync(join(dir, 'prog.py'), PROGRAM.replace("open('/input.txt')", "open(__file__)"));
    const bin = join(ROOT, 'bin', 'terrarium');
    const outs = await Promise.all([0, 1, 2].map(() => run(bin, ['--changes', join(dir, 'prog.py')], { cwd: dir })));
    expect(outs[0]!.status).toBe(0);
    expect(outs[0]!.stderr).toContain('created file');
    for (const o of outs.slice(1)) expect(o).toEqual(outs[0]);
  }, 60_000);
});
