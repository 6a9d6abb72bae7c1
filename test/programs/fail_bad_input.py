# Config parser that validates entries and finally raises an uncaught ValueError (expected last stderr line "ValueError: bad input").
# expect: exit=1 stderr-last='ValueError: bad input'
CONFIG = """
# server settings
[server]
host = example.org
port = 8080
debug = yes

[limits]
max_users = 250
timeout = 2.5
ratio = abc
"""
def parse_value(v):
    low = v.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(v)
        except ValueError:
            pass
    return v
def parse(text):
    sections, current = {}, None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        if "=" not in line or current is None:
            raise SyntaxError("line %d: cannot parse %r" % (lineno, line))
        key, _, value = line.partition("=")
        current[key.strip()] = parse_value(value.strip())
    return sections
cfg = parse(CONFIG)
for section in cfg:
    print("[%s]" % section)
    for k, v in cfg[section].items():
        print("  %-10s = %-12r (%s)" % (k, v, type(v).__name__))
def require_number(cfg, section, key):
    v = cfg[section][key]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        print("validation failed for %s.%s = %r" % (section, key, v))
        raise ValueError("bad input")
    return v
total = 0
for key in ("max_users", "timeout", "ratio"):
    total += require_number(cfg, "limits", key)
    print("running total:", total)
print("unreachable")
