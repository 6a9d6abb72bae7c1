# Text files: Unicode round trips, newline translation, readline/readlines/iteration, tell/seek cookies, truncate, codecs and their errors, print(file=), reconfigure.
import io
import os
from _support import attempt, raw


def put(name, data):
    with open(name, 'wb') as f:
        f.write(data)


# Unicode round trips: 1-, 2-, 3- and 4-byte UTF-8 sequences.
samples = ['plain ascii', 'café naïve', 'Ελληνικά', '日本語のテキスト', 'emoji 😀🎉👍🏽',
           'mixed a\u00e9\u4e2d\U0001f600z', '\u0000nul\u0000', 'tab\tand\x0bvt', '\ufeffbom-first']
with open('u.txt', 'w', encoding='utf-8') as f:
    for s in samples:
        print('wrote', f.write(s + '\n'), 'chars, tell', f.tell())
print('bytes on disk', len(raw('u.txt')), os.path.getsize('u.txt'))
with open('u.txt', encoding='utf-8') as f:
    back = f.read().split('\n')
print(back[:-1] == samples, back[-1] == '')
with open('u.txt', encoding='utf-8') as f:
    print([len(line) for line in f])
print(raw('u.txt')[:40])

# read(n) counts characters, not bytes.
with open('u.txt', encoding='utf-8') as f:
    pieces = []
    while True:
        p = f.read(7)
        if not p:
            break
        pieces.append(p)
    print(len(pieces), [len(p) for p in pieces][:12], ''.join(pieces).count('\n'))
    print(repr(f.read()), repr(f.read(3)), repr(f.readline()))

# tell() cookies are opaque but seek(cookie) must return to the same place.
with open('u.txt', encoding='utf-8') as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    ok = True
    for pos, line in reversed(marks):
        f.seek(pos)
        ok = ok and f.readline() == line
    print('line cookies round trip', ok, len(marks))
    f.seek(0)
    f.read(3)
    c = f.tell()
    rest = f.read()
    f.seek(c)
    print('mid cookie', f.read() == rest)
    f.seek(0)
    print('seek 0', repr(f.readline()))
    end = f.seek(0, 2)
    print('seek end', end == os.path.getsize('u.txt'), repr(f.read()))
    print('seek(0, 1)', f.seek(0, 1) == end)
    attempt('seek cur nonzero', lambda: f.seek(3, 1))
    attempt('seek end nonzero', lambda: f.seek(-3, 2))
    attempt('seek negative', lambda: f.seek(-1))
    attempt('seek whence 3', lambda: f.seek(0, 3))
    attempt('seek float', lambda: f.seek(1.5))
    attempt('seek str', lambda: f.seek('0'))

# tell() after read(n) in the middle of multi-byte characters, for several codecs.
for enc in ['utf-8', 'utf-16', 'utf-8-sig', 'latin-1', 'utf-32-le']:
    content = 'ab\u00e9\u00e8\n' * 3 + ('\U0001f600x\n' if 'latin' not in enc else 'zz\n') * 2
    with open('cookie.txt', 'w', encoding=enc) as f:
        f.write(content)
    with open('cookie.txt', encoding=enc) as f:
        cookies = []
        got = ''
        while True:
            cookies.append((f.tell(), len(got)))
            piece = f.read(3)
            if not piece:
                break
            got += piece
        ok = got == content
        for cookie, at in cookies:
            f.seek(cookie)
            ok = ok and f.read() == content[at:]
        f.seek(cookies[2][0])
        f.readline()
        after = f.tell()
        print(enc, 'read(3) cookies', ok, len(cookies), 'readline then tell', f.read() == content[content.index('\n', 6) + 1:], after > 0)
        print('   ', [c for c, _ in cookies], after)

# Iteration and readline during a for loop: tell() is disabled while iterating.
with open('u.txt', encoding='utf-8') as f:
    for i, line in enumerate(f):
        if i == 1:
            attempt('tell in for', f.tell)
            break
    print('next after break', repr(next(f)))
    attempt('tell after next', f.tell)
    rest = list(f)
    print(len(rest))
    print('tell at eof', f.tell() == os.path.getsize('u.txt'))
    attempt('next at eof', lambda: next(f))

# readline(size) and readlines(hint).
with open('lines.txt', 'w') as f:
    f.writelines(['alpha\n', 'beta\n', 'gamma\n', '\n', 'delta epsilon zeta\n', 'last'])
with open('lines.txt') as f:
    print([f.readline(3), f.readline(3), f.readline(3), f.readline(0), f.readline(-1)])
    attempt('readline None', lambda: f.readline(None))
    print(f.readlines())
