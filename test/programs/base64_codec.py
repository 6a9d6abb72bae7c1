# Hand-written base64 and hex codecs over bytes, plus a CRC-32 and Adler-32 checksum, with round-trip checks.
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
REVERSE = {c: i for i, c in enumerate(ALPHABET)}
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)
def b64decode(text):
    if len(text) % 4:
        raise ValueError("length %d is not a multiple of 4" % len(text))
    out = bytearray()
    for i in range(0, len(text), 4):
        block = text[i:i + 4]
        pad = block.count("=")
        n = 0
        for ch in block:
            if ch == "=":
                n <<= 6
                continue
            if ch not in REVERSE:
                raise ValueError("invalid character %r" % ch)
            n = (n << 6) | REVERSE[ch]
        out.extend(n.to_bytes(3, "big")[:3 - pad])
    return bytes(out)
def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table
CRC_TABLE = make_crc_table()
def crc32(data):
    c = 0xFFFFFFFF
    for b in data:
        c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld ✓".encode("utf-8"), bytes(range(256))]
for s in samples:
    enc = b64encode(s)
    ok = b64decode(enc) == s
    print("%-24r %-28s %s crc=%08x adler=%08x" % (s[:12], enc[:28], ok, crc32(s), adler32(s)))
print(b64decode("VGVycmFyaXVtIHJ1bnMgUHl0aG9u").decode())
for bad in ("abc", "ab!d"):
    try:
        b64decode(bad)
    except ValueError as e:
        print("ValueError:", e)
print(crc32(b"The quick brown fox jumps over the lazy dog") == 0x414FA339, hex(adler32(b"Wikipedia")))
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join("%02x" % b for b in chunk).ljust(width * 3 - 1)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print("%04x  %s  |%s|" % (off, hexpart, text))
hexdump(b"Terrarium\x00\x01\x02 is a Python VM\xff")
