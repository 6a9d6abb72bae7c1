// fast-check arbitraries for valid Python 3.11 literals: numbers in every base and form, strings
// and bytes with every prefix, quote style and escape kind, and f-strings with conversions,
// format specs, nested fields and `=`. Non-ASCII text makes byte and code-point columns differ.

import fc from 'fast-check';

const digits = (alphabet: string, min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((d) => d.join(''));

// Underscores go between digits only: one may follow each digit but the last.
function underscored(ds: string, mask: boolean[]): string {
  let out = '';
  for (let i = 0; i < ds.length; i++) out += ds[i] + (i + 1 < ds.length && mask[i % mask.length] ? '_' : '');
  return out;
}
const withUnderscores = (ds: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(ds, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 3 }))
    .map(([d, mask, use]) => (use === 0 ? underscored(d, mask) : d));

const decimalInt = fc.oneof(
  fc.constantFrom('0', '00', '0_0', '1', '7', '10', '255', '1_000_000'),
  withUnderscores(fc.tuple(fc.constantFrom(...'123456789'), digits('0123456789', 0, 12)).map(([a, b]) => a + b)),
  // Huge: well past 2**64, still under CPython's 4300-digit int repr limit.
  fc.tuple(fc.constantFrom(...'123456789'), digits('0123456789', 20, 60)).map(([a, b]) => a + b),
);

const prefixed = (prefix: fc.Arbitrary<string>, alphabet: string): fc.Arbitrary<string> =>
  fc.tuple(prefix, fc.boolean(), withUnderscores(digits(alphabet, 1, 20))).map(([p, u, d]) => p + (u ? '_' : '') + d);

const intLiteral = fc.oneof(
  { arbitrary: decimalInt, weight: 4 },
  prefixed(fc.constantFrom('0x', '0X'), '0123456789abcdefABCDEF'),
  prefixed(fc.constantFrom('0o', '0O'), '01234567'),
  prefixed(fc.constantFrom('0b', '0B'), '01'),
);

const digitRun = withUnderscores(digits('0123456789', 1, 8));
const exponent = fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digitRun).map((p) => p.join(''));

const floatLiteral = fc.oneof(
  fc.constantFrom('0.0', '1.5', '.5', '5.', '1e10', '1E-5', '1e400', '1e-400', '0777.5', '0777e1', '3.14159265358979323846', '1_0.0_1e-1_0'),
  fc.tuple(digitRun, digitRun, fc.option(exponent, { nil: '' })).map(([a, b, e]) => `${a}.${b}${e}`),
  fc.tuple(digitRun, exponent).map(([a, e]) => a + e),
  fc.tuple(digitRun, fc.option(exponent, { nil: '' })).map(([b, e]) => `.${b}${e}`),
);

const imaginaryLiteral = fc
  .tuple(fc.oneof(floatLiteral, decimalInt.filter((d) => !d.startsWith('0') || /^[0_]+$/.test(d)), fc.constant('0777')), fc.constantFrom('j', 'J'))
  .map(([n, j]) => n + j);

/** numberLiteral: an int (decimal, hex, octal, binary, huge, with underscores), float or imaginary. */
export const numberLiteral: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: intLiteral, weight: 3 },
  { arbitrary: floatLiteral, weight: 2 },
  { arbitrary: imaginaryLiteral, weight: 1 },
);

// ---------------------------------------------------------------- strings and bytes

const QUOTES = ["'", '"', "'''", '"""'] as const;
type Quote = (typeof QUOTES)[number];

// Plain characters, none of them a quote, a backslash, a brace or a newline; some non-ASCII.
const plainChar = fc.constantFrom(...'abcxyz XYZ019 .,;:!?-+*/%=<>()[]@$&|^~`', 'é', 'ß', '€', '中', '😀', '\t', '\u00a0');
const asciiChar = fc.constantFrom(...'abcxyz XYZ019 .,;:!?-+*/%=<>()[]@$&|^~`', '\t');

// Escapes valid in str literals; '\d' and '\q' are unknown escapes, kept as is (a DeprecationWarning).
const strEscape = fc.constantFrom(
  '\\n', '\\t', '\\\\', "\\'", '\\"', '\\a', '\\b', '\\f', '\\v', '\\r', '\\0', '\\101', '\\7', '\\x41', '\\xe9',
  '\\u00e9', '\\u20ac', '\\U0001F600', '\\N{BULLET}', '\\N{LATIN SMALL LETTER A}', '\\N{EM DASH}', '\\d', '\\q', '\\\n',
);
const bytesEscape = fc.constantFrom('\\n', '\\t', '\\\\', "\\'", '\\"', '\\0', '\\101', '\\x41', '\\xff', '\\d', '\\u00e9', '\\N', '\\\n');

/**
 * assemble joins literal pieces (single characters, escapes, and for f-strings whole fields) into
 * a body that the quote cannot close early: a piece equal to the quote or a newline is dropped from
 * a single-quoted string, and a triple-quoted one never gets three quote characters in a row, nor
 * one just before the closing quotes. Escapes and fields break a run of quotes.
 */
