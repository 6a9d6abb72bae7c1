# Object-model end-to-end check (exceptions.py): must print what python3 prints (addresses aside).
class MyErr(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
        self.extra = a
e = MyErr(1)
print(repr(e), str(e), e.args, e.extra, e.__dict__)
try:
    raise MyErr(5)
except Exception as ex:
    print(type(ex).__name__, ex.extra, ex.__traceback__ is not None)
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise ValueError('v') from z
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__, repr(v.__context__))
try:
    try:
        {}['k']
    except KeyError:
        raise TypeError('t')
except TypeError as t:
    print(repr(t.__context__), t.__suppress_context__, str(t.__context__))
e = ValueError('x')
e.add_note('note1')
print(e.__notes__)
print(StopIteration(3).value, SystemExit(2).code, KeyError('a').args)
def gen():
    yield 1
    return 'done'
g = gen(); next(g)
try: next(g)
except StopIteration as s: print('stop', s.value, s.args)
try: {}['missing']
except KeyError as k: print(repr(k), str(k))
try: [].pop()
except IndexError as i: print(repr(i))
try: undefined_name
except NameError as n: print(n.name, n)
class O: pass
try: O().attr
except AttributeError as a: print(a.name, a.obj.__class__.__name__, a)
try: import nonexistent_mod
except ImportError as ie: print(type(ie).__name__, ie.name, ie)
eg = ExceptionGroup('grp', [ValueError(1), TypeError(2)])
print(str(eg), repr(eg))
try:
    raise eg
except* ValueError as ve:
    print('got', repr(ve.exceptions))
except* TypeError as te:
    print('got', repr(te.exceptions))
print(BaseException().args, repr(Exception('a', 'b')))
e = Exception()
e.__cause__ = ValueError()
print(e.__suppress_context__)
class E2(Exception):
    def __str__(self): return 'custom'
print(str(E2()), repr(E2(1)))
print(OSError(2, 'x').__class__.__name__, issubclass(FileNotFoundError, OSError))
