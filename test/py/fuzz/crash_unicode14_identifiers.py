# Identifiers use Python 3.11's Unicode 14 classes: characters added in later Unicode versions are invalid (found by test/fuzz/crash-freedom.test.ts).
SOURCES = ['\U00031b00', 'x\U00031b00 = 1', '\U0001e4d0 = 1', 'a\u0cf3 = 1', '\U0002ebf0', 'é = 1', '\U00020000 = 1', 'x = 1 \U000323b0', 'ℌ = 2', '\u00a0x', 'x\u2028', '\U0001fae8']
for src in SOURCES:
    try:
        compile(src, 'f', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
print(str.isidentifier('\U00031b00'), str.isidentifier('a\u0cf3'))
