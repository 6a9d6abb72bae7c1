# A cause, a context, suppressed context, carets under binary operators and subscripts.
def parse(text):
    return int(text)


def load(data):
    try:
        return parse(data['value'])
    except ValueError as e:
        raise RuntimeError('cannot load') from e


def lookup(d):
    try:
        return d['missing']
    except KeyError:
        return 1 / (len(d) - 1)


try:
    load({'value': 'x'})
except RuntimeError as e:
    print('caught', e, type(e.__cause__).__name__)
try:
    lookup({'a': 1})
except ZeroDivisionError as e:
    print('caught', e, type(e.__context__).__name__)
values = [[1, 2], [3]]
print(values[1][0] + values[0][1])
total = values[0][0] * values[1][5]
