# printf-style formatting of str and bytes, with its errors.
print("%s %r %a %d %i %o %x %X %e %E %f %F %g %G %c %%" % ("é", "é", "é", 42, -42, 8, 255, 255, 1.5, 1.5, 2.25, 2.25, 1e-5, 1e20, 9731))
print("%05d|%-5d|%+d|% d|%#x|%#o|%5.1f|%-8.3e|%.0f|%.0f|%.0f" % (42, 42, 42, 42, 255, 8, 3.14159, 31415.9, 0.5, 1.5, 2.5))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30}, "%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (("a", "b"),), "%d%%" % 50, "%c%c" % ("x", 0x1F600), "%.3s" % "abcdef", "%5s|%-5s|" % ("ab", "cd"))
print(b"%s %d %x %c %r %a %b" % (b"by", 7, 255, 65, b"r", "\xe9", b"b"), b"%-6s|%6s|" % (b"l", b"r"))
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%y", 1), ("%(a)s", 1), ("%(a)s", {}), ("%c", "ab"), ("%c", -1), ("%x", 1.5), ("abc", 5), ("%", ()), ("%f", "x")):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
for fmt, args in ((b"%s", "str"), (b"%c", 300), (b"abc", 5)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
