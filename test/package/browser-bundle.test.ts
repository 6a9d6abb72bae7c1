// The core ('terrarium', src/index.ts) must bundle for browsers: no Node built-in may be reachable
// from it. esbuild bundles src/index.ts for the browser platform (where an import of a Node
// built-in cannot be resolved and fails the build); the test also reads the bundle's metafile and
// text for any built-in, runs the bundle, and walks the built dist/index.js and every chunk it
// imports. Negative controls (terrarium/node, which does use Node) show that each check can fail.

import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build, type BuildFailure, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';

/** BUILTINS: every Node built-in module, by bare name and node: name (fs, node:fs, fs/promises, ...). */
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]!);
}

/** What in a bundle's text would reach for Node: imports, require, and Node-only globals. */
const NODE_TEXT: readonly [string, RegExp][] = [
  ['an import of a node: module', /\bfrom\s*["']node:|\bimport\s*\(\s*["']node:|\bimport\s*["']node:/],
  ['require()', /(^|[^.\w$])(__)?require\s*\(/m],
  ['createRequire', /\bcreateRequire\b/],
  ['__dirname / __filename', /\b__(dirname|filename)\b/],
  ['Buffer', /\bBuffer\s*\.\s*(from|alloc|allocUnsafe|isBuffer|concat|byteLength)\b/],
  ['process', /\bprocess\s*\.\s*(env|argv|stdout|stderr|stdin|exit|exitCode|on|cwd|versions|platform|hrtime|nextTick|memoryUsage|binding)\b/],
];

function nodeReferences(text: string): string[] {
  return NODE_TEXT.filter(([, re]) => re.test(text)).map(([what]) => what);
}

interface Bundle {
  text: string;
  metafile: Metafile;
}

/** bundleForBrowser: `entry` bundled as a browser ES module (esbuild's errors, if any, thrown as text). */
async function bundleForBrowser(entry: string): Promise<Bundle> {
  try {
    const r = await build({
      entryPoints: [join(ROOT, entry)],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
      outfile: 'browser-bundle.js',
    });
    return { text: r.outputFiles[0]!.text, metafile: r.metafile };
  } catch (e) {
    const errors = (e as BuildFailure).errors ?? [];
    throw new Error(errors.map((m) => `${m.location?.file ?? ''}:${m.location?.line ?? ''}: ${m.text}`).join('\n') || String(e));
  }
}

/** builtinsInMetafile: the Node built-ins among the bundle's inputs and their imports (external or not). */
function builtinsInMetafile(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const [path, input] of Object.entries(metafile.inputs)) {
    if (isBuiltin(path)) found.add(path);
    for (const imp of input.imports) if (isBuiltin(imp.path) || (imp.original !== undefined && isBuiltin(imp.original))) found.add(imp.original ?? imp.path);
  }
  for (const output of Object.values(metafile.outputs)) for (const imp of output.imports) if (isBuiltin(imp.path)) found.add(imp.path);
  return [...found].sort();
}

/** IMPORT: the specifiers of static imports and re-exports and of dynamic import() in esbuild's output. */
const IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

/** moduleClosure: a built module and every module it imports, transitively: local files and the rest. */
function moduleClosure(entry: string): { files: string[]; external: string[] } {
  const files = new Set<string>();
  const external = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('./') || spec.startsWith('../')) queue.push(resolve(dirname(file), spec));
      else external.add(spec);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), external: [...external].sort() };
}

