// Determinism over the whole Python-level corpus: every test file (test/py/<area>/*.py, found as
// test/vm/py-files.test.ts finds them, and test/programs/*.py) runs twice, each time in a fresh
// interpreter on a fresh MemoryOS set up as py-files.test.ts sets it up (runFile: the script's
// directory mounted read-only, an empty in-memory working directory, <name>.stdin as stdin), and
// the two runs must agree exactly on stdout, stderr, the exit code, the instruction count and
// every figure of runProgram's stats (heapAllocated, heapLive, heapPeak, allocations,
// outputBytes, osCalls). The second run is in checked mode, where no superinstruction does its
// second instruction (src/compiler/opcodes.ts OpSpec.fuses): the figures must not change, which
// shows that fusing never changes an instruction count. A few programs also run through the
// embedding API: two
// `new Interpreter()` runs of the same source print the same and report the same stats.
//
// The files exercise most of the interpreter, so a figure that depends on anything but the
// program (a per-process cache charged to its first user, iteration over a JS Map keyed by object
// identity, the host's clock or entropy leaking in) shows up here as a difference between the two
// runs. test/os/determinism.test.ts holds one program that uses every source of variation the
// sandbox controls (random, the clock, urandom, files) to the same standard, also across prepared
// images and processes; this file covers breadth. It is not a differential test: what the files
// print is compared with python3 in test/vm/py-files.test.ts and test/vm/programs.test.ts.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFile, type Outcome } from '../support/terrarium.js';

type Api = typeof import('../../src/index.js');
const { Interpreter, PythonError } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

/** corpus: test/py/<area>/<name>.py by area (as py-files.test.ts lists them), then test/programs. */
function corpus(): Map<string, string[]> {
  const areas = new Map<string, string[]>();
  for (const area of readdirSync('test/py').sort()) {
    const dir = join('test/py', area);
    if (!statSync(dir).isDirectory()) continue;
    const files = readdirSync(dir)
      .sort()
      .filter((f) => f.endsWith('.py') && !f.startsWith('_'))
      .map((f) => join(dir, f));
    if (files.length > 0) areas.set(`py/${area}`, files);
  }
  areas.set(
    'programs',
    readdirSync('test/programs')
      .sort()
      .filter((f) => f.endsWith('.py'))
      .map((f) => join('test/programs', f)),
  );
  return areas;
}

const AREAS = corpus();

/** stdinOf: the input a test file reads (<name>.stdin), or ''. */
function stdinOf(file: string): string {
  const path = file.replace(/\.py$/, '.stdin');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** once: one run of `file` in a fresh interpreter and world (checked mode or not); the figures that must repeat. */
function once(file: string, checked = false): Omit<Outcome, 'checkFailures'> {
  const { checkFailures: _, ...rest } = runFile(file, { cwd: '/tmp/terrarium-determinism', stdin: stdinOf(file), checked });
  return rest;
}

describe('every corpus file runs identically twice in fresh interpreters', () => {
  it('the corpus is there', () => {
    expect(AREAS.get('programs')!.length).toBeGreaterThanOrEqual(40);
    expect([...AREAS.values()].flat().length).toBeGreaterThan(150);
  });
  for (const [area, files] of AREAS) {
    describe(area, () => {
      for (const file of files) {
        it(file.slice(file.lastIndexOf('/') + 1), async () => {
          // Let the worker's event loop answer vitest's messages between files (the runs are
          // synchronous; a long stretch of them makes vitest's own calls time out).
          await new Promise((resolve) => setImmediate(resolve));
          const first = once(file);
          const second = once(file, true);
          expect(first.instructions).toBeGreaterThan(0);
          expect(first.stats.heapAllocated).toBeGreaterThan(0);
          expect(second).toEqual(first);
        });
      }
    });
  }
});

/** Via: what a run through the embedding API printed and cost, or how it failed. */
interface Via {
  stdout: string;
  stderr: string;
  /** figures: RunOutput's stats without wallMs (the host's wall time). */
  figures: Record<string, number> | null;
  /** error: an uncaught exception's type and report, or null. */
  error: { type: string; traceback: string } | null;
}

/** viaInterpreter: runs `file`'s source in a new Interpreter. */
function viaInterpreter(file: string): Via {
  const interp = new Interpreter();
  try {
    const { stdout, stderr, stats } = interp.run(readFileSync(file, 'utf8'), { filename: file });
    const { wallMs: _, ...figures } = stats;
    return { stdout, stderr, figures, error: null };
  } catch (e) {
    // A program that ends with an exception: its report must repeat too.
    if (e instanceof PythonError) return { stdout: e.stdout, stderr: e.stderr, figures: null, error: { type: e.type, traceback: e.traceback } };
    throw e;
  }
}

describe('the embedding API: two new Interpreter() runs agree', () => {
  for (const [name, fails] of [['huffman.py', false], ['spreadsheet.py', false], ['event_system.py', false], ['fail_chained.py', true]] as const) {
    it(name, () => {
      const file = join('test/programs', name);
      const first = viaInterpreter(file);
      expect(first.stdout).not.toBe('');
      if (fails) expect(first.error?.traceback).toContain('Traceback');
      else expect(first.figures?.instructions).toBeGreaterThan(0);
      expect(viaInterpreter(file)).toEqual(first);
    });
  }
});
