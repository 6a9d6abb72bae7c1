// fast-check arbitraries for valid match-statement patterns (PEP 634, Python 3.11): literals
// (signed and complex numbers, strings, bytes, None/True/False), captures, wildcards, values,
// groups, sequences with a star, mappings with **rest, class patterns, or-patterns and `as`.

import fc from 'fast-check';
import { NAMES } from './expressions.js';
import { bytesLiteral, numberLiteral, strLiteral } from './literals.js';

// '_' is the wildcard, never a capture target; nor can it start a dotted name, name a class or
// (after a positional pattern) a keyword, since CPython's PEG parser commits to the wildcard
// alternative first: `case _.x:` and `case C(a, _=1):` are errors.
const notWildcard = NAMES.filter((n) => n !== '_');
const capture = fc.constantFrom(...notWildcard);
const dotted = fc.tuple(fc.constantFrom(...notWildcard), fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 2 })).map(([h, t]) => [h, ...t].join('.'));

const isImaginary = (n: string): boolean => /[jJ]$/.test(n);
const realNumber = numberLiteral.filter((n) => !isImaginary(n));
const imagNumber = numberLiteral.filter(isImaginary);

/** literalPattern: what may stand as a literal pattern or a mapping key. */
export const literalPattern: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('', '-'), numberLiteral).map(([s, n]) => s + n),
  fc.tuple(fc.constantFrom('', '-'), realNumber, fc.constantFrom(' + ', ' - ', '+', '-'), imagNumber).map(([s, r, op, i]) => s + r + op + i),
  fc.array(strLiteral, { minLength: 1, maxLength: 2 }).map((ss) => ss.join(' ')),
  fc.array(bytesLiteral, { minLength: 1, maxLength: 2 }).map((ss) => ss.join(' ')),
  fc.constantFrom('None', 'True', 'False'),
);

/** pattern(depth): a pattern as it may appear after `case` or nested, `as` and `|` included. */
export const pattern: fc.Memo<string> = fc.memo((n: number): fc.Arbitrary<string> => {
  const leaf = fc.oneof(literalPattern, capture, fc.constant('_'), dotted);
  if (n <= 1) return leaf;
  const sub = pattern(n - 1);
  const star = fc.oneof(capture, fc.constant('_')).map((c) => `*${c}`);
  // At most one star per sequence, anywhere in it.
  const items = fc
    .tuple(fc.array(sub, { maxLength: 3 }), fc.option(fc.tuple(star, fc.nat()), { nil: null }))
    .map(([ps, st]) => {
      if (st === null) return ps;
      const at = st[1] % (ps.length + 1);
      return [...ps.slice(0, at), st[0], ...ps.slice(at)];
    });
  const mappingKey = fc.oneof(literalPattern, dotted);
  const mapping = fc
    .tuple(fc.array(fc.tuple(mappingKey, sub), { maxLength: 3 }), fc.option(capture, { nil: null }), fc.boolean())
    .map(([kvs, rest, tr]) => {
      const parts = [...kvs.map(([k, v]) => `${k}: ${v}`), ...(rest === null ? [] : [`**${rest}`])];
      return `{${parts.join(', ')}${tr && parts.length ? ',' : ''}}`;
    });
  const classPattern = fc
    .tuple(fc.oneof(capture, dotted), fc.array(sub, { maxLength: 2 }), fc.array(fc.tuple(capture, sub), { maxLength: 2 }), fc.boolean())
    .map(([cls, pos, kws, tr]) => {
      const parts = [...pos, ...kws.map(([k, v]) => `${k}=${v}`)];
      return `${cls}(${parts.join(', ')}${tr && parts.length ? ',' : ''})`;
    });
  const closed = fc.oneof(
    { arbitrary: leaf, weight: 4 },
    sub.map((p) => `(${p})`),
    items.map((ps) => `[${ps.join(', ')}]`),
    items.map((ps) => `(${ps.join(', ')}${ps.length === 1 ? ',' : ''})`),
    mapping,
    classPattern,
  );
  // An or-pattern's alternatives are closed patterns; `as` binds the whole or-pattern.
  const orPattern = fc.array(closed, { minLength: 1, maxLength: 3 }).map((ps) => ps.join(' | '));
  return fc.oneof(
    { arbitrary: orPattern, weight: 4 },
    fc.tuple(orPattern, capture).map(([p, c]) => `${p} as ${c}`),
  );
});

/** casePatterns: what follows `case`: one pattern, or an open sequence such as `a, *b`. */
export const casePatterns: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pattern(3), weight: 4 },
  fc.tuple(pattern(2), fc.oneof(pattern(2), capture.map((c) => `*${c}`)), fc.boolean()).map(([a, b, tr]) => `${a}, ${b}${tr ? ',' : ''}`),
  fc.tuple(pattern(2)).map(([a]) => `${a},`),
);
