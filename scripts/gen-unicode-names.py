"""Writes src/parser/unicode-names.data.ts: CPython 3.11's Unicode character names, compressed.

Run at build time (`npm run build:unicode`) with python3, which must be CPython 3.11:
    python3 scripts/gen-unicode-names.py src/parser/unicode-names.data.ts
The output is generated, not committed. src/parser/unicode-names.ts decodes it; the format is
described there and in the comments below, and both sides must change together.

What is taken from CPython rather than from the Unicode files: the names (unicodedata.name), and
the name aliases that `\\N{...}` accepts, which unicodedata exposes only through its C API capsule
(the aliases live at private-use code points 0xF0000.. of its name table; the named sequences that
follow at 0xF0200 are not accepted by `\\N{...}` and are left out).

Compression: names are split into words; each name keeps the words it shares with the previous
name (front coding, in code point order) and lists its new words as indices into a lexicon, most
frequent words in the shortest codes. Everything is written with 93 printable ASCII characters, so
the generated file is plain ASCII and its size in bytes is its length in characters.
"""
import collections
import ctypes
import re
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), 'generate with CPython 3.11'

# The alphabet: printable ASCII without '"' and '\\', so that a digit never needs escaping in a
# double-quoted string. digit(v) and the decoder's value(c) must agree.
ALPHABET = ''.join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"\\')
BASE = len(ALPHABET)  # 93
assert BASE == 93

# Header digits: COMBOS[h] is a (shared, new) pair for h < N_COMBOS; two escapes follow them.
N_COMBOS = BASE - 2
ESC_DELTA = BASE - 2  # a code point delta other than 1 follows as a varint, then the header proper
ESC_PAIR = BASE - 1   # shared and new follow as one digit each

# Lexicon tiers: indices < T1 take one digit; the next L2 * BASE take two (lead T1 .. T1+L2-1);
# the rest take three (lead T1+L2 ..). Chosen by search below for the smallest output.

SBASE, LCOUNT, VCOUNT, TCOUNT = 0xAC00, 19, 21, 28
NCOUNT = VCOUNT * TCOUNT

# The Jamo short names, in the order of CPython's Modules/unicodedata.c hangul_syllables table;
# checked below against every syllable's name.
JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H']
JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO',
          'WE', 'WI', 'YU', 'EU', 'YI', 'I']
JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH',
          'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H']

CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-'

# A family is a run of names PREFIX + '%04X' % cp, kept as ranges instead of words; smaller ones
# are not worth it.
FAMILY_MIN = 64


def digit(v):
    assert 0 <= v < BASE, v
    return ALPHABET[v]


def varint(v):
    # Little-endian; digits >= 46 carry 47 values and continue, a digit < 46 ends the number.
    out = ''
    while v >= 46:
        out += digit(46 + v % 47)
        v //= 47
    return out + digit(v)


