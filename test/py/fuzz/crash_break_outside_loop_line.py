# 'break' and 'continue' outside a loop, inside try/finally, except or with blocks, are reported at their own line, not at line -1 (found by test/fuzz/crash-freedom.test.ts).
SOURCES = [
    'try:\n    x = 1\nexcept Exception as e:\n    break\nfinally:\n    pass\n',
    'try:\n    x = 1\nexcept Exception:\n    break\n',
    'try:\n    break\nfinally:\n    pass\n',
    'with a:\n    break\n',
    'with a, b:\n    if x:\n        continue\n',
    'try:\n    x = 1\nexcept Exception:\n    pass\nelse:\n    continue\nfinally:\n    pass\n',
    'def f():\n    try:\n        pass\n    finally:\n        with a:\n            break\n',
    'try:\n    x = 1\nfinally:\n    break\n',
]
for src in SOURCES:
    try:
        compile(src, 'f.py', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# The same as a traceback of exec().
try:
    exec('with a:\n    pass\n    break\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
