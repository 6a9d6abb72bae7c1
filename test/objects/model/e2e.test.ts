// End to end: the object-model programs in test/objects/model/py/ run in Terrarium and must print
// what python3 prints for them, with object addresses (0x...) masked.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PYTHON, run } from '../../support/python.js';
import { runFile, lastLine } from '../../support/terrarium.js';

const DIR = 'test/objects/model/py';
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => join(DIR, f));
const oracle = new Map<string, { stdout: string; stderr: string; status: number | null }>();
const mask = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x?');

beforeAll(async () => {
  await Promise.all(FILES.map(async (f) => oracle.set(f, await run(PYTHON, ['-B', '-W', 'ignore', f]))));
}, 60_000);

describe('object-model programs agree with python3', () => {
  for (const file of FILES) {
    test(file.slice(DIR.length + 1), () => {
      const want = oracle.get(file)!;
      const got = runFile(file);
      expect(mask(got.stdout)).toBe(mask(want.stdout));
      expect(lastLine(got.stderr)).toBe(lastLine(want.stderr));
      expect(got.exitCode).toBe(want.status);
    });
  }
});
