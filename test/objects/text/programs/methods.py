# str methods over ASCII, accented and astral text; indexing and slicing by code point.
s = "Hello, Wörld! 😀 ßtraße ǆ"
print(len(s), s[14], s[-1], s[7:12], s[::-1], s[::3], s[100:], s[-3:-1])
print(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(), sep=" | ")
print(s.find("ö"), s.find("😀"), s.rfind("ß"), s.index("ß"), s.count("l"), s.count(""), "😀" in s, s.startswith(("x", "Hell")))
print(s.split(), s.split(" ", 2), s.rsplit(" ", 2), s.partition("😀"), s.rpartition("ß"))
print(s.replace("l", "L", 2), s.replace("", "."[:0]) == s, "a-b-c".replace("-", ""), "abc".replace("", "|"))
print("  pad  ".strip(), "xxhixx".strip("x"), "  pad  ".lstrip(), "  pad  ".rstrip() + "|", "😀x😀".strip("😀"))
print("ab".center(9, "😀"), "ab".ljust(6, "-"), "ab".rjust(6), "-42".zfill(6), "+7".zfill(4), "x".zfill(0))
print("a\tbc\td\n\te".expandtabs(4), repr("line1\nline2\r\nline3\rline4\x0bz".splitlines()), "x\ny\n".splitlines(True))
print(",".join(["a", "b", "c"]), "".join(reversed("åbc😀")) if False else "", "😀".join("abc"))
print("ΣΑΣ".lower(), "ǆ".title(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΑΣ ΑΣA".lower())
print("abc".isalpha(), "abc1".isalnum(), "½".isnumeric(), "²".isdigit(), "٣".isdecimal(), "_x1".isidentifier(), "1x".isidentifier())
print("Title Case".istitle(), "UPPER".isupper(), "lower".islower(), " \t\n\x1c".isspace(), "é".isascii(), "\x7f".isprintable())
print("Hello".translate(str.maketrans("lo", "01", "H")), "abc".translate({97: "AA", 98: None}), str.maketrans({"a": "b"}))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print(ord("😀"), chr(0x1F600), ascii("é😀"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\t\\"))
print("a" < "b", "😀" > "\uffff", "abc" < "abd", "Z" < "a", sorted(["é", "z", "😀", "Z", "e"]), max("hello"), min("hello"))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "a" + "b", "x" in "xyz", "" in "", "xyz".endswith("z", 0, 2))
for bad in (lambda: "a" + 1, lambda: "a" * 1.5, lambda: 1 in "a", lambda: "abc"[5], lambda: "abc"[1.0], lambda: "".join([1]), lambda: "a".index("z"), lambda: "x".center(3, "ab"), lambda: "x".split(""), lambda: str(b"\xff", "utf-8")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
t = ""
for ch in "abc😀":
    t = ch + t
print(t, len(t), [c for c in "a😀b"], list("xy"), str(12), str(1.5), str(b"b"), str(None), str(), str("x"))
