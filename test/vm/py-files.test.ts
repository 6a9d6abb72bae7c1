// The Python-level tests: every test/py/<area>/*.py runs in a fresh Terrarium interpreter in
// checked mode (each instruction's stack effect verified against the opcode table) and must print
// what python3 prints for it and exit the same way. The files pass under python3 on their own.
// python3 runs each in a fresh temporary directory; Terrarium in an empty in-memory directory of
// the same path (the script's own directory is mounted read-only for imports). A file's stdin is
// <name>.stdin next to it when there is one, else empty, for both.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PYTHON, run } from '../support/python.js';
import { runFile, lastLine } from '../support/terrarium.js';

const ROOT = 'test/py';

/** testFiles: test/py/<area>/<name>.py (deeper folders hold helper modules and packages). */
function testFiles(): string[] {
  const out: string[] = [];
  for (const area of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, area);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.py') && !f.startsWith('_')) out.push(join(dir, f));
    }
  }
  return out;
}

const FILES = testFiles();

/** stdinOf: the input a test file reads (<name>.stdin), or ''. */
function stdinOf(file: string): string {
  const path = file.replace(/\.py$/, '.stdin');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
const oracle = new Map<string, { stdout: string; stderr: string; status: number | null; cwd: string }>();

beforeAll(async () => {
  // python3 runs every file once, a few at a time.
  const queue = FILES.slice();
  const worker = async (): Promise<void> => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
      const cwd = mkdtempSync(join(tmpdir(), 'terrarium-py-'));
      oracle.set(f, { ...(await run(PYTHON, ['-B', resolve(f)], { cwd, input: stdinOf(f) })), cwd });
      rmSync(cwd, { recursive: true, force: true });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 120_000);

describe('test/py files agree with python3', () => {
  test('the corpus is there', () => {
    expect(FILES.length).toBeGreaterThan(40);
  });
  for (const file of FILES) {
    test(file.slice(ROOT.length + 1), () => {
      const want = oracle.get(file)!;
      const got = runFile(file, { checked: true, cwd: want.cwd, stdin: stdinOf(file) });
      expect(got.stdout).toBe(want.stdout);
      expect(lastLine(got.stderr)).toBe(lastLine(want.stderr));
      expect(got.exitCode).toBe(want.status);
      expect(got.checkFailures).toEqual([]);
    });
  }
});
