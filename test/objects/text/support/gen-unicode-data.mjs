// Writes src/objects/unicode-data.ts: the few places where CPython 3.11's Unicode 14.0 character
// data differs from what the host's regular expressions (\p{...}) and case mappings give. Run with
// `node test/objects/text/support/gen-unicode-data.mjs` after a Node (ICU) upgrade if
// test/objects/text/unicode.test.ts fails; python3 must be CPython 3.11.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const PY = String.raw`
import json, sys
out = {}
R = [cp for cp in range(0x110000) if not 0xd800 <= cp < 0xe000]
def s(f): return [cp for cp in R if f(chr(cp))]
out['printable'] = s(str.isprintable)
out['decimal'] = s(str.isdecimal)
out['digit'] = s(str.isdigit)
out['numeric'] = s(str.isnumeric)
out['alpha'] = s(str.isalpha)
out['lower'] = s(str.islower)
out['upper'] = s(str.isupper)
out['title'] = s(str.istitle)
out['space'] = s(str.isspace)
out['xidstart'] = s(lambda c: c.isidentifier())
out['xidcontinue'] = s(lambda c: ('a' + c).isidentifier())
cased = set(out['lower']) | set(out['upper']) | set(out['title'])
out['cased'] = sorted(cased)
# Case_Ignorable, read off the final-sigma rule: a case-ignorable character between a cased one and
# a capital sigma is skipped.
out['ignorable'] = [cp for cp in R if (('1' + chr(cp) + '\u03a3').lower()[-1] == '\u03c3') if cp in cased] + \
    [cp for cp in R if cp not in cased and ('A' + chr(cp) + '\u03a3').lower()[-1] == '\u03c2']
out['ignorable'].sort()
def m(f): return {cp: f(chr(cp)) for cp in R if f(chr(cp)) != chr(cp)}
out['toupper'] = m(str.upper)
out['tolower'] = m(lambda c: c.lower())
out['totitle'] = m(str.title)
out['tofold'] = m(str.casefold)
json.dump(out, sys.stdout)
`;
const r = spawnSync('python3', ['-c', PY], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (r.status !== 0) throw new Error(r.stderr);
const py = JSON.parse(r.stdout);

const all = [];
for (let cp = 0; cp < 0x110000; cp++) if (!(cp >= 0xd800 && cp < 0xe000)) all.push(cp);
const printable = new Set(py.printable);
const ch = (cp) => String.fromCodePoint(cp);

/** diff: [added, removed]: code points Python has that the host predicate lacks, and the reverse. */
function diff(pyList, pred) {
  const set = new Set(pyList);
  const add = [];
  const remove = [];
  for (const cp of all) {
    const h = pred(cp);
    if (set.has(cp) && !h) add.push(cp);
    if (!set.has(cp) && h) remove.push(cp);
  }
  return [add, remove];
}
const masked = (re) => (cp) => cp < 0x80 ? re.test(ch(cp)) : printable.has(cp) && re.test(ch(cp));

function noRemove(name, [add, remove]) {
  if (remove.length) throw new Error(`${name}: the host has ${remove.length} more: ${remove.map((c) => c.toString(16))}`);
  return add;
}
const [lowerAdd, lowerRemove] = diff(py.lower, masked(/\p{Lowercase}/u));
const [upperAdd, upperRemove] = diff(py.upper, masked(/\p{Uppercase}/u));
const [casedAdd, casedRemove] = diff(py.cased, masked(/\p{Cased}/u));
const [xidcAdd, xidcRemove] = diff(py.xidcontinue, (cp) => cp === 0x5f || masked(/\p{XID_Continue}/u)(cp));
const [xidsAdd, xidsRemove] = diff(py.xidstart, (cp) => cp === 0x5f || masked(/\p{XID_Start}/u)(cp));
const [ignAdd, ignRemove] = diff(py.ignorable, (cp) => /\p{Case_Ignorable}/u.test(ch(cp)));
const alpha = diff(py.alpha, masked(/\p{L}/u));
const decimal = diff(py.decimal, masked(/\p{Nd}/u));
if (alpha[0].length || alpha[1].length || decimal[0].length || decimal[1].length) throw new Error('alpha/decimal differ');
const digitExtra = noRemove('digit', diff(py.digit, masked(/\p{Nd}/u)));
const numericExtra = noRemove('numeric', diff(py.numeric, masked(/\p{N}/u)));

// Case mappings: where Python's differs from the host's on a printable (assigned in 14.0) character.
function mapDiff(pyMap, f) {
  const out = [];
  for (const cp of all) {
    if (cp >= 0x80 && !printable.has(cp)) {
      if (pyMap[cp] !== undefined) throw new Error(`mapping of unassigned ${cp.toString(16)}`);
      continue;
    }
    const want = pyMap[cp] ?? ch(cp);
    if (f(ch(cp)) !== want) out.push([cp, want]);
  }
  return out;
}
const upperMap = mapDiff(py.toupper, (c) => c.toUpperCase());
const lowerMap = mapDiff(py.tolower, (c) => c.toLowerCase());
const titleMap = mapDiff(py.totitle, (c) => c.toUpperCase());
const foldMap = mapDiff(py.tofold, (c) => c.toLowerCase());

function rangeTable(name, doc, list) {
  const rs = [];
  for (const cp of list) {
    const last = rs[rs.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else rs.push([cp, cp]);
  }
  const items = rs.map(([a, b]) => `0x${a.toString(16)}, 0x${b.toString(16)}`);
  const lines = [];
  for (let i = 0; i < items.length; i += 6) lines.push('  ' + items.slice(i, i + 6).join(', ') + ',');
  if (lines.length === 0) return `/** ${name}: ${doc} (inclusive [first, last] pairs). */\nexport const ${name}: readonly number[] = [];\n`;
  return `/** ${name}: ${doc} (inclusive [first, last] pairs). */\nexport const ${name}: readonly number[] = [\n${lines.join('\n')}\n];\n`;
}
function mapTable(name, doc, entries) {
  const lines = [];
  const items = entries.map(([cp, s]) => `[0x${cp.toString(16)}, ${JSON.stringify(s)}]`);
  for (let i = 0; i < items.length; i += 6) lines.push('  ' + items.slice(i, i + 6).join(', ') + ',');
  return `/** ${name}: ${doc} */\nexport const ${name}: ReadonlyMap<number, string> = new Map([\n${lines.join('\n')}\n]);\n`;
}

// The hand-written part of the file (the predicates) is kept; everything after MARKER is replaced.
const OUT = new URL('../../../../src/objects/unicode-data.ts', import.meta.url);
const MARKER = '// ---- Generated tables below';
const head = readFileSync(OUT, 'utf8').split(MARKER)[0];
let src = head + `${MARKER}: test/objects/text/support/gen-unicode-data.mjs, against python3 and Node ${process.version}
// (Unicode ${process.versions.unicode}); edit the generator, not the tables.

