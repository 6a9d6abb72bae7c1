# Parses CSV text by hand (quoted fields, embedded commas), aggregates by group, and prints a formatted sales report.
DATA = '''region,rep,product,units,unit_price
North,"Smith, J",Widget,12,2.50
North,"Smith, J",Gadget,3,12.00
South,Lee,Widget,30,2.40
South,Lee,"Doohickey ""XL""",5,7.75
East,Ng,Gadget,8,11.50
North,Olsen,Widget,7,2.50
East,Ng,Widget,19,2.45
South,Park,Gadget,2,12.25
West,,Widget,1,2.50'''
def parse_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    if quoted:
        raise ValueError("unterminated quote")
    fields.append("".join(cur))
    return fields
lines = DATA.splitlines()
header = parse_line(lines[0])
rows = []
for ln in lines[1:]:
    rec = dict(zip(header, parse_line(ln)))
    rec["units"] = int(rec["units"])
    rec["unit_price"] = float(rec["unit_price"])
    rec["revenue"] = round(rec["units"] * rec["unit_price"], 2)
    rows.append(rec)
print("parsed %d rows with columns %s" % (len(rows), header))
print(rows[3]["product"], "|", rows[0]["rep"], "|", repr(rows[-1]["rep"]))
def group(rows, key):
    out = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out
print()
print("%-8s %6s %10s %8s" % ("region", "units", "revenue", "share"))
total = sum(r["revenue"] for r in rows)
for region, rs in sorted(group(rows, "region").items(), key=lambda kv: -sum(r["revenue"] for r in kv[1])):
    rev = sum(r["revenue"] for r in rs)
    print("%-8s %6d %10.2f %7.1f%%" % (region, sum(r["units"] for r in rs), rev, 100 * rev / total))
print("%-8s %6d %10.2f" % ("TOTAL", sum(r["units"] for r in rows), total))
print()
by_product = group(rows, "product")
for product in sorted(by_product):
    rs = by_product[product]
    units = sum(r["units"] for r in rs)
    avg = sum(r["units"] * r["unit_price"] for r in rs) / units
    print("{:<18} units={:>3} avg_price={:6.3f} reps={}".format(product, units, avg, sorted({r["rep"] or "?" for r in rs})))
best = max(rows, key=lambda r: r["revenue"])
print("\nbest line:", best["rep"], best["product"], best["revenue"])
try:
    parse_line('a,"unterminated')
except ValueError as e:
    print("ValueError:", e)