def aliases():
    """The (code point, alias) pairs of CPython's name table, via unicodedata's C API capsule."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    capi = get_pointer(unicodedata._ucnhash_CAPI, b'unicodedata._ucnhash_CAPI')
    # 3.11's _PyUnicode_Name_CAPI starts with getname(code, buffer, buflen, with_alias_and_seq).
    getname = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                               ctypes.c_int)(ctypes.c_void_p.from_address(capi).value)
    buf = ctypes.create_string_buffer(256)
    assert getname(0x41, buf, 256, 0) and buf.value == b'LATIN CAPITAL LETTER A'
    out = []
    for pua in range(0xF0000, 0xF0200):
        if not getname(pua, buf, 256, 1):
            continue
        name = buf.value.decode('ascii')
        ch = eval('"\\N{%s}"' % name)  # what the parser must reproduce
        assert len(ch) == 1 and unicodedata.lookup(name) == ch, name
        out.append((ord(ch), name))
    assert len(out) > 400, 'alias table not found'
    return sorted(out)


def collect():
    names, cjk, hangul = {}, [], 0
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if SBASE <= cp < SBASE + LCOUNT * NCOUNT:
            s = cp - SBASE
            expect = 'HANGUL SYLLABLE ' + JAMO_L[s // NCOUNT] + JAMO_V[s % NCOUNT // TCOUNT] + JAMO_T[s % TCOUNT]
            assert name == expect, (hex(cp), name, expect)
            hangul += 1
        elif name.startswith(CJK_PREFIX):
            assert name == CJK_PREFIX + '%X' % cp, name
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
        else:
            names[cp] = name
    assert hangul == LCOUNT * NCOUNT
    return names, cjk


def families(names):
    runs = collections.defaultdict(list)
    for cp, name in names.items():
        m = re.fullmatch(r'(.*[- ])([0-9A-F]{4,5})', name)
        if m and m.group(2) == '%04X' % cp:
            r = runs[m.group(1)]
            if r and r[-1][1] == cp - 1:
                r[-1][1] = cp
            else:
                r.append([cp, cp])
    out = []
    for prefix, ranges in sorted(runs.items()):
        if sum(b - a + 1 for a, b in ranges) >= FAMILY_MIN:
            out.append((prefix, ranges))
            for a, b in ranges:
                for cp in range(a, b + 1):
                    del names[cp]
    return out


def tokens(name):
    # Words and the separators other than one space ('-', ' -', '- '); a single space between two
    # words is implied.
    return [t for t in re.findall(r'[A-Z0-9]+|[^A-Z0-9]+', name) if t != ' ']


def join(toks):
    out = ''
    for t in toks:
        if out and out[-1].isalnum() and t[0].isalnum():
            out += ' '
        out += t
    return out


def front_code(entries):
    """(delta, shared, new tokens) for each (cp, name) in order."""
    out, prev, last = [], [], -1
    for cp, name in entries:
        toks = tokens(name)
        assert join(toks) == name and name == name.strip(), name
        assert len(toks) < 64, 'the decoder keeps at most 64 words of a name'
        s = 0
        while s < min(len(toks), len(prev)) and toks[s] == prev[s]:
            s += 1
        out.append((cp - last, s, toks[s:]))
        prev, last = toks, cp
    return out


def tier_sizes(freq):
    """(T1, L2) that make the token codes shortest, given the word frequencies in falling order."""
    counts = [c for _, c in freq]
    best = None
    for t1 in range(1, BASE):
        for l2 in range(0, BASE - t1):
            if t1 + l2 * BASE + (BASE - t1 - l2) * BASE * BASE < len(counts):
                continue
            size = sum(counts[:t1]) + 2 * sum(counts[t1:t1 + l2 * BASE]) + 3 * sum(counts[t1 + l2 * BASE:])
            if best is None or size < best[0]:
                best = (size, t1, l2)
    return best[1], best[2]


def encode_lexicon(words):
    # Each word: one lowercase letter 'a' + (characters shared with the previous word, at most 25),
    # then the rest of the word; words never contain lowercase letters.
    out, prev = '', ''
    for w in words:
        s = 0
        while s < min(len(w), len(prev), 25) and w[s] == prev[s]:
            s += 1
        out += chr(ord('a') + s) + w[s:]
        prev = w
    return out


def encode_stream(coded, index, combo_index, t1, l2):
    out = []
    for delta, s, new in coded:
        if delta != 1:
            out.append(digit(ESC_DELTA) + varint(delta))
        h = combo_index.get((s, len(new)))
        out.append(digit(h) if h is not None else digit(ESC_PAIR) + digit(s) + digit(len(new)))
        for w in new:
            i = index[w]
            if i < t1:
                out.append(digit(i))
            elif i < t1 + l2 * BASE:
                i -= t1
                out.append(digit(t1 + i // BASE) + digit(i % BASE))
            else:
                i -= t1 + l2 * BASE
                out.append(digit(t1 + l2 + i // (BASE * BASE)) + digit(i // BASE % BASE) + digit(i % BASE))
    return ''.join(out)


def ts_string(s):
    assert '"' not in s and '\\' not in s
    return '"' + s + '"'


def main():
    names, cjk = collect()
    fams = families(names)
    named = front_code(sorted(names.items()))
    alias_list = aliases()
    aliased = front_code(alias_list)

    freq = collections.Counter(w for coded in (named, aliased) for _, _, new in coded for w in new).most_common()
    t1, l2 = tier_sizes(freq)
    # Within a tier every code has the same length, so each tier is sorted for front coding.
    ranked = [w for w, _ in freq]
    tiers = [ranked[:t1], ranked[t1:t1 + l2 * BASE], ranked[t1 + l2 * BASE:]]
    words = [w for tier in tiers for w in sorted(tier)]
    index = {w: i for i, w in enumerate(words)}
    assert len(words) < 1 << 16, 'the decoder keeps word indices in a Uint16Array'
    token_count = sum(len(tokens(name)) for _, name in list(names.items()) + alias_list)

    pairs = collections.Counter((s, len(new)) for coded in (named, aliased) for _, s, new in coded)
    combos = [p for p, _ in pairs.most_common(N_COMBOS)]
    combo_index = {p: i for i, p in enumerate(combos)}

    lexicon = encode_lexicon(words)
    names_text = encode_stream(named, index, combo_index, t1, l2)
    aliases_text = encode_stream(aliased, index, combo_index, t1, l2)

    out = []
    w = out.append
    w("// CPython 3.11's Unicode character names (unicodedata %s), compressed for src/parser/unicode-names.ts." % unicodedata.unidata_version)
    w('// Generated at build time by scripts/gen-unicode-names.py; not committed, do not edit.')
    w('')
    w('/** UNIDATA_VERSION: the Unicode version of the names. */')
    w("export const UNIDATA_VERSION = '%s';" % unicodedata.unidata_version)
    w('')
    w('/** NAMED_COUNT, ALIAS_COUNT: the entries in NAMES and ALIASES. */')
    w('export const NAMED_COUNT = %d;' % len(named))
    w('export const ALIAS_COUNT = %d;' % len(aliased))
    w('')
    w('/** TOKEN_COUNT: the words of all entries, shared ones counted. */')
    w('export const TOKEN_COUNT = %d;' % token_count)
    w('')
    w('/** TIERS: [T1, L2], the lexicon indices coded in one digit (T1) and in two (L2 leads). */')
    w('export const TIERS: readonly [number, number] = [%d, %d];' % (t1, l2))
    w('')
    w('/** COMBOS: the (shared, new) word counts of header digits, flattened. */')
    w('export const COMBOS: readonly number[] = [%s];' % ', '.join('%d, %d' % p for p in combos))
    w('')
    w('/** LEXICON: %d words, front coded. */' % len(words))
    w('export const LEXICON = %s;' % ts_string(lexicon))
    w('')
    w('/** NAMES: the names not made by rule, in code point order. */')
    w('export const NAMES = %s;' % ts_string(names_text))
    w('')
    w('/** ALIASES: the name aliases (NameAliases.txt), in code point order. */')
    w('export const ALIASES = %s;' % ts_string(aliases_text))
    w('')
    w('/** CJK_UNIFIED: the [first, last] ranges named CJK UNIFIED IDEOGRAPH-%X, flattened. */')
    w('export const CJK_UNIFIED: readonly number[] = [%s];' % ', '.join('0x%X, 0x%X' % (a, b) for a, b in cjk))
    w('')
    w("/** FAMILIES: prefixes whose names are prefix + '%04X' % cp, with [first, last] ranges, flattened. */")
    w('export const FAMILIES: readonly (readonly [string, readonly number[]])[] = [')
    for prefix, ranges in fams:
        w("  ['%s', [%s]]," % (prefix, ', '.join('0x%X, 0x%X' % (a, b) for a, b in ranges)))
    w('];')
    w('')
    w('/** JAMO_L, JAMO_V, JAMO_T: the short names that make the Hangul syllable names. */')
    for label, table in (('L', JAMO_L), ('V', JAMO_V), ('T', JAMO_T)):
        w('export const JAMO_%s: readonly string[] = [%s];' % (label, ', '.join("'%s'" % j for j in table)))
    text = '\n'.join(out) + '\n'

    with open(sys.argv[1], 'w', encoding='ascii', newline='\n') as f:
        f.write(text)
    print('%s: %d bytes (lexicon %d, names %d, aliases %d)' % (
        sys.argv[1], len(text), len(lexicon), len(names_text), len(aliases_text)))


if __name__ == '__main__':
    main()
