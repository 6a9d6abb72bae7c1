// The host boundary: only src/cli/ (and, later, the host OS implementations in src/os/host*)
// may touch the host. Everything else must be pure, so that a run is sandboxed and repeatable.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/build.js';

const HOST_APIS: readonly [string, RegExp][] = [
  ['a node: module', /from\s+['"]node:|import\(\s*['"]node:|require\(/],
  ['process', /\bprocess\s*\./],
  ['console', /\bconsole\s*\./],
  ['the clock', /\bDate\b|\bperformance\s*\./],
  ['Math.random', /Math\s*\.\s*random/],
  ['timers', /\b(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/],
  ['eval', /(^|[^.\w$])eval\s*\(/m],
  ['new Function', /\bnew\s+Function\s*\(/],
];

function allowed(path: string): boolean {
  return path.startsWith('src/cli/') || /^src\/os\/host/.test(path);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

// Comments may name host APIs (to say why they are not used); code may not.
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('host boundary', () => {
  it('keeps host APIs inside src/cli', () => {
    const offences: string[] = [];
    for (const path of sources(join(ROOT, 'src'))) {
      const rel = relative(ROOT, path);
      if (allowed(rel)) continue;
      const text = code(readFileSync(path, 'utf8'));
      for (const [what, pattern] of HOST_APIS) if (pattern.test(text)) offences.push(`${rel} uses ${what}`);
    }
    expect(offences).toEqual([]);
  });
});
