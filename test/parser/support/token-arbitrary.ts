// fast-check arbitraries for "token soup": random sequences of Python tokens, valid and broken
// (unterminated strings, bad numbers, stray characters), on lines with random indentation and
// random whitespace between tokens. Nearly all of it is invalid Python, which is the point.

import fc from 'fast-check';

const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
  'match', 'case', '_',
];

// Non-ASCII names include ones that NFKC changes (ℌ is H, ﬁ is fi) and an astral one.
const NAMES = ['a', 'b', 'x', 'foo', 'print', '_x', '__init__', 'é', 'π', '名前', 'ℌ', 'ﬁ', '𝔘', 'a1', 'self'];

const NUMBERS = [
  '0', '1', '42', '00', '0x1f', '0X_F', '0o17', '0b101', '1_000', '1.5', '.5', '5.', '1e10', '1E-3',
  '1j', '2.5J', '1e400', '123456789012345678901234567890', '0777', '1__0', '0x', '1_', '0b2', '1e',
  '0o8', '09', '1.2.3', '0_0',
];

const STRINGS = [
  "'a'", '"b"', "'''c'''", '"""d"""', "r'\\d'", "b'x'", "B'\\xff'", "u'u'", "rb'raw'", "Rb'\\n'",
  "f'{x}'", 'f"{x!r:>3}"', "f'{x=}'", "f'{{}}'", "f'{x:{y}}'", "rf'{a}\\n'", "f'{'", "f'}'", "f'{x!z}'",
  "f'{}'", "'\\N{BULLET}'", "'\\N{nope}'", "b'é'", "'\\x4'", "'unterminated", '"""unterminated',
  "'\\", "ub''", "bf''", "'é€😀'",
];

const OPERATORS = [
  '+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^', '~', ':=', '<', '>', '<=', '>=',
  '==', '!=', '(', ')', '[', ']', '{', '}', ',', ':', ';', '.', '...', '=', '->', '+=', '-=', '*=',
  '/=', '//=', '%=', '@=', '&=', '|=', '^=', '>>=', '<<=', '**=', '!', '$', '?', '`', '\\', '<>',
];

const OTHER = ['# comment', '#', '\\\n', '\n', '\r\n', '\r', '\t', '\f', '\v', '\0', '\ufeff', '\u00a0', '\u2028'];

/** pythonToken: one token, weighted towards the ones that make statements. */
export const pythonToken: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...KEYWORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...NAMES), weight: 4 },
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 2 },
  { arbitrary: fc.constantFrom(...STRINGS), weight: 2 },
  { arbitrary: fc.constantFrom(...OPERATORS), weight: 5 },
  { arbitrary: fc.constantFrom(...OTHER), weight: 1 },
);

const GAP = fc.constantFrom('', ' ', ' ', ' ', '  ', '\t', '\f', '\\\n');
const INDENT = fc.constantFrom('', '', '', ' ', '    ', '    ', '        ', '\t', '\t ', ' \t', '\f', '  ');
const EOL = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\\\n');

const line = fc.tuple(INDENT, fc.array(fc.tuple(GAP, pythonToken), { maxLength: 12 }));

/**
 * tokenSoup: up to 8 lines of random tokens, each with random indentation; bounded in size. The
 * first line is mostly left unindented, since an indented one ends the parse at once.
 */
export const tokenSoup: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(line, EOL), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.nat({ max: 3 }))
  .map(([lines, finalNewline, keepIndent]) => {
    const text = lines.map(([[indent, toks], eol], i) => (i === 0 && keepIndent > 0 ? '' : indent) + toks.map(([g, t]) => g + t).join('') + eol).join('');
    return finalNewline ? text : text.replace(/\n$/, '');
  });