with open('lines.txt') as f:
    print(f.readlines(1))
    print(f.readlines(7))
    print(f.readlines(0))
    print(f.readlines(-1))
    print(f.readlines())
with open('lines.txt') as f:
    print(list(f))
with open('lines.txt') as f:
    print(f.read(0), repr(f.read(8)), repr(f.read(-1)))

# newline on writing: None -> os.linesep ('\n'), '' and '\n' untranslated, '\r' and '\r\n' translate '\n'.
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('nl.txt', 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
        print('write newline=%r' % (nl,), raw('nl.txt') if False else '', f.tell())
    print('  ', raw('nl.txt'))

# newline on reading a file with mixed endings.
mixed = b'one\ntwo\r\nthree\rfour\r\n\r\nfive\n\rsix'
put('mixed.txt', mixed)
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('mixed.txt', newline=nl) as f:
        lines = f.readlines()
        print('read newline=%r' % (nl,), lines, f.newlines)
    with open('mixed.txt', newline=nl) as f:
        print('   read()', repr(f.read()), f.newlines)
    with open('mixed.txt', newline=nl) as f:
        print('   pieces', [f.read(4) for _ in range(8)])

# A '\r' at a buffer boundary followed by '\n' must still be one newline.
put('cr_boundary.txt', b'x' * 8191 + b'\r\n' + b'y\r' + b'\n' * 1)
with open('cr_boundary.txt') as f:
    data = f.read()
    print(len(data), data.count('\n'), data.endswith('y\n'), repr(f.newlines))
with open('cr_boundary.txt', newline='') as f:
    print([len(line) for line in f])

# newlines attribute as lines come in.
put('nls.txt', b'a\nb\r\nc\rd')
with open('nls.txt') as f:
    seen = []
    for line in f:
        seen.append(f.newlines)
    print(seen)

# truncate.
with open('trunc.txt', 'w+') as f:
    f.write('0123456789\n' * 3)
    print('truncate(15)', f.truncate(15), 'tell', f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(5)
    print('truncate()', f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
    print('grow', f.truncate(8), repr(raw('trunc.txt')))
print(os.path.getsize('trunc.txt'))
with open('trunc.txt', 'r+') as f:
    print(repr(f.readline()))
    f.truncate(0)
    print(os.path.getsize('trunc.txt'), repr(f.read()))

# Encodings and error handlers.
text = 'A\u00e9\u20ac\U0001f600Z'
all_errors = ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace',
              'surrogateescape']
for enc in ['utf-8', 'utf-8-sig', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be',
            'utf-32', 'cp1252']:
    for errors in all_errors if enc in ('ascii', 'latin-1', 'cp1252') else ['strict']:
        try:
            with open('enc.txt', 'w', encoding=enc, errors=errors) as f:
                f.write(text)
        except Exception as e:
            print(enc, errors, 'write ->', type(e).__name__, e)
            continue
        data = raw('enc.txt')
        try:
            with open('enc.txt', encoding=enc, errors='strict') as f:
                back = f.read()
        except Exception as e:
            back = type(e).__name__
        print(enc, errors, data, repr(back))

# utf-8-sig writes a BOM once and strips it on reading; utf-16 writes a BOM once.
with open('sig.txt', 'w', encoding='utf-8-sig') as f:
    f.write('first')
    f.write(' second')
print(raw('sig.txt'))
with open('sig.txt', 'a', encoding='utf-8-sig') as f:
    f.write(' appended')
print(raw('sig.txt'))
with open('sig.txt', encoding='utf-8') as f:
    print(repr(f.read()))
with open('sig.txt', encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open('w16.txt', 'w', encoding='utf-16') as f:
    f.write('ab')
    f.write('cd')
with open('w16.txt', 'a', encoding='utf-16') as f:
    f.write('ef')
print(raw('w16.txt'))
with open('w16.txt', encoding='utf-16') as f:
    print(repr(f.read()))
with open('w16.txt', 'r+', encoding='utf-16') as f:
    f.seek(0, 2)
    f.write('gh')
print(raw('w16.txt'))

# Decoding errors: messages and each handler.
put('bad.bin', b'ok \xff\xfe mid \xc3\x28 end \xe2\x82 tail \xed\xa0\x80 z')
for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        try:
            with open('bad.bin', encoding=enc, errors=errors) as f:
                s = f.read()
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e, '|', e.encoding, e.start, e.end, e.reason)
        else:
            print(enc, errors, ascii(s))
put('trail.bin', b'abc\xe2\x82')
for errors in ['strict', 'replace']:
    try:
        with open('trail.bin', encoding='utf-8', errors=errors) as f:
            print(errors, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(errors, e)
with open('bad.bin', encoding='utf-8') as f:
    attempt('readline before bad', f.readline)
    attempt('read after', f.read)

# surrogateescape round trip of undecodable bytes.
with open('bad.bin', encoding='utf-8', errors='surrogateescape') as f:
    s = f.read()
with open('copy.bin', 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write(s)
print('surrogateescape round trip', raw('copy.bin') == raw('bad.bin'))

# Encoding errors.
for enc, s in [('ascii', 'abc\u00e9def'), ('latin-1', 'x\u20acy'), ('utf-8', 'lone \ud800 surrogate'),
               ('ascii', '\U0001f600'), ('cp1252', '\u0100')]:
    try:
        with open('e.txt', 'w', encoding=enc) as f:
            f.write(s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e, '|', e.start, e.end, repr(e.object[e.start:e.end]))
    print('  on disk', raw('e.txt'))

# print(..., file=f) and writelines.
with open('p.txt', 'w') as f:
    print('a', 1, 2.5, None, file=f)
    print('b', 'c', sep='-', end='!\n', file=f)
    print(file=f)
    print('no newline', end='', file=f)
    f.writelines(['\nw1', '\nw2\n'])
    f.writelines(iter(['g1', 'g2\n']))
    f.writelines(('t',))
    f.writelines([])
print(repr(raw('p.txt')))

# line_buffering and write_through, reconfigure.
f = open('lb.txt', 'w', buffering=1)
print(f.line_buffering, f.write_through)
f.write('no newline yet')
print('before newline', os.path.getsize('lb.txt'))
f.write(' now\n')
print('after newline', os.path.getsize('lb.txt'))
f.write('and \r carriage')
print('after cr', os.path.getsize('lb.txt'))
f.reconfigure(line_buffering=False)
f.write('more\n')
print('line_buffering off', os.path.getsize('lb.txt'), f.line_buffering)
f.reconfigure(write_through=True)
print('write_through', f.write_through, os.path.getsize('lb.txt'))
f.write('x')
print('after write_through write', os.path.getsize('lb.txt'))
f.close()
print(repr(raw('lb.txt')))

f = open('rc.txt', 'w', encoding='utf-8')
f.write('utf8:\u00e9\n')
f.reconfigure(encoding='latin-1')
print(f.encoding, f.errors)
f.write('latin:\u00e9\n')
f.reconfigure(errors='replace')
print(f.encoding, f.errors)
f.write('euro:\u20ac\n')
f.reconfigure(newline='\r\n')
f.write('crlf\n')
f.reconfigure(encoding='ascii', errors='backslashreplace')
f.write('bs:\u20ac\n')
attempt('reconfigure bad newline', lambda: f.reconfigure(newline='x'))
attempt('reconfigure bad encoding', lambda: f.reconfigure(encoding='nope'))
attempt('reconfigure int encoding', lambda: f.reconfigure(encoding=1))
attempt('reconfigure positional', lambda: f.reconfigure('utf-8'))
print(f.encoding, f.errors)
f.close()
print(raw('rc.txt'))
with open('rc.txt', encoding='latin-1') as f:
    f.readline()
    attempt('reconfigure after read', lambda: f.reconfigure(encoding='utf-8'))
    attempt('reconfigure newline after read', lambda: f.reconfigure(newline=''))
    attempt('reconfigure errors after read', lambda: f.reconfigure(errors='ignore'))
    f.reconfigure(line_buffering=True)
    print(f.errors, f.line_buffering, f.readlines())

# Appending text.
with open('app.txt', 'w') as f:
    f.write('one\n')
with open('app.txt', 'a') as f:
    print('append tell', f.tell())
    f.write('two\n')
    print('append tell after', f.tell())
with open('app.txt', 'a+') as f:
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.write('three\n')
    f.seek(0)
    print(repr(f.read()))

# r+ mixing reads and writes on text.
with open('rw.txt', 'w+') as f:
    f.write('line1\nline2\nline3\n')
    f.seek(0)
    print(repr(f.readline()))
    pos = f.tell()
    f.seek(pos)
    f.write('LINE2')
    f.seek(0)
    print(repr(f.read()))

# detach and the wrapped buffer.
f = open('rw.txt')
print(repr(f.readline()))
b = f.detach()
print(type(b).__name__, repr(b.read(6)))
attempt('after detach', f.read)
attempt('repr after detach', lambda: repr(f))
b.close()

# TextIOWrapper over a BytesIO.
bio = io.BytesIO()
t = io.TextIOWrapper(bio, encoding='utf-16-le', newline='\r\n')
t.write('hi\nthere\n')
t.flush()
print(bio.getvalue())
t.seek(0)
print(repr(t.read()))
print(t.encoding, repr(t.name) if hasattr(t, 'name') else 'no name')
t.close()
print(bio.closed)
