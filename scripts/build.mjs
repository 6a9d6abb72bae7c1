// Builds dist/ from src/ with esbuild: dist/cli.js for the command, dist/index.js for the library API
// ('terrarium': no node: module in it or in the chunks it imports, see test/package/), dist/node.js
// for terrarium/node (host mounts, isolated runs, the CLI), dist/host.js for terrarium/host (its older
// name, without the CLI), dist/isolate-worker.js for the worker of runIsolated (isolated mode).
// The entries share chunks, so a class is the same class whichever entry it is imported from.
// Code splitting keeps the parser out of dist/cli.js until a command needs it: importing the whole
// bundle cost 33 ms of startup for --version, the split entry about 3 ms.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear out those of earlier builds (dist/types is the type
// declarations' own step, npm run build:types, and stays).
if (existsSync('dist')) for (const e of readdirSync('dist')) if (e !== 'types') rmSync(join('dist', e), { recursive: true, force: true });

await build({
  entryPoints: {
    cli: 'src/cli/main.ts',
    index: 'src/index.ts',
    node: 'src/node.ts',
    host: 'src/os/host.ts',
    'isolate-worker': 'src/os/host-isolate-worker.ts',
  },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // immer reads process.env.NODE_ENV at load time, which would make dist/index.js throw where
  // there is no `process` (a browser loading it as it is): the published build is a production one.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
