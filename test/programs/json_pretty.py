# Hand-written JSON-like serializer with pretty printing, plus a small parser for round-tripping.
def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif ord(ch) < 32: out.append("\\u%04x" % ord(ch))
        else: out.append(ch)
    out.append('"')
    return "".join(out)
def dump(v, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return escape(v)
    if isinstance(v, (list, tuple)):
        if not v: return "[]"
        items = [pad + dump(x, indent, level + 1) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(v, dict):
        if not v: return "{}"
        items = [pad + escape(str(k)) + ": " + dump(x, indent, level + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError("Object of type %s is not serializable" % type(v).__name__)
class Parser:
    def __init__(self, text):
        self.t, self.i = text, 0
    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in " \n\t\r":
            self.i += 1
    def value(self):
        self.ws()
        c = self.t[self.i]
        if c == "{": return self.obj()
        if c == "[": return self.arr()
        if c == '"': return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.t.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.t) and self.t[j] in "+-0123456789.eE":
            j += 1
        num = self.t[self.i:j]
        if not num:
            raise ValueError("unexpected %r at %d" % (c, self.i))
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    def string(self):
        self.i += 1
        out = []
        while self.t[self.i] != '"':
            ch = self.t[self.i]
            if ch == "\\":
                self.i += 1
                e = self.t[self.i]
                if e == "u":
                    out.append(chr(int(self.t[self.i + 1:self.i + 5], 16)))
                    self.i += 4
                else:
                    out.append({"n": "\n", "t": "\t"}.get(e, e))
            else:
                out.append(ch)
            self.i += 1
        self.i += 1
        return "".join(out)
    def seq(self, close, item):
        self.i += 1
        self.ws()
        if self.t[self.i] == close:
            self.i += 1
            return
        while True:
            item()
            self.ws()
            c = self.t[self.i]
            self.i += 1
            if c == close: return
            if c != ",": raise ValueError("expected , or %s at %d" % (close, self.i - 1))
    def arr(self):
        out = []
        self.seq("]", lambda: out.append(self.value()))
        return out
    def obj(self):
        out = {}
        def pair():
            self.ws()
            k = self.string()
            self.ws()
            self.i += 1
            out[k] = self.value()
        self.seq("}", pair)
        return out
data = {"name": "Terrarium", "version": [0, 1, 2], "ok": True, "ratio": 0.1 + 0.2,
        "nested": {"empty_list": [], "empty": {}, "none": None, "text": 'say "hi"\n\ttab'},
        "unicode": "é😀", "big": 2 ** 70, "neg": -1.5e-7}
text = dump(data)
print(text)
back = Parser(text).value()
print(back == data, dump(back, indent=0).count("\n"))
print(dump([1, [2, [3, []]]], indent=1))
try:
    dump({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    Parser("[1 2]").value()
except ValueError as e:
    print("ValueError:", e)
