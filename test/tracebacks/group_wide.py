# A group wider than 15 members and deeper than 10 levels is elided as CPython prints it.
def nest(n):
    if n == 0:
        return ValueError('leaf')
    return ExceptionGroup(f'level {n}', [nest(n - 1)])


errors = [KeyError(i) for i in range(20)] + [nest(12)]
raise ExceptionGroup('wide', errors)
