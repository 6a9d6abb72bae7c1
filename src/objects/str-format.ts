// str.format() and str.format_map() (https://docs.python.org/3.11/library/string.html#formatstrings):
// a port of CPython 3.11's Objects/stringlib/unicode_format.h (MarkupIterator, parse_field,
// field_name_split, FieldNameIterator), with its automatic field numbering and error messages.

import type { PyValue } from './object.js';
import { raise, newException, ValueError, IndexError, KeyError } from './exception.js';
import { getAttr, format as formatOf, repr as reprOf, str as strOf } from './protocol.js';
import { asciiEscape } from './format-spec.js';
import { mappingGet } from './percent-format.js';
import { isDecimal, decimalValue } from './unicode-data.js';
import { checkStrLength } from './str-index.js';
import { workBytes, workItems } from '../vm/meter.js';

/** AutoNumber: the field numbering state shared by a format string and its nested specs. */
interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

/** Args: where fields are looked up: positional args (null in format_map) and a keyword lookup. */
interface Args {
  positional: PyValue[] | null;
  keyword: (key: string) => PyValue;
}

/** fieldInteger: get_integer(): the value of an all-decimal-digit name, or -1. */
function fieldInteger(s: string[]): number {
  if (s.length === 0) return -1;
  let acc = 0;
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (!isDecimal(cp)) return -1;
    const d = decimalValue(cp);
    if (acc > (9223372036854775807 - d) / 10) raise(ValueError, 'Too many decimal digits in format string');
    acc = acc * 10 + d;
  }
  return acc;
}

/** getFieldObject: get_field_object(): the object a field name (`0.attr[key]`) names. */
function getFieldObject(name: string[], args: Args, auto: AutoNumber | null): PyValue {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (auto !== null) {
    if (auto.state === 'init' && numeric) auto.state = empty ? 'auto' : 'manual';
    if (numeric) {
      if (auto.state === 'manual' && empty) raise(ValueError, 'cannot switch from manual field specification to automatic field numbering');
      if (auto.state !== 'manual' && !empty) raise(ValueError, 'cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = auto.next++;
  }
  let obj: PyValue;
  if (index === -1) obj = args.keyword(first.join(''));
  else {
    if (args.positional === null) raise(ValueError, 'Format string contains positional fields');
    if (index >= args.positional.length) raise(IndexError, `Replacement index ${index} out of range for positional args tuple`);
    obj = args.positional[index]!;
  }
  while (i < name.length) {
    const c = name[i++];
    let part: string[];
    if (c === '.') {
      const s = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(s, i);
      if (part.length === 0) raise(ValueError, 'Empty attribute in format string');
      obj = getAttr(obj, part.join(''));
    } else if (c === '[') {
      const s = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) raise(ValueError, "Missing ']' in format string");
      part = name.slice(s, i);
      i++;
      if (part.length === 0) raise(ValueError, 'Empty attribute in format string');
      const n = fieldInteger(part);
      obj = mappingGet(obj, n === -1 ? part.join('') : n);
    } else raise(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function convert(obj: PyValue, conversion: string): PyValue {
  switch (conversion) {
    case 'r':
      return reprOf(obj);
    case 's':
      return strOf(obj);
    case 'a':
      return asciiEscape(reprOf(obj));
  }
  const cp = conversion.codePointAt(0)!;
  if (cp > 32 && cp < 127) raise(ValueError, `Unknown conversion specifier ${conversion}`);
  raise(ValueError, `Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** buildString: build_string(): the formatted text of a format string (recursion for nested specs). */
function buildString(fmt: string[], args: Args, depth: number, auto: AutoNumber | null): string {
  if (depth <= 0) raise(ValueError, 'Max string recursion exceeded');
  const out: string[] = [];
  let total = 0;
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    // MarkupIterator_next: literal text up to a '{' or '}'.
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < n) {
      c = fmt[pos++]!;
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (c === '}' && markup && (atEnd || fmt[pos] !== '}')) raise(ValueError, "Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) raise(ValueError, "Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (fmt[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    const literal = fmt.slice(start, start + len).join('');
    out.push(literal);
    total += literal.length;
    if (!markup) continue;

    // parse_field: the field name up to ':', '!' or '}' ('[...]' may hold any of them).
    const nameStart = pos;
    c = '';
    let broke = false;
    while (pos < n) {
      c = fmt[pos++]!;
      if (c === '{') raise(ValueError, "unexpected '{' in field name");
      if (c === '[') {
        while (pos < n && fmt[pos] !== ']') pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') {
        broke = true;
        break;
      }
    }
    if (!broke) raise(ValueError, "expected '}' before end of string");
    const name = fmt.slice(nameStart, pos - 1);
    let conversion = '';
    let spec: string[] = [];
    let expand = false;
    if (c === '!' || c === ':') {
      let done = false;
      if (c === '!') {
        if (pos >= n) raise(ValueError, 'end of string while looking for conversion specifier');
        conversion = fmt[pos++]!;
        if (pos < n) {
          const d = fmt[pos++]!;
          if (d === '}') done = true;
          else if (d !== ':') raise(ValueError, "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < n) {
          const d = fmt[pos++]!;
          if (d === '{') {
            expand = true;
            count++;
          } else if (d === '}') {
            count--;
            if (count === 0) {
              spec = fmt.slice(specStart, pos - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) raise(ValueError, "unmatched '{' in format spec");
      }
    }

    // output_markup
    let obj = getFieldObject(name, args, auto);
    if (conversion !== '') obj = convert(obj, conversion);
    const specText = expand ? buildString(spec, args, depth - 1, auto) : spec.join('');
    const piece = formatOf(obj, specText);
    out.push(piece);
    total += piece.length;
    checkStrLength(total);
  }
  workBytes(total);
  return out.join('');
}

/** strFormat: fmt.format(*args, **kwargs) from a call's arguments (keywords last, named by kwnames). */
export function strFormat(fmt: string, args: PyValue[], kwnames: readonly string[] | null): string {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const positional = args.slice(0, args.length - nkw);
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i]!, args[args.length - nkw + i]!);
  workItems(fmt.length);
  return buildString(Array.from(fmt), {
    positional,
    keyword: (key) => {
      const v = kw.get(key);
      if (v === undefined) throw newException(KeyError, key);
      return v;
    },
  }, 2, { state: 'init', next: 0 });
}

/** strFormatMap: fmt.format_map(mapping). */
export function strFormatMap(fmt: string, mapping: PyValue): string {
  workItems(fmt.length);
  return buildString(Array.from(fmt), { positional: null, keyword: (key) => mappingGet(mapping, key) }, 2, { state: 'init', next: 0 });
}
