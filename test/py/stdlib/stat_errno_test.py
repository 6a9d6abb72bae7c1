"""stat: constants, the S_IS* tests, S_IMODE, S_IFMT and filemode() over many modes and bad values; errno:
the names, values and errorcode."""
import stat, errno
names = [n for n in dir(stat) if not n.startswith('_') and not n.startswith('FILE_ATTR')]
print(names)
vals = list(range(0, 0o200000, 37)) + [0o170777, 0o140777, 0o107777, 0o47777, -1, 2**32-1, 2**32, 2**40, 2**64-1, 2**64, True, 'x', 1.0, None]
for n in names:
    f = getattr(stat, n)
    if not callable(f):
        print(n, f); continue
    out = []
    for v in vals:
        try: out.append(repr(f(v)))
        except Exception as e: out.append(type(e).__name__ + str(e))
    print(n, hash(tuple(out)) if False else len(out), out[::97], out[-10:])
print(sorted(errno.errorcode.items()) == sorted((v, k) for k, v in errno.errorcode.items() and [(k, v) for v, k in errno.errorcode.items()]))
print(list(errno.errorcode.items()))
print([(n, getattr(errno, n)) for n in sorted(dir(errno)) if n.startswith('E')])
