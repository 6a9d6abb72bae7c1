// Uncaught exceptions print exactly CPython's report (test/tracebacks/*.py): the whole of stderr
// (chains, carets, exception groups in their boxed layout), stdout and the exit code.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PYTHON, run } from '../support/python.js';
import { runFile } from '../support/terrarium.js';

const ROOT = 'test/tracebacks';
const FILES = readdirSync(ROOT)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => join(ROOT, f));
const oracle = new Map<string, { stdout: string; stderr: string; status: number | null }>();

beforeAll(async () => {
  await Promise.all(FILES.map(async (f) => oracle.set(f, await run(PYTHON, ['-B', f]))));
}, 60_000);

describe('uncaught exceptions are reported as python3 reports them', () => {
  for (const file of FILES) {
    test(file.slice(ROOT.length + 1), () => {
      const want = oracle.get(file)!;
      const got = runFile(file);
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr).toBe(want.stderr);
      expect(got.exitCode).toBe(want.status);
    });
  }
});
