eg = ExceptionGroup('top', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.subgroup(OSError)), eg.exceptions[0], len(eg.exceptions), eg.message)
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + '!', excs)
m, r = MyEG('mine', [ValueError(1), TypeError(2)]).split(TypeError)
print(type(m).__name__, m.message, repr(r))
try: ExceptionGroup('x', [])
except ValueError as e: print(e)
try: ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e: print(e)
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
try:
    raise ExceptionGroup('g', [ValueError('a'), TypeError('b')])
except* ValueError as e:
    print('caught V', repr(e))
except* TypeError as e:
    print('caught T', repr(e))
def f():
    try:
        raise ExceptionGroup('g', [ValueError('a'), OSError('b')])
    except* ValueError:
        pass
try: f()
except ExceptionGroup as e: print('rest', repr(e))
eg2 = ExceptionGroup('n', [ValueError(1)]); eg2.__notes__ = ['note']
print(eg2.split(ValueError)[0].__notes__)
raise ExceptionGroup('many', [ValueError('x'), ExceptionGroup('sub', [TypeError('y')])])
