// Text-heavy Python programs (test/objects/text/programs/*.py) run end to end: their output must be
// python3's. They exercise f-strings, format(), %, str and bytes methods and the codecs through the VM.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PYTHON, run } from '../../support/python.js';
import { runFile } from '../../support/terrarium.js';

const DIR = 'test/objects/text/programs';
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
const oracle = new Map<string, string>();

beforeAll(async () => {
  await Promise.all(FILES.map(async (f) => oracle.set(f, (await run(PYTHON, ['-B', join(DIR, f)])).stdout)));
}, 60_000);

describe('text programs agree with python3', () => {
  test.each(FILES)('%s', (file) => {
    const got = runFile(join(DIR, file));
    expect(got.stdout).toBe(oracle.get(file));
    expect(got.stderr).toBe('');
  });
});
