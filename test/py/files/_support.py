# Helpers the files/ tests share (not a test: the harness skips names starting with _).


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', repr(r))


def raw(name):
    with open(name, 'rb') as f:
        return f.read()
