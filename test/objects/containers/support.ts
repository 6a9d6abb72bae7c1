// Shared support for the numbers and containers tests: runs Python snippets in Terrarium (in
// process, with this area's types present in builtins even before builtins-module.ts lists them)
// and in python3, one process per batch, and compares what they print.

import { runProgram } from '../../../src/api/run.js';
import { installRuntime } from '../../../src/vm/setup.js';
import { vmHooks } from '../../../src/vm/hooks.js';
import type { PyValue } from '../../../src/objects/object.js';
import { setType, frozensetType } from '../../../src/objects/set.js';
import { rangeType } from '../../../src/objects/range.js';
import { enumerateType, zipType, mapType, filterType, reversedType } from '../../../src/objects/iterators.js';
import '../../../src/objects/bool.js';
import { appendFileSync } from 'node:fs';
import { pythonJson } from '../../support/python.js';

const MY_TYPES: ReadonlyArray<readonly [string, PyValue]> = [
  ['set', setType],
  ['frozenset', frozensetType],
  ['range', rangeType],
  ['enumerate', enumerateType],
  ['zip', zipType],
  ['map', mapType],
  ['filter', filterType],
  ['reversed', reversedType],
];

let patched = false;
function patchBuiltins(): void {
  if (patched) return;
  patched = true;
  installRuntime();
  const make = vmHooks.makeBuiltins;
  vmHooks.makeBuiltins = (vm) => {
    const d = make(vm);
    for (const [name, t] of MY_TYPES) if (d.getStr(name) === undefined) d.setStr(name, t);
    return d;
  };
}

/** terrarium: runs source in a fresh interpreter; stdout, then the last line of stderr if it failed. */
export function terrarium(source: string): string {
  patchBuiltins();
  let out = '';
  let err = '';
  const r = runProgram(source, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  if (r.exitCode !== 0) out += '!! ' + err.trim().split('\n').pop();
  return out;
}

/** PY_PRELUDE: helpers available to every snippet, in both interpreters. */
export const PY_PRELUDE = `
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
`;

/**
 * python3All: runs each snippet (with the prelude) in one python3 process; what each printed, or
 * the last line of its traceback.
 */
export function python3All(snippets: readonly string[]): string[] {
  const script = `
import json, sys, io, traceback, contextlib
res = []
for src in json.load(sys.stdin):
    buf = io.StringIO()
    g = {'__name__': '__main__'}
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(src, '<string>', 'exec'), g)
        res.append(buf.getvalue())
    except BaseException as e:
        res.append(buf.getvalue() + '!! ' + traceback.format_exception_only(type(e), e)[-1].strip())
print(json.dumps(res))
`;
  return pythonJson<string[]>(script, snippets.map((s) => PY_PRELUDE + s));
}

/** Mismatch: one snippet whose output differs. */
export interface Mismatch {
  source: string;
  expected: string;
  actual: string;
}

/** compareSnippets: the snippets whose Terrarium output differs from python3's. */
export function compareSnippets(snippets: readonly string[]): Mismatch[] {
  const expected = python3All(snippets);
  const out: Mismatch[] = [];
  snippets.forEach((s, i) => {
    let actual: string;
    try {
      actual = terrarium(PY_PRELUDE + s);
    } catch (e) {
      actual = `!! JS ${(e as Error).stack ?? e}`;
    }
    if (actual !== expected[i]) out.push({ source: s, expected: expected[i]!, actual });
  });
  return out;
}

/** report: a readable failure message (also appended to $MISMATCH_LOG when set, for debugging). */
export function report(ms: readonly Mismatch[]): string {
  const log = process.env.MISMATCH_LOG;
  if (log !== undefined && ms.length > 0) {
    appendFileSync(log, ms.map((m) => `--- ${m.source.trim()}\n expected: ${JSON.stringify(m.expected)}\n actual:   ${JSON.stringify(m.actual)}\n`).join(''));
  }
  return ms.map((m) => `--- ${m.source.trim()}\n expected: ${JSON.stringify(m.expected)}\n actual:   ${JSON.stringify(m.actual)}`).join('\n');
}

/** exprSnippets: one snippet per line of `lines`, each printing show(lambda: <expr>). */
export function exprSnippets(setup: string, lines: readonly string[]): string[] {
  return lines.map((e) => `${setup}\nshow(lambda: ${e})\n`);
}

/**
 * compareLines: runs `lines` (expressions, each shown with show()) after `setup`, grouped into
 * snippets of `group` lines, and returns the lines whose output differs from python3's.
 */
export function compareLines(setup: string, lines: readonly string[], group = 25): Mismatch[] {
  const snippets: string[] = [];
  const MARK = '#@@';
  for (let i = 0; i < lines.length; i += group) {
    const chunk = lines.slice(i, i + group);
    snippets.push(setup + '\n' + chunk.map((e) => `print(${JSON.stringify(MARK)})\nshow(lambda: (${e}))`).join('\n') + '\n');
  }
  const expected = python3All(snippets);
  const out: Mismatch[] = [];
  snippets.forEach((s, k) => {
    let actual: string;
    try {
      actual = terrarium(PY_PRELUDE + s);
    } catch (e) {
      actual = `!! JS ${(e as Error).stack ?? e}`;
    }
    const exp = expected[k]!.split(MARK + '\n');
    const act = actual.split(MARK + '\n');
    const chunk = lines.slice(k * group, k * group + group);
    chunk.forEach((line, j) => {
      const e = exp[j + 1] ?? '<missing>';
      const a = act[j + 1] ?? `<missing> ${act[act.length - 1]?.slice(0, 300)}`;
      if (e !== a) out.push({ source: line, expected: e, actual: a });
    });
    if (exp[0] !== act[0]) out.push({ source: setup, expected: exp[0]!, actual: act[0]! });
  });
  return out;
}
