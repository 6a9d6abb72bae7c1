// The package's type declarations (dist/types, `npm run build:types`): a TypeScript program that
// imports `terrarium` and `terrarium/node` by name, as an installed package would be imported,
// type-checks against them (no paths mapping to src/), and a misuse of the API is a type error.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.js';

const dir = mkdtempSync(join(ROOT, 'test/package/.types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(source: string): { status: number | null; out: string } {
  writeFileSync(join(dir, 'use.ts'), source);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
      files: ['use.ts'],
    }),
  );
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', cwd: ROOT });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('type declarations', () => {
  it('an embedder program type-checks against terrarium and terrarium/node', () => {
    const r = check(`
import { Interpreter, MemoryOS, PythonError, LimitExceededError, PyHandle, runProgram, type RunOutput } from 'terrarium';
import { HostDirectory, runIsolated } from 'terrarium/node';
const py = new Interpreter({ os: new MemoryOS({ files: { '/a.txt': 'x' } }), limits: { instructions: 1000 }, modules: { app: { f: (x: number) => x } } });
const out: RunOutput = py.run('print(1)');
const s: string = out.stdout;
const n: number = out.stats.instructions;
const v: unknown = py.globals.get('x');
const p: Promise<RunOutput> = py.runAsync('pass', { signal: new AbortController().signal });
try { py.call('f', 1); } catch (e) { if (e instanceof PythonError) { const t: string = e.type + e.traceback; } else if (e instanceof LimitExceededError) { const m: number = e.max; } }
const h = v instanceof PyHandle ? v.repr() : '';
const r = runProgram('pass');
const d = new HostDirectory('.');
void [s, n, p, h, r, d, runIsolated];
`);
    expect(r.out).toBe('');
    expect(r.status).toBe(0);
  });

  it('a misuse of the API is a type error', () => {
    const r = check(`
import { Interpreter } from 'terrarium';
const py = new Interpreter({ limits: { instructions: 'many' } });
const n: number = py.run('print(1)').stdout;
`);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/TS2322/);
  });
});
