# Data model probe 2: truthiness, containment and iteration fallbacks, __missing__, __call__,
# __format__/__bytes__/__repr__/__str__, copy hooks, subclassed builtins and their result types,
# exception attributes (notes, OSError fields, StopIteration.value, SyntaxError fields).
class L:
    def __len__(self): return 0
class Bo:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(L()), bool(Bo()), not L())
class C:
    def __iter__(self): return iter([1, 2])
print(2 in C(), 3 in C())
class G:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 2
print(list(G()), 4 in G(), list(reversed([1,2])))
class R:
    def __len__(self): return 2
    def __getitem__(self, i): return 'ab'[i]
print(list(reversed(R())))
class Rv:
    def __reversed__(self): return iter('zy')
print(list(reversed(Rv())))
class Mi(dict):
    def __missing__(self, k): return k * 2
m = Mi(a=1); print(m['a'], m['bb'], m.get('x'))
class Ca:
    def __call__(self, *a, **k): return (a, k)
print(Ca()(1, b=2))
class Fm:
    def __format__(self, spec): return f'<{spec}>'
    def __bytes__(self): return b'BYTES'
    def __repr__(self): return 'Fm()'
    def __str__(self): return 'fm'
print(format(Fm(), 'x>5'), f'{Fm():abc}', bytes(Fm()), str(Fm()), repr(Fm()), f'{Fm()!r}')
import copy
class Cp:
    def __init__(self): self.l = [1]
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(Cp()), copy.deepcopy(Cp()))
class Li(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 1
l = Li([1, 2])
print(type(l + l), type(l[:1]), type(l * 2), l == [1, 2], l.tag)
class St(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
s = St('ab'); print(s, type(s + 'c'), type(s.lower()), type(s[0]), isinstance(s, str))
class In(int):
    def __str__(self): return 'In!'
i = In(5); print(i, i + 1, type(i + 1), repr(i), f'{i}', type(-i), type(abs(i)))
class Fl(float): pass
print(type(Fl(1.5) * 2), Fl(2.5).is_integer(), Fl('1.5'))
class Tu(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
t = Tu(1, 2); print(t, type(t[:1]), type(t + t))
class Se(set): pass
print(type(Se([1]) | {2}), type(Se([1]).copy()))
class Di(dict): pass
print(type(Di(a=1) | {}), type(Di(a=1).copy()))
class Ex(Exception):
    def __init__(self, a, b): super().__init__(a); self.b = b
    def __str__(self): return f'Ex({self.args}, {self.b})'
try: raise Ex(1, 2)
except Ex as e: print(e, e.args, repr(e))
e = ValueError('x'); e.add_note('n1'); e.add_note('n2'); print(e.__notes__)
o = OSError(2, 'No such file', 'f.txt'); print(o.errno, o.strerror, o.filename, o, type(o).__name__)
print(type(OSError(13, 'x')).__name__, FileNotFoundError.__mro__[1].__name__)
def g():
    yield 1
    return 'val'
it = g(); next(it)
try: next(it)
except StopIteration as e: print(e.value, e.args)
try: compile('x = (\n', 'f.py', 'exec')
except SyntaxError as e: print(e.filename, e.lineno, e.offset, e.text, e.msg, e.end_lineno, e.end_offset)
print(ValueError('a').with_traceback(None))
