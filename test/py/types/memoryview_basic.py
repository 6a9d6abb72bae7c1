# memoryview over bytes and bytearray: indexing, slicing, assignment, conversions, errors, release.
m = memoryview(b'abcdef')
print(len(m), m[1], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(bytes(m[::-1]), m == b'abcdef', m[:2] == b'ab', m != b'x', m.hex(), m.hex(':'), list(m[4:]), hash(m) == hash(b'abcdef'))
ba = bytearray(b'hello')
w = memoryview(ba)
w[0] = 72; w[1:3] = b'EL'; print(ba, w.readonly, w.obj is ba)
for bad in [lambda: m.__setitem__(0, 1), lambda: w.__setitem__(0, 300), lambda: w.__setitem__(0, 'a'), lambda: w.__setitem__(slice(0, 2), b'abc'), lambda: m[10], lambda: memoryview(5), lambda: hash(w), lambda: w.cast('i') if False else None]:
    try: bad(); print('no error')
    except Exception as e: print(type(e).__name__, e)
with memoryview(b'xy') as v:
    print(v.tobytes())
try: len(v)
except ValueError as e: print(e)
print(b''.join([memoryview(b'a'), b'b']), bytearray(memoryview(b'zz')), isinstance(m, memoryview), memoryview(m).tobytes())
r = memoryview(b'abc').toreadonly(); print(r.readonly, type(r).__name__, m.c_contiguous, m[::2].contiguous)
