# Minimal markdown-to-HTML converter: headings, paragraphs, lists, code blocks, emphasis, links, and escaping.
def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def inline(text):
    text = escape(text)
    out, i = [], 0
    while i < len(text):
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append("<strong>" + inline_plain(text[i + 2:j]) + "</strong>")
                i = j + 2
                continue
        if text[i] == "*":
            j = text.find("*", i + 1)
            if j != -1:
                out.append("<em>" + text[i + 1:j] + "</em>")
                i = j + 1
                continue
        if text[i] == "`":
            j = text.find("`", i + 1)
            if j != -1:
                out.append("<code>" + text[i + 1:j] + "</code>")
                i = j + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                out.append('<a href="%s">%s</a>' % (text[close + 2:end], text[i + 1:close]))
                i = end + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out)
def inline_plain(s):
    return s
def convert(md):
    html, para, in_list, in_code = [], [], None, False
    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    def close_list():
        nonlocal in_list
        if in_list:
            html.append("</%s>" % in_list)
            in_list = None
    for line in md.splitlines():
        if line.startswith("```"):
            flush_para(); close_list()
            html.append("</code></pre>" if in_code else "<pre><code>")
            in_code = not in_code
            continue
        if in_code:
            html.append(escape(line))
            continue
        stripped = line.strip()
        if not stripped:
            flush_para(); close_list()
            continue
        if stripped.startswith("#"):
            flush_para(); close_list()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append("<h%d>%s</h%d>" % (level, inline(stripped[level:].strip()), level))
            continue
        kind = "ul" if stripped[:2] in ("- ", "* ") else "ol" if stripped.split(".")[0].isdigit() and ". " in stripped else None
        if kind:
            flush_para()
            if in_list != kind:
                close_list()
                html.append("<%s>" % kind)
                in_list = kind
            item = stripped[2:] if kind == "ul" else stripped.split(". ", 1)[1]
            html.append("  <li>" + inline(item) + "</li>")
            continue
        close_list()
        para.append(stripped)
    flush_para(); close_list()
    return "\n".join(html)
DOC = """# Terrarium *notes*
This is **bold**, this is *emphasis*, and this is `code <b>`.
It continues on a second line with a [link](https://example.org).

## Steps
1. Parse the source
2. Compile to bytecode
3. Run it & compare

- apples
- pears < plums
* cherries

```
if x < 3:
    print("small")
```
Final paragraph with an unclosed *star.
"""
print(convert(DOC))
