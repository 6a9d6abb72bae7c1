# Bank account simulation: classes, custom exceptions, transaction log, and interest.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d, balance is %d" % (account.number, amount, account.balance))
        self.shortfall = amount - account.balance
class FrozenAccount(BankError):
    pass

class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
        self.frozen = False
    def _check(self):
        if self.frozen:
            raise FrozenAccount("account %d is frozen" % self.number)
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return "<Account %d %s: %d>" % (self.number, self.owner, self.balance)

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate = rate_percent
    def add_interest(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args):
        acct = cls(*args)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Account, "alice", 500)
bob = bank.open(SavingsAccount, "bob", 1000, 5)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
bank.transfer(alice.number, carol.number, 200)
print("after transfer:", alice.balance, carol.balance)
try:
    bank.transfer(carol.number, alice.number, 1000)
except InsufficientFunds as e:
    print("error:", e, "| shortfall", e.shortfall)
print("interest:", bob.add_interest(), bob.balance)
carol.frozen = True
try:
    bank.transfer(bob.number, carol.number, 50)
except BankError as e:
    print("rolled back:", type(e).__name__, e)
print("bob balance after rollback:", bob.balance)
for bad in (0, -5):
    try:
        alice.deposit(bad)
    except ValueError as e:
        print("bad deposit", bad, "->", e)
try:
    bank.transfer(1, 2, 3)
except KeyError as e:
    print("unknown account", e)
print("total money:", bank.total())
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print("%-6s %6d  %s" % (acct.owner, acct.balance, acct.history))
