# Command-style program that validates records and exits via sys.exit(3) when errors were found (expected exit code 3).
# expect: exit=3 stderr-last=''
import sys
RECORDS = [
    "id=1;name=Widget;price=2.50;qty=10",
    "id=2;name=Gadget;price=abc;qty=3",
    "id=3;name=;price=1.00;qty=1",
    "id=4;name=Gizmo;price=9.99;qty=-2",
    "id=5;name=Doohickey;price=0.75;qty=25",
]
def parse(rec):
    fields = dict(part.split("=", 1) for part in rec.split(";"))
    errors = []
    if not fields.get("name"):
        errors.append("missing name")
    try:
        price = float(fields["price"])
    except ValueError:
        errors.append("bad price %r" % fields["price"])
        price = None
    qty = int(fields["qty"])
    if qty < 0:
        errors.append("negative qty %d" % qty)
    return fields, price, qty, errors
error_count = 0
total = 0.0
for rec in RECORDS:
    fields, price, qty, errors = parse(rec)
    if errors:
        error_count += len(errors)
        print("record %s: %s" % (fields["id"], "; ".join(errors)))
    else:
        total += price * qty
        print("record %s: ok (%s x%d)" % (fields["id"], fields["name"], qty))
print("valid total: %.2f" % total)
print("errors:", error_count)
def finish():
    try:
        if error_count:
            sys.exit(3)
        sys.exit(0)
    finally:
        print("cleanup done")
finish()
print("not printed")
