# Vending machine: coin handling with exact change-making, stock, state, and error conditions via custom exceptions.
class VendingError(Exception):
    pass
class SoldOut(VendingError):
    pass
class NotEnoughMoney(VendingError):
    pass
class CannotMakeChange(VendingError):
    pass
COINS = (200, 100, 50, 20, 10, 5)
class Machine:
    def __init__(self, products, float_coins):
        self.products = dict(products)
        self.bank = {c: float_coins.get(c, 0) for c in COINS}
        self.inserted = []
        self.sales = []
    def insert(self, coin):
        if coin not in COINS:
            raise VendingError("rejected coin %d" % coin)
        self.inserted.append(coin)
    @property
    def credit(self):
        return sum(self.inserted)
    def _change(self, amount, bank):
        out = []
        for c in COINS:
            while amount >= c and bank[c]:
                bank[c] -= 1
                amount -= c
                out.append(c)
        if amount:
            raise CannotMakeChange("short by %d" % amount)
        return out
    def select(self, code):
        if code not in self.products:
            raise VendingError("no such product %s" % code)
        name, price, stock = self.products[code]
        if stock == 0:
            raise SoldOut(name)
        if self.credit < price:
            raise NotEnoughMoney("%s costs %d, credit %d" % (name, price, self.credit))
        bank = dict(self.bank)
        for c in self.inserted:
            bank[c] += 1
        change = self._change(self.credit - price, bank)
        self.bank = bank
        self.inserted = []
        self.products[code] = (name, price, stock - 1)
        self.sales.append((name, price))
        return name, change
    def refund(self):
        coins, self.inserted = self.inserted, []
        return coins
m = Machine({"A1": ("cola", 120, 2), "A2": ("chips", 85, 1), "B1": ("gum", 35, 5)}, {50: 1, 20: 2, 10: 1, 5: 0})
script = [("insert", 100), ("insert", 50), ("select", "A1"),
          ("insert", 200), ("select", "B1"),
          ("insert", 100), ("select", "A2"),
          ("insert", 50), ("insert", 20), ("insert", 20), ("select", "A2"),
          ("insert", 3), ("insert", 100), ("select", "A1"), ("insert", 20), ("select", "A1"),
          ("insert", 100), ("insert", 20), ("select", "A1"), ("select", "Z9"), ("refund", None)]
for action, arg in script:
    try:
        if action == "insert":
            m.insert(arg)
            print("inserted %3d  credit=%d" % (arg, m.credit))
        elif action == "select":
            name, change = m.select(arg)
            print("vended %-6s change=%s" % (name, change))
        else:
            print("refunded", m.refund())
    except SoldOut as e:
        print("sold out:", e)
    except VendingError as e:
        print("%s: %s (credit %d)" % (type(e).__name__, e, m.credit))
print("sales:", m.sales, "revenue:", sum(p for _, p in m.sales))
print("bank:", {c: n for c, n in m.bank.items() if n})
print("stock:", {k: v[2] for k, v in sorted(m.products.items())})
