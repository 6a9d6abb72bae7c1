import sys
def fail(i):
    raise ValueError(f'bad {i}')
def collect():
    errs = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errs.append(e)
    try:
        raise KeyError('ctx')
    except KeyError:
        raise ExceptionGroup('collected', errs + [ExceptionGroup('nested', [TypeError('t')])])
def wide():
    raise ExceptionGroup('wide', [ValueError(i) for i in range(17)])
try:
    wide()
except ExceptionGroup as e:
    print(len(e.exceptions))
try:
    try:
        collect()
    except* TypeError as e:
        raise RuntimeError('from handler') from None
except* RuntimeError:
    pass
collect()
