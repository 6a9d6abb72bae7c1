# Checks % formatting, str.format, and f-strings with format specs (width, fill, align, sign, grouping, precision, types, conversions).
print("%d %i %5d %-5d| %05d %+d % d" % (42, 42, 42, 42, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %g %g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012345, 0.0001, 1e-5, 123456789))
print("%x %X %#x %o %#o %s %r %a" % (255, 255, 255, 8, 8, "s", "s", "é"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}".format("r", "l", "c", "mid", 3.14159))
print("{:,} {:_} {:,.2f} {:e} {:.3g} {:%} {:.1%}".format(1234567, 1234567, 1234567.891, 1234.5, 0.000123456, 0.25, 0.5))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c}".format(10, 10, 255, 255, 5, 8, 255, 65))
print("{:+d} {:-d} {: d} {:+.1f} {:=+8d} {:08d}".format(5, -5, 5, -0.05, 42, -42))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([7, 8], {"k": "v"}, 3 + 4j))
print("{!r} {!s} {!a} {{literal}}".format("q", "q", "é"))
w, p = 10, 3
val = 3.14159265
name = "world"
print(f"hello {name}", f"{val:.{p}f}", f"{val:>{w}.2f}|", f"{name!r}", f"{name=}", f"{1 + 1 = }")
print(f"{'nested'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{3:03}", f"{-3:05}", f"{12345:,}", f"{0.1 + 0.2:.17g}")
print(f"{1e16}", f"{1e16:.0f}", f"{1234.5:g}", f"{1e-10:g}", f"{123456789.0:g}", f"{0.0:g}", f"{-0.0}", f"{float('inf'):f}", f"{float('nan'):>6}")
print(f"{'x':>3}{'y':<3}|", f"{'ab':.1}", f"{7:b}", f"{255:#06x}", f"{True}", f"{None!s}", f"{2 ** 100:,}")
print(f"{'a' 'b'}", f"{{}}", f"{'{'}", f"{len('xyz')}", f"{(lambda: 5)()}", f"{'%d' % 3}")
print(format(3.0, ""), format(3.0, "g"), format(1e5, "g"), format(1e6, "g"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(123.456, "e"), format(0.000001234, ".2e"), format(1.0, ".3%"), format(12, "n"), format(-1.5, "+"))
print("{:10}|{:<10}|{:>10}".format(1, 2, 3), "{:10}|".format("s"), "{:^10.3}|".format("abcdef"))
print("%s %s" % (True, None), "%d" % True, "%.0f" % 0.5, "%.0f" % 1.5, "%5s|%-5s|" % ("ab", "ab"))
print("%.3s" % "abcdef", "%c" % "z", "%x" % -255, "%5.1e" % 12345, "%g" % 1e20, "%g" % 0.00001234)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
try:
    "{}".format()
except IndexError as e:
    print(e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))
print(f"{3.14159:10.4f}|{42:<6d}|{'s':^5}|{-7:+}|{7:+}|{1234567.0:,.1f}")