`;
src += rangeTable('SPACE', 'the characters of str.isspace()', py.space);
src += rangeTable('DIGIT_EXTRA', 'str.isdigit() characters that are not decimal (\\p{Nd})', digitExtra);
src += rangeTable('NUMERIC_EXTRA', 'str.isnumeric() characters outside \\p{N}', numericExtra);
src += rangeTable('LOWER_ADD', 'lowercase in 14.0 but not in the host', lowerAdd);
src += rangeTable('LOWER_REMOVE', 'lowercase in the host but not in 14.0', lowerRemove);
src += rangeTable('UPPER_ADD', 'uppercase in 14.0 but not in the host', upperAdd);
src += rangeTable('UPPER_REMOVE', 'uppercase in the host but not in 14.0', upperRemove);
src += rangeTable('CASED_ADD', 'cased in 14.0 but not in the host', casedAdd);
src += rangeTable('CASED_REMOVE', 'cased in the host but not in 14.0', casedRemove);
src += rangeTable('CASE_IGNORABLE_ADD', 'case-ignorable in 14.0 but not in the host', ignAdd);
src += rangeTable('CASE_IGNORABLE_REMOVE', 'case-ignorable in the host but not in 14.0', ignRemove);
src += rangeTable('XID_START_ADD', 'identifier starts in 14.0 but not in the host', xidsAdd);
src += rangeTable('XID_START_REMOVE', 'identifier starts in the host but not in 14.0', xidsRemove);
src += rangeTable('XID_CONTINUE_ADD', 'identifier characters in 14.0 but not in the host', xidcAdd);
src += rangeTable('XID_CONTINUE_REMOVE', 'identifier characters in the host but not in 14.0', xidcRemove);
src += mapTable('UPPER_MAP', "str.upper() of the characters where it is not the host's toUpperCase().", upperMap);
src += mapTable('LOWER_MAP', "str.lower() of the characters where it is not the host's toLowerCase().", lowerMap);
src += mapTable('TITLE_MAP', "the titlecase of the characters where it is not the host's toUpperCase().", titleMap);
src += mapTable('FOLD_MAP', "str.casefold() of the characters where it is not the host's toLowerCase().", foldMap);
writeFileSync(OUT, src);
console.log('written', { upperMap: upperMap.length, lowerMap: lowerMap.length, titleMap: titleMap.length, foldMap: foldMap.length, ign: [ignAdd.length, ignRemove.length] });