function assemble(pieces: string[], quote: Quote): string {
  let out = '';
  let run = 0;
  for (const p of pieces) {
    if (p.length > 1) {
      out += p;
      run = 0;
    } else if (p === '\n') {
      if (quote.length === 3) out += p;
      run = 0;
    } else if (p === quote[0]) {
      if (quote.length === 1) continue;
      if (run === 2) out += ' ';
      out += p;
      run = run === 2 ? 1 : run + 1;
    } else {
      out += p;
      run = 0;
    }
  }
  return run > 0 ? out + ' ' : out;
}

const extraChar = fc.constantFrom("'", '"', '\n');

const strPiece = fc.oneof({ arbitrary: plainChar, weight: 6 }, { arbitrary: strEscape, weight: 2 }, { arbitrary: extraChar, weight: 1 });
const bytesPiece = fc.oneof({ arbitrary: asciiChar, weight: 6 }, { arbitrary: bytesEscape, weight: 2 }, { arbitrary: extraChar, weight: 1 });
// Raw pieces: a backslash pair is fine in a raw string ('\\' followed by any non-newline char).
const rawPiece = fc.oneof({ arbitrary: plainChar, weight: 6 }, fc.constantFrom('\\d', '\\n', '\\\\', '\\w+'), { arbitrary: extraChar, weight: 1 });
const rawBytesPiece = fc.oneof({ arbitrary: asciiChar, weight: 6 }, fc.constantFrom('\\d', '\\n', '\\\\'), { arbitrary: extraChar, weight: 1 });

const quote = fc.constantFrom(...QUOTES);

/** strLiteral: one str token, with or without a u/r prefix. */
export const strLiteral: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('', '', 'u', 'U'), quote, fc.array(strPiece, { maxLength: 12 })).map(([p, q, ps]) => p + q + assemble(ps, q) + q),
  fc.tuple(fc.constantFrom('r', 'R'), quote, fc.array(rawPiece, { maxLength: 12 })).map(([p, q, ps]) => p + q + assemble(ps, q) + q),
);

/** bytesLiteral: one bytes token (ASCII only), raw or not. */
export const bytesLiteral: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('b', 'B'), quote, fc.array(bytesPiece, { maxLength: 12 })).map(([p, q, ps]) => p + q + assemble(ps, q) + q),
  fc.tuple(fc.constantFrom('br', 'rb', 'Rb', 'bR', 'BR', 'rB'), quote, fc.array(rawBytesPiece, { maxLength: 12 })).map(([p, q, ps]) => p + q + assemble(ps, q) + q),
);

// ---------------------------------------------------------------- f-strings

/**
 * FieldExprArbitrary makes the expressions of f-string replacement fields: no backslash, '#' or
 * newline, no top-level ':' or '!', and nested strings only in the quote the f-string does not use
 * (`avoidQuote` is the one it does). expressions.ts supplies it, to keep the recursion in one place.
 */
export type FieldExprArbitrary = (avoidQuote: "'" | '"') => fc.Arbitrary<string>;

const specChar = fc.constantFrom(...'<>^=+- 0123456789.,_xXdbfeEgGn%s', 'é');

/** fstringLiteral: one f-string token whose fields come from `fieldExpr`. */
export function fstringLiteral(fieldExpr: FieldExprArbitrary): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('f', 'F', 'rf', 'fr', 'Rf', 'fR', 'RF'), quote).chain(([prefix, q]) => {
    const raw = prefix.toLowerCase().includes('r');
    const expr = fieldExpr(q[0] as "'" | '"');
    const nestedField = expr.map((e) => `{${e}}`);
    const spec = fc
      .array(fc.oneof({ arbitrary: specChar, weight: 4 }, { arbitrary: nestedField, weight: 1 }), { maxLength: 4 })
      .map((ps) => ps.join(''));
    const field = fc
      .tuple(
        fc.constantFrom('', '', ' '),
        expr,
        fc.constantFrom('', '', '', '=', ' = ', '='),
        fc.constantFrom('', '', '!r', '!s', '!a'),
        fc.option(spec, { nil: null }),
        fc.constantFrom('', '', ' '),
      )
      .map(([pad, e, eq, conv, sp, pad2]) => {
        // Padding after the expression is part of the debug text when '=' follows, so skip it then.
        const end = eq === '' && conv === '' && sp === null ? pad2 : '';
        // A field opening with '{' would read as a doubled brace.
        const lead = e.startsWith('{') ? ' ' : pad;
        return `{${lead}${e}${end}${eq}${conv}${sp === null ? '' : ':' + sp}}`;
      });
    // Multi-line fields are only possible in triple-quoted f-strings.
    const multiline = q.length === 3 ? expr.map((e) => `{\n${e}\n}`) : fc.constant('{x}');
    const literal = raw ? rawPiece : strPiece;
    const piece = fc.oneof(
      { arbitrary: literal, weight: 4 },
      { arbitrary: fc.constantFrom('{{', '}}'), weight: 1 },
      { arbitrary: field, weight: 3 },
      { arbitrary: multiline, weight: 1 },
    );
    return fc.array(piece, { maxLength: 6 }).map((ps) => prefix + q + assemble(ps, q) + q);
  });
}
