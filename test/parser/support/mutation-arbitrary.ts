// fast-check arbitraries for damaged programs: a valid fixture with one to three random edits,
// at the level of characters (delete, insert, duplicate, swap) or of rough tokens (the same, plus
// inserting a random Python token), so most results are near misses of valid code.

import fc from 'fast-check';
import { FIXTURES } from './fixtures.js';
import { pythonToken } from './token-arbitrary.js';

/** Mutation: one edit; positions are taken modulo the length of what they index. */
type Mutation =
  | { op: 'delete' | 'duplicate' | 'swap'; unit: 'char' | 'token'; a: number; b: number }
  | { op: 'insert'; unit: 'char' | 'token'; a: number; text: string };

// Characters worth inserting: brackets, quotes, operators, and the whitespace the tokenizer cares about.
const INSERT_CHARS = fc.constantFrom(
  '(', ')', '[', ']', '{', '}', "'", '"', ':', ',', '=', '*', '.', '\\', '#', '\n', ' ', '    ', '\t',
  '\r', '\f', '@', '!', 'a', '1', '_', 'é', '\0', '\ufeff', ';', '-', '|', '&', '<', '~', '{x}', 'f',
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const),
    unit: fc.constantFrom('char' as const, 'token' as const),
    a: fc.nat(),
    b: fc.nat({ max: 20 }),
  }),
  fc.record({ op: fc.constant('insert' as const), unit: fc.constant('char' as const), a: fc.nat(), text: INSERT_CHARS }),
  fc.record({ op: fc.constant('insert' as const), unit: fc.constant('token' as const), a: fc.nat(), text: pythonToken }),
);

// Rough tokens: names, numbers, quoted strings, operators, whitespace runs and newlines; good
// enough to cut a program at plausible places, not a Python tokenizer.
const TOKEN_RE = /[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|\d[\w.]*|'[^'\n]*'|"[^"\n]*"|\*\*=?|\/\/=?|<<=?|>>=?|[-+*/%@&|^<>=!:]=|->|\.\.\.|[ \t]+|\n|./gsu;

function apply(source: string, m: Mutation): string {
  const units = m.unit === 'char' ? Array.from(source) : source.match(TOKEN_RE) ?? [];
  const n = units.length;
  if (m.op === 'insert') {
    const at = m.a % (n + 1);
    return [...units.slice(0, at), m.text, ...units.slice(at)].join('');
  }
  if (n === 0) return source;
  const at = m.a % n;
  switch (m.op) {
    case 'delete': {
      const len = 1 + (m.b % 3);
      return [...units.slice(0, at), ...units.slice(at + len)].join('');
    }
    case 'duplicate': {
      const len = 1 + (m.b % 4);
      return [...units.slice(0, at + len), ...units.slice(at, at + len), ...units.slice(at + len)].join('');
    }
    case 'swap': {
      const other = (at + 1 + m.b) % n;
      const copy = units.slice();
      [copy[at], copy[other]] = [copy[other], copy[at]];
      return copy.join('');
    }
  }
}

/** mutatedProgram: a fixture from FIXTURES with one to three random mutations applied in turn. */
export const mutatedProgram: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: FIXTURES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([i, ms]) => ms.reduce(apply, FIXTURES[i]));