describe('the core bundled for browsers', () => {
  let core: Bundle;
  let dir: string;

  beforeAll(async () => {
    core = await bundleForBrowser('src/index.ts');
    dir = mkdtempSync(join(tmpdir(), 'terrarium-browser-'));
  });

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('resolves without any Node built-in (esbuild, platform browser)', () => {
    expect(builtinsInMetafile(core.metafile)).toEqual([]);
    const inputs = Object.keys(core.metafile.inputs);
    expect(inputs).toContain('src/index.ts');
    expect(inputs).toContain('src/api/interpreter.ts');
    // Only the two runtime dependencies come from node_modules.
    const packages = new Set(inputs.filter((p) => p.includes('node_modules/')).map((p) => p.split('node_modules/')[1]!.split('/')[0]));
    expect([...packages].sort()).toEqual(['immer', 'ohm-js']);
  });

  it('has no external import, no require and no Node global in its text', () => {
    for (const output of Object.values(core.metafile.outputs)) expect(output.imports).toEqual([]);
    expect(nodeReferences(core.text)).toEqual([]);
  });

  it('runs: the browser bundle is a working interpreter', async () => {
    const file = join(dir, 'terrarium.browser.mjs');
    writeFileSync(file, core.text);
    const api = (await import(pathToFileURL(file).href)) as typeof import('../../src/index.js');
    const py = new api.Interpreter();
    expect(py.run('import sys\nprint(6 * 7, sys.platform)').stdout).toBe('42 terrarium\n');
    expect(api.dump(api.parse('x = 1\n', 'x.py'))).toMatch(/^Module\(body=\[Assign/);
  });

  it('runs where there is no process, require, Buffer or module system (a bare vm context)', async () => {
    const iife = await build({ entryPoints: [join(ROOT, 'src/index.ts')], absWorkingDir: ROOT, bundle: true, platform: 'browser', format: 'iife', globalName: 'Terrarium', target: 'es2022', write: false, logLevel: 'silent', outfile: 'iife.js' });
    // What a browser page offers that the core uses: text codecs and a clock (timers only for time slices).
    const context = createContext({ TextEncoder, TextDecoder, performance: { now: () => performance.now() }, setTimeout, clearTimeout });
    runInContext(iife.outputFiles[0]!.text, context);
    const out = runInContext(
      `(() => {
        const py = new Terrarium.Interpreter({ modules: { host: { twice: (x) => 2 * x } } });
        const nodeGlobals = ['process', 'require', 'Buffer', 'module', 'global'].filter((n) => typeof globalThis[n] !== 'undefined');
        return [py.run('from host import twice\\nprint(twice(21), [x * x for x in range(4)])').stdout, nodeGlobals];
      })()`,
      context,
    ) as [string, string[]];
    expect(out).toEqual(['42 [0, 1, 4, 9]\n', []]);
  });

  it('negative control: terrarium/node does not bundle for browsers', async () => {
    await expect(bundleForBrowser('src/node.ts')).rejects.toThrow(/node:|built into node|could not resolve/i);
  });

  it('negative control: the checks see Node in a bundle for Node', async () => {
    const r = await build({ entryPoints: [join(ROOT, 'src/node.ts')], absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, logLevel: 'silent', outfile: 'node-bundle.js' });
    expect(builtinsInMetafile(r.metafile)).toEqual(expect.arrayContaining(['node:fs', 'node:worker_threads']));
    expect(nodeReferences(r.outputFiles[0]!.text)).toEqual(expect.arrayContaining(['an import of a node: module', 'process']));
  });
});

describe('the built core (dist/index.js)', () => {
  beforeAll(() => ensureBuilt());

  it('imports no Node built-in, in itself or in any chunk it imports', () => {
    const { files, external } = moduleClosure(join(ROOT, 'dist/index.js'));
    expect(files.length).toBeGreaterThan(1);
    expect(files.every((f) => f.startsWith('dist/'))).toBe(true);
    expect(external.filter(isBuiltin)).toEqual([]);
    expect(external).toEqual([]);
    for (const f of files) expect([f, nodeReferences(readFileSync(join(ROOT, f), 'utf8'))]).toEqual([f, []]);
  });

  it('negative control: the walk finds the built-ins of dist/node.js', () => {
    const { external } = moduleClosure(join(ROOT, 'dist/node.js'));
    expect(external.filter(isBuiltin)).toEqual(expect.arrayContaining(['node:fs', 'node:worker_threads']));
  });
});
