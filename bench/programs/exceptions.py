# Exceptions in a hot loop: raising and catching ValueError (ours and int()'s), custom
# exception classes with attributes, try/except/else/finally, re-raising, raise from,
# KeyError and IndexError from containers, and exceptions crossing several frames.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, pos, message):
        super().__init__(message)
        self.pos = pos


def parse_digit(s, pos):
    if len(s) != 1 or not ("0" <= s <= "9"):
        raise ParseError(pos, "not a digit: " + s)
    return ord(s) - 48


def checked(value):
    if value % 7 == 3:
        raise ValueError(value)
    return value


def deep(n, value):
    if n == 0:
        return checked(value)
    return deep(n - 1, value)


def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise AppError("missing " + str(key)) from e


tokens = [str(i % 10) if i % 4 else "x" for i in range(28000)]
digits = 0
bad = 0
for pos, tok in enumerate(tokens):
    try:
        digits += parse_digit(tok, pos)
    except ParseError as e:
        bad += 1
        digits += e.pos % 3

ints = 0
errors = 0
finals = 0
for i in range(28000):
    s = str(i) if i % 3 else "n" + str(i)
    try:
        ints += int(s)
    except ValueError:
        errors += 1
    else:
        ints += 1
    finally:
        finals += 1

caught = 0
value_sum = 0
for i in range(28000):
    try:
        value_sum += deep(5, i)
    except ValueError as e:
        caught += 1
        value_sum -= e.args[0]

table = {i: i * i for i in range(0, 1000, 2)}
missing = 0
chained = 0
for i in range(14000):
    try:
        lookup(table, i % 1000)
    except AppError as e:
        missing += 1
        if isinstance(e.__cause__, KeyError):
            chained += 1

short = [1, 2, 3]
index_errors = 0
reraised = 0
for i in range(14000):
    try:
        try:
            short[i % 5]
        except IndexError:
            index_errors += 1
            raise
    except (IndexError, TypeError):
        reraised += 1

print(f"exceptions: digits={digits} bad={bad} ints={ints} errors={errors} finals={finals} "
      f"caught={caught} sum={value_sum} missing={missing}/{chained} index={index_errors}/{reraised}")
