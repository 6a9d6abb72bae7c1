# Run-length encoding and decoding of strings and bytes, with validation of malformed input.
def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append("%d%s" % (count, prev))
            prev, count = ch, 1
    out.append("%d%s" % (count, prev))
    return "".join(out)
def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if not num:
                raise ValueError("missing count before %r" % ch)
            out.append(ch * int(num))
            num = ""
    if num:
        raise ValueError("dangling count %s" % num)
    return "".join(out)
def rle_bytes(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)
def unrle_bytes(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out.extend(bytes([data[i + 1]]) * data[i])
    return bytes(out)
samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "abc", "aabcccccaaa", "", "x" * 12, "😀😀😀ab"]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    ratio = len(enc) / len(s) if s else 0
    print("%-30s %-30s ok=%s ratio=%.2f" % (s[:30], enc[:30], dec == s, ratio))
for bad in ("3a2", "ab", "12"):
    try:
        rle_decode(bad)
    except ValueError as e:
        print("decode %r failed: %s" % (bad, e))
data = b"\x00" * 300 + b"\x01\x02\x02" + b"\xff" * 5
packed = rle_bytes(data)
print(len(data), "->", len(packed), packed.hex())
print(unrle_bytes(packed) == data)
def best_runs(s, n=3):
    runs = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        runs.append((j - i, i, s[i]))
        i = j
    runs.sort(key=lambda r: (-r[0], r[1]))
    return runs[:n]
print(best_runs(samples[0]))
