// Realistic programs (test/programs/*.py): stdout, the last line of stderr and the exit code must
// be python3's. Each runs twice, in two fresh interpreters: the instruction count and the heap
// figure must be identical (metering is exact and deterministic).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PYTHON, run } from '../support/python.js';
import { runFile, lastLine } from '../support/terrarium.js';

const ROOT = 'test/programs';
const FILES = readdirSync(ROOT)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => join(ROOT, f));
const oracle = new Map<string, { stdout: string; stderr: string; status: number | null }>();

beforeAll(async () => {
  const queue = FILES.slice();
  const worker = async (): Promise<void> => {
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) oracle.set(f, await run(PYTHON, ['-B', f]));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 120_000);

describe('programs agree with python3', () => {
  test('there are at least 40 programs', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(40);
  });
  for (const file of FILES) {
    test(file.slice(ROOT.length + 1), () => {
      const want = oracle.get(file)!;
      const first = runFile(file);
      expect(first.stdout).toBe(want.stdout);
      expect(lastLine(first.stderr)).toBe(lastLine(want.stderr));
      expect(first.exitCode).toBe(want.status);
      const second = runFile(file);
      expect(second.instructions).toBe(first.instructions);
      expect(second.heapBytes).toBe(first.heapBytes);
      expect(first.instructions).toBeGreaterThan(0);
    });
  }
});
