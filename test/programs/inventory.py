# Inventory management with nested dicts, sorting, restocking rules and a formatted report.
inventory = {}
def add_item(sku, name, qty, price, category):
    if sku in inventory:
        inventory[sku]["qty"] += qty
    else:
        inventory[sku] = {"name": name, "qty": qty, "price": price, "category": category}
def remove_item(sku, qty):
    item = inventory.get(sku)
    if item is None:
        return "unknown sku %s" % sku
    if item["qty"] < qty:
        return "only %d of %s left" % (item["qty"], item["name"])
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[sku]
        return "sold out of %s" % item["name"]
    return "ok"
add_item("A1", "widget", 10, 2.50, "hardware")
add_item("B2", "gadget", 3, 12.00, "electronics")
add_item("C3", "doohickey", 25, 0.75, "hardware")
add_item("D4", "gizmo", 1, 99.99, "electronics")
add_item("E5", "thingamajig", 7, 5.25, "misc")
add_item("A1", "widget", 5, 2.50, "hardware")
orders = [("A1", 4), ("B2", 5), ("D4", 1), ("Z9", 1), ("C3", 20), ("E5", 7)]
for sku, qty in orders:
    print("order %s x%d: %s" % (sku, qty, remove_item(sku, qty)))
def value(item):
    return item["qty"] * item["price"]
print()
print("%-4s %-12s %5s %8s %9s" % ("SKU", "NAME", "QTY", "PRICE", "VALUE"))
for sku in sorted(inventory):
    it = inventory[sku]
    print("%-4s %-12s %5d %8.2f %9.2f" % (sku, it["name"], it["qty"], it["price"], value(it)))
by_cat = {}
for it in inventory.values():
    by_cat.setdefault(it["category"], []).append(it["name"])
print()
for cat in sorted(by_cat):
    print(cat + ":", ", ".join(sorted(by_cat[cat])))
total = sum(value(it) for it in inventory.values())
print("total value: {:,.2f}".format(total))
low = [it["name"] for it in inventory.values() if it["qty"] < 5]
print("restock:", sorted(low))
priciest = max(inventory.items(), key=lambda kv: kv[1]["price"])
print("priciest:", priciest[0], priciest[1]["name"])
restock_plan = {sku: 10 - it["qty"] for sku, it in inventory.items() if it["qty"] < 10}
print("restock plan:", dict(sorted(restock_plan.items())))
