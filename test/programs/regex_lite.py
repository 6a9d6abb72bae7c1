# A tiny regular-expression matcher (literals, ., *, +, ?, ^, $, character classes) built by recursive backtracking.
def parse_atom(p, i):
    if p[i] == "[":
        j = p.index("]", i + 1)
        body = p[i + 1:j]
        negate = body.startswith("^")
        if negate:
            body = body[1:]
        chars = set()
        k = 0
        while k < len(body):
            if k + 2 < len(body) and body[k + 1] == "-":
                for code in range(ord(body[k]), ord(body[k + 2]) + 1):
                    chars.add(chr(code))
                k += 3
            else:
                chars.add(body[k])
                k += 1
        return (lambda c: (c in chars) != negate), j + 1
    if p[i] == "\\":
        lit = p[i + 1]
        classes = {"d": str.isdigit, "w": lambda c: c.isalnum() or c == "_", "s": str.isspace}
        if lit in classes:
            return classes[lit], i + 2
        return (lambda c: c == lit), i + 2
    if p[i] == ".":
        return (lambda c: True), i + 1
    ch = p[i]
    return (lambda c: c == ch), i + 1
def match_here(p, i, s, j):
    if i == len(p):
        return j
    if p[i] == "$" and i == len(p) - 1:
        return j if j == len(s) else None
    pred, ni = parse_atom(p, i)
    op = p[ni] if ni < len(p) and p[ni] in "*+?" else ""
    if op:
        lo = 1 if op == "+" else 0
        hi = 1 if op == "?" else len(s) - j
        k = j
        while k < len(s) and k - j < hi and pred(s[k]):
            k += 1
        while k - j >= lo:
            r = match_here(p, ni + 1, s, k)
            if r is not None:
                return r
            k -= 1
        return None
    if j < len(s) and pred(s[j]):
        return match_here(p, ni, s, j + 1)
    return None
def search(p, s):
    if p.startswith("^"):
        end = match_here(p, 1, s, 0)
        return (0, end) if end is not None else None
    for start in range(len(s) + 1):
        end = match_here(p, 0, s, start)
        if end is not None:
            return start, end
    return None
def findall(p, s):
    out, pos = [], 0
    while pos <= len(s):
        found = None
        for start in range(pos, len(s) + 1):
            end = match_here(p, 0, s, start)
            if end is not None:
                found = (start, end)
                break
        if not found:
            break
        out.append(s[found[0]:found[1]])
        pos = found[1] if found[1] > found[0] else found[1] + 1
    return out
tests = [("ab*c", "xxabbbcyy"), ("^ab", "abc"), ("^b", "abc"), ("c$", "abc"), ("a.c", "a-c"), ("colou?r", "my color"),
         ("colou?r", "my colour"), ("\\d+", "order 66 now"), ("[a-c]+", "xxcabbage"), ("[^0-9]+", "123abc456"),
         ("^\\w+@\\w+\\.com$", "user_1@example.com"), ("^\\w+@\\w+\\.com$", "user@bad"), ("x*", "aaa"), ("a+b+", "aab ab b")]
for p, s in tests:
    r = search(p, s)
    print("%-20s %-20s %s" % (p, s, repr(s[r[0]:r[1]]) + " at %d" % r[0] if r else "no match"))
print(findall("\\d+", "a1b22c333d"), findall("[aeiou]", "regular expressions"), findall("\\w+", "it's a dog-eat-dog world"))
print(findall("a*", "baaac"))
