# compile(), exec() and eval() encode a str source to UTF-8 before parsing it: a lone surrogate raises UnicodeEncodeError, not SyntaxError (found by test/fuzz/crash-freedom.test.ts).
SOURCES = ['\ud800', 'x = 1\n# \udc00\n', 'print(1)\n\udfff', "'\udbff'", 'a\udc00\ud800b', '(\ud800']
for src in SOURCES:
    for name, f in [('compile', lambda s: compile(s, 'f', 'exec')), ('exec', exec), ('eval', eval)]:
        try:
            f(src)
            print(name, 'ok')
        except UnicodeEncodeError as e:
            print(name, type(e).__name__, e.encoding, e.start, e.end, e.reason)
            print(' ', e)
        except SyntaxError as e:
            print(name, type(e).__name__, e.msg)
# A well-formed astral character is fine.
print(eval("'\U0001f600'") == '\U0001f600')
