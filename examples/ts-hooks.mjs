// Node module hooks for the examples: a .ts file is compiled by esbuild (types stripped, nothing
// bundled) as Node loads it. Everything else, 'terrarium' included, loads as Node loads it: the
// package's own name resolves through package.json "exports" to dist/ (run `npm run build` first).
// Registered by examples/run.mjs; Node 22.6+ can strip types itself, Node 20 cannot.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const { code } = await transform(await readFile(path, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', sourcefile: path, sourcemap: 'inline' });
  return { format: 'module', source: code, shortCircuit: true };
}
