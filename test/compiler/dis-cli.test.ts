// The built command's --dis: the disassembly of a file, as disassemble(compile(...)) gives it in
// process; compile-time and parse-time SyntaxErrors printed as `python3 FILE` prints them (exit 1);
// command-line and file errors with exit code 2.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { disassemble } from '../../src/compiler/disassemble.js';
import { ensureBuilt, ROOT } from '../support/build.js';
import { PYTHON, run, type RunResult } from '../support/python.js';

const BIN = join(ROOT, 'bin', 'terrarium');
let dir: string;

function terrarium(args: string[]): Promise<RunResult> {
  return run(BIN, args, { cwd: dir });
}

function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'terrarium-dis-'));
}, 180_000);

describe('terrarium --dis', () => {
  it('prints the disassembly of every code object of the file', async () => {
    const source = 'import os\n\ndef f(a, *b, c=1):\n    """doc"""\n    try:\n        return [x + c for x in b]\n    except E as e:\n        raise\n\nclass C(B):\n    def m(self):\n        return super().m()\n';
    const r = await terrarium(['--dis', file('prog.py', source)]);
    // Code objects carry the absolute path, as python3 gives a script's code objects.
    expect(r).toEqual({ status: 0, stdout: disassemble(compileSource(source, join(dir, 'prog.py'), 'exec')), stderr: '' });
    expect(r.stdout).toContain(`Disassembly of <code object <listcomp>, file "${join(dir, 'prog.py')}", line 6>:`);
  });

  it.each([
    ['outside.py', 'x = 1\nreturn x\n'],
    ['nonlocal.py', 'def f():\n    nonlocal y\n'],
    ['unicode.py', 's = "ééé"; break\n'],
    ['parse.py', 'x = (1,\n'],
  ])('reports a SyntaxError in %s as python3 does, with exit code 1', async (name, content) => {
    file(name, content);
    const [ours, python] = await Promise.all([terrarium(['--dis', name]), run(PYTHON, [name], { cwd: dir })]);
    expect(python.status).toBe(1);
    expect(ours).toEqual({ status: 1, stdout: '', stderr: python.stderr });
  });

  it('needs a file, and one only', async () => {
    const missing = await terrarium(['--dis']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('Argument expected for the --dis option');
    const extra = await terrarium(['--dis', 'a.py', 'b.py']);
    expect(extra.status).toBe(2);
    expect(extra.stderr.split('\n')[0]).toBe('unexpected argument after --dis a.py: b.py');
  });

  it("reports a file it cannot open in python3's words, with exit code 2", async () => {
    const r = await terrarium(['--dis', 'nope.py']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`terrarium: can't open file '${join(dir, 'nope.py')}': [Errno 2] No such file or directory\n`);
  });
});
