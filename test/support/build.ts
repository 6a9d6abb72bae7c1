// Builds dist/ for the tests that run the built command, when any of its inputs changed since.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** ROOT: the repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** ensureBuilt runs `npm run build` unless dist/cli.js is newer than every source of the build. */
export function ensureBuilt(): void {
  const output = join(ROOT, 'dist', 'cli.js');
  const inputs = ['src', 'grammar/python.ohm', 'scripts/build.mjs', 'package.json'].map((p) => join(ROOT, p));
  if (existsSync(output) && statSync(output).mtimeMs > Math.max(...inputs.map(newestMtime))) return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}
