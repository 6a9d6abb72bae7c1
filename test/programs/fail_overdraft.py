# Ledger processing that ends with an uncaught custom exception (expected: exit code 1, last stderr line "InsufficientFunds: ...").
# expect: exit=1 stderr-last='InsufficientFunds: carol has 10, needs 11'
class LedgerError(Exception):
    pass
class InsufficientFunds(LedgerError):
    pass
class Ledger:
    def __init__(self):
        self.balances = {}
        self.applied = 0
    def apply(self, line):
        parts = line.split()
        if len(parts) != 3:
            raise LedgerError("malformed line: %r" % line)
        op, who, amount = parts[0], parts[1], int(parts[2])
        bal = self.balances.get(who, 0)
        if op == "credit":
            bal += amount
        elif op == "debit":
            if amount > bal:
                raise InsufficientFunds("%s has %d, needs %d" % (who, bal, amount))
            bal -= amount
        else:
            raise LedgerError("unknown operation %r" % op)
        self.balances[who] = bal
        self.applied += 1
LINES = """credit alice 100
credit bob 50
debit alice 30
bogus line
debit bob 20
transfer bob 5
credit carol 10
debit alice 70
debit carol 11
credit alice 1""".splitlines()
ledger = Ledger()
skipped = []
for n, line in enumerate(LINES, 1):
    try:
        ledger.apply(line)
    except InsufficientFunds:
        print("line %d: fatal, stopping" % n)
        print("balances so far:", sorted(ledger.balances.items()), "applied:", ledger.applied)
        print("skipped:", skipped)
        raise
    except LedgerError as e:
        skipped.append((n, str(e)))
        continue
    print("line %d ok: %s" % (n, line))
print("never reached")
