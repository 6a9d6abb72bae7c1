# Checks string-related builtins: str, repr, ascii, chr, ord, format, bin/hex via format, bytes, bytearray, print options.
print(str(5), str(1.5), str(None), str([1, "a"]), str(b"ab"), str("x"), str())
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n"), repr("\x00\x7f"), repr("é😀"))
print(repr(b"\x00a'"), repr(bytearray(b"xy")), repr(1.0), repr([1, "a", None]), repr((1,)), repr(()))
print(ascii("é😀x"), ascii(["ñ"]), ascii("plain"))
print(chr(65), chr(0x1F600), chr(233), ord("A"), ord("😀"), ord("\n"))
print(format(255, "x"), format(255, "#b"), format(3.14159, ".2f"), format("s", ">5"), format(1234567, ","), format(0.5, "%"))
print(format(42), format("x"), format(1.0), format(-5, "+d"), format(5, "08.3f"))
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(b"x"), bytes())
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, bytearray(2), bytearray("hi", "ascii"), len(ba), ba[1], list(ba))
print("a", 1, None, sep="|", end="<\n")
print()
print("", end="")
print("multi", "args")
print(*[], sep="x")
print("%s" % "percent", "%d items" % 3)
print(str(b"x", "ascii"), str(bytearray(b"yz"), "utf-8"))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
print(repr("\u200b"), repr("\r"), repr("\\"), repr("\x1b"))
print(len("😀"), len("é"), len("e\u0301"), "😀"[0] == "😀")
print(str(True), repr(False), str(-0.0), repr(2 ** 100))
