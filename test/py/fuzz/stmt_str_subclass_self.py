# Found by the differential runner: CPython gives back a str subclass instance itself (not a plain
# str copy) from split/rsplit when the str is shorter than the separator, from partition and
# rpartition when the separator is not found, and from format()/format_map() of a non-empty
# string without braces.
class S(str):
    pass

for s in ['', 'a', 'ab', 'abab']:
    for call in ['split("b")', 'split("b", 0)', 'rsplit("b")', 'rsplit("b", 0)', 'split("z")',
                 'rsplit("z")', 'partition("z")', 'rpartition("z")', 'partition("a")', 'format()',
                 'split()', 'rsplit()', 'split("ab")', 'rsplit("ab")', 'format_map({})', 'split("abc")']:
        x = S(s)
        r = eval('x.' + call)
        if isinstance(r, (list, tuple)):
            print(repr(s), call, [type(v).__name__ + ('*' if v is x else '') for v in r])
        else:
            print(repr(s), call, type(r).__name__ + ('*' if r is x else ''))
