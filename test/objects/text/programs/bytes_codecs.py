# bytes, bytearray and the codecs, with the Unicode errors.
b = "héllo 😀".encode()
print(b, len(b), b[1], b[1:3], b.decode(), b.decode("latin-1"), b.hex(), b.hex(":", 2), bytes.fromhex("de ad be ef"))
print(b.upper(), b.split(b" "), b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"), b.startswith(b"h"), 0xc3 in b, b"ll" in b)
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba += b"!"
ba[0] = 65
del ba[1]
ba.insert(1, 66)
print(ba, len(ba), ba.pop(), ba.pop(0), ba, bytes(ba), ba.decode(), ba * 2, bytearray(3), bytes([1, 2, 3]), bytes(2))
print(bytes(range(5)) if False else b"", list(b"hi"), [x for x in bytearray(b"\x00\xff")], b"a" == bytearray(b"a"), b"a" < b"b")
print("€".encode("cp1252"), "é".encode("utf-16"), "é".encode("utf-32-be"), "aé€".encode("ascii", "replace"), "aé€".encode("ascii", "xmlcharrefreplace"))
print("aé€😀".encode("ascii", "backslashreplace"), b"\xff\xfeA".decode("utf-8", "replace"), b"\xffA".decode("utf-8", "backslashreplace"), b"\xffA".decode("utf-8", "ignore"))
print(b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"), "é".encode("utf-8-sig"))
for bad in (lambda: b"\xff".decode(), lambda: b"a\xe2\x82".decode(), lambda: "é".encode("ascii"), lambda: "aéé".encode("latin-1" if False else "ascii"), lambda: "\ud800".encode(), lambda: b"x".decode("nope"), lambda: "x".encode("utf-8", "nope") + "\udc80".encode("utf-8", "nope"), lambda: b"a" + "b", lambda: bytearray(b"a").pop(9), lambda: bytes(-1), lambda: bytes("x"), lambda: b"a"[3], lambda: bytearray([300])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    b"\xc3(".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "ab\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
