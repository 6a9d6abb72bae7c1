# Checks bytes and bytearray methods, indexing, slicing, literals, and conversions.
b = b"hello world"
print(b[0], b[-1], b[:5], b[::-1], len(b), b"o" in b, 111 in b, b.count(b"o"), b.find(b"wor"), b.index(b"l"))
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.startswith(b"he"), b.endswith(b"x"))
print(b.strip(b"hd"), b"  x ".strip(), b"-".join([b"a", b"b"]), b.partition(b" "), b"a,b".rsplit(b",", 1))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), b.hex(), bytes.fromhex("de ad be ef"), b"\x00\xff".hex())
print(b"abc" + b"def", b"ab" * 3, b"abc" < b"abd", b"a" == "a", bytes([104, 105]), list(b"hi"))
print(b"%s=%d" % (b"x", 5), b"x".center(5, b"*"), b"AbC".lower(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace())
print(b"\t\n\r\\\x07", b"'", b'"', b"'\"", bytes(range(5)), b"ab".zfill(4))
ba = bytearray(b"abc")
ba.append(ord("d")); ba.extend(b"ef"); ba.insert(0, 65)
print(ba, ba.pop(), ba.pop(0), ba)
ba[0:2] = b"XYZ"
print(ba, ba.find(b"Z"), ba.upper(), bytes(ba), ba.decode())
ba.reverse(); print(ba)
del ba[0]; print(ba)
ba.remove(ord("Z")); print(ba)
ba += b"!!"
print(ba, ba * 2, ba == bytearray(b"dcYX!!"), ba.count(b"!"))
ba.clear(); print(ba, len(ba))
print(bytearray(b"x") + b"y", type(bytearray(b"x") + b"y").__name__, type(b"y" + bytearray(b"x")).__name__)
print(b"abc"[1:2], b"abc"[1], type(b"abc"[1]).__name__, bytes(bytearray(b"q")))
print(b"a b  c".split(b" "), b"x\ny\n".splitlines(), b"aXbXc".split(b"X", 1))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big"), b"%05.1f" % 2.25)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    b"x" + "y"
except TypeError as e:
    print(e)
try:
    bytearray(b"x")[0] = 256
except ValueError as e:
    print(e)
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff".decode("latin-1"), b"\xffA".decode("utf-8", "replace"), b"\xffA".decode("utf-8", "ignore"), "é".encode("ascii", "replace"))
print(hash(b"") == hash(b""), bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128, 255])))
