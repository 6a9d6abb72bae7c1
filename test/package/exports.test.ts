// The package's entry points as a user's code reaches them: `terrarium` (the core: the API and its
// types, nothing Node-only), `terrarium/node` (host mounts, the host's clock and entropy, isolated
// runs, the CLI) and `terrarium/host` (the older name of the Node part). Node resolves the
// package's own name through package.json "exports" from inside the repository, so a child
// `node` importing 'terrarium' gets what an installed package would give.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';

/** CORE: every runtime export of 'terrarium'. A change here is a change of the public API. */
const CORE = [
  // the embedding API
  'Interpreter', 'PyHandle', 'PythonError', 'LimitExceededError',
  // programs
  'runProgram', 'runProgramAsync', 'DEFAULT_SLICE_MS',
  // worlds
  'MemoryOS', 'seededEntropy', 'MemoryFS', 'emptyImage', 'OSFault', 'strerror', 'TracingOS', 'ReplayOS', 'ReplayDivergence', 'ReplayError',
  // the parser
  'parse', 'dump', 'decodeSource', 'formatSyntaxError', 'PySyntaxError', 'ELLIPSIS', 'PyComplex',
].sort();

/** NODE_PART: the runtime exports of terrarium/host; terrarium/node has these and runCli. */
const NODE_PART = ['HostDirectory', 'hostClock', 'hostSleep', 'hostEntropy', 'hostStdin', 'runIsolated', 'IsolateError', 'DEFAULT_WATCHDOG_GRACE_MS', 'isolateResourceLimits'].sort();

interface PackageJson {
  name: string;
  main: string;
  types: string;
  exports: Record<string, string | Record<string, string>>;
  files: string[];
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

/** node: runs an ES module in a child node whose working directory is the repository. */
function node(code: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => ensureBuilt());

describe('package.json', () => {
  it('maps terrarium, terrarium/node and terrarium/host to built files that are published', () => {
    expect(pkg.name).toBe('terrarium');
    expect(pkg.exports).toEqual({
      '.': { types: './dist/types/index.d.ts', default: './dist/index.js' },
      './node': { types: './dist/types/node.d.ts', default: './dist/node.js' },
      './host': { types: './dist/types/os/host.d.ts', default: './dist/host.js' },
      './package.json': './package.json',
    });
    expect(pkg.main).toBe('dist/index.js');
    expect(pkg.types).toBe('dist/types/index.d.ts');
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    for (const target of targets) {
      const top = target.replace(/^\.\//, '').split('/')[0]!;
      expect(pkg.files.includes(top) || top === 'package.json', target).toBe(true);
    }
  });
});

describe('the entry points, resolved by Node through "exports"', () => {
  it('terrarium exports the API and nothing else; terrarium/node and terrarium/host the Node part', () => {
    const r = node(`
      const names = async (s) => Object.keys(await import(s)).sort();
      console.log(JSON.stringify({ core: await names('terrarium'), node: await names('terrarium/node'), host: await names('terrarium/host') }));
    `);
    expect(r.stderr).toBe('');
    const got = JSON.parse(r.stdout) as { core: string[]; node: string[]; host: string[] };
    expect(got.core).toEqual(CORE);
    expect(got.host).toEqual(NODE_PART);
    expect(got.node).toEqual([...NODE_PART, 'runCli'].sort());
    // Nothing is exported twice: the core and the Node part are disjoint.
    expect(got.core.filter((n) => got.node.includes(n))).toEqual([]);
  });

  it('the entries work together: a HostDirectory from terrarium/node mounts into the core MemoryOS', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terrarium-exports-'));
    try {
      writeFileSync(join(dir, 'in.txt'), 'from the host\n');
      const r = node(`
        import { Interpreter, MemoryOS } from 'terrarium';
        import { HostDirectory, runIsolated } from 'terrarium/node';
        import * as host from 'terrarium/host';
        const os = new MemoryOS({ mounts: { '/data': new HostDirectory(${JSON.stringify(dir)}) } });
        const py = new Interpreter({ os });
        process.stdout.write(py.run("print(open('/data/in.txt').read().strip().upper())").stdout);
        console.log(host.runIsolated === runIsolated, host.HostDirectory === HostDirectory);
      `);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('FROM THE HOST\ntrue true\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('terrarium/node runs the command line (runCli), as bin/terrarium does', () => {
    const r = node(`
      import { runCli } from 'terrarium/node';
      const code = await runCli(['-c', 'import sys; print(6 * 7); sys.exit(4)']);
      console.log('exit', code);
    `);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('42\nexit 4\n');
  });
});
