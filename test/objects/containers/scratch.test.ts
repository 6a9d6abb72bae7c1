import { it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareSnippets, report } from './support.js';
it('scratch', () => {
  const text = readFileSync('/tmp/exprs.txt', 'utf8');
  const snippets = text.split('\n---\n').filter((s) => s.trim() !== '').flatMap((block) =>
    block.startsWith('#block') ? [block] : block.split('\n').filter(Boolean).map((e) => `show(lambda: ${e})\n`));
  const ms = compareSnippets(snippets);
  expect(ms, report(ms)).toEqual([]);
});
