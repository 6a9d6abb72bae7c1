# Classical ciphers: Caesar with brute-force cracking by letter frequency, Vigenere, Atbash and a rail fence.
import math
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
ENGLISH = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074]
def score(text):
    counts = [0] * 26
    letters = 0
    for ch in text.lower():
        if "a" <= ch <= "z":
            counts[ord(ch) - 97] += 1
            letters += 1
    return sum((counts[i] / letters * 100 - ENGLISH[i]) ** 2 / ENGLISH[i] for i in range(26))
def crack(cipher):
    return min(range(26), key=lambda s: score(caesar(cipher, -s)))
msg = "Attack at dawn! The eastern gate is weakly guarded, bring the ladders."
enc = caesar(msg, 11)
print(enc)
k = crack(enc)
print("cracked shift:", k, "->", caesar(enc, -k))
def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = 65 if ch.isupper() else 97
            shift = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere(msg, "LEMON")
print(v)
print(vigenere(v, "LEMON", decrypt=True) == msg)
def atbash(text):
    return "".join(chr(219 - ord(c)) if "a" <= c <= "z" else chr(155 - ord(c)) if "A" <= c <= "Z" else c for c in text)
print(atbash("Hello, World"), atbash(atbash("Round Trip")))
def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if rails > 1:
            if r == 0: step = 1
            elif r == rails - 1: step = -1
            r += step
    return "".join("".join(row) for row in rows)
def rail_fence_decode(cipher, rails):
    pattern = list(range(rails)) + list(range(rails - 2, 0, -1))
    idx = [pattern[i % len(pattern)] for i in range(len(cipher))]
    counts = [idx.count(r) for r in range(rails)]
    rows, pos = [], 0
    for c in counts:
        rows.append(list(cipher[pos:pos + c]))
        pos += c
    return "".join(rows[r].pop(0) for r in idx)
rf = rail_fence("WEAREDISCOVEREDFLEEATONCE", 3)
print(rf, rail_fence_decode(rf, 3))
print(all(rail_fence_decode(rail_fence(msg, n), n) == msg for n in range(2, 8)))
def columnar_key_order(key):
    return [i for _, i in sorted((ch, i) for i, ch in enumerate(key))]
print(columnar_key_order("ZEBRAS"), math.gcd(26, 11) == 1)
