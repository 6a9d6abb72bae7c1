# Library system: inheritance hierarchy of items, properties, class/static methods, loans with due dates as day numbers, fines.
class Item:
    _count = 0
    loan_days = 14
    daily_fine = 10
    def __init__(self, title, year):
        Item._count += 1
        self.id = "%s-%03d" % (self.prefix(), Item._count)
        self.title, self.year = title, year
        self._borrower = None
        self.due = None
    @classmethod
    def prefix(cls):
        return cls.__name__[:2].upper()
    @property
    def available(self):
        return self._borrower is None
    def __repr__(self):
        return "%s(%r, %d)" % (type(self).__name__, self.title, self.year)
    def describe(self):
        return "%s %s" % (self.id, self.title)
class Book(Item):
    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author
    def describe(self):
        return super().describe() + " by " + self.author
class DVD(Item):
    loan_days = 3
    daily_fine = 50
class ReferenceBook(Book):
    loan_days = 0
class LoanError(Exception):
    pass
class Library:
    def __init__(self):
        self.items = {}
        self.members = {}
    def add(self, item):
        self.items[item.id] = item
        return item
    def checkout(self, item_id, member, today):
        item = self.items[item_id]
        if not item.loan_days:
            raise LoanError("%s is reference only" % item.title)
        if not item.available:
            raise LoanError("%s is on loan to %s" % (item.title, item._borrower))
        if len(self.members.setdefault(member, [])) >= 2:
            raise LoanError("%s has too many loans" % member)
        item._borrower, item.due = member, today + item.loan_days
        self.members[member].append(item_id)
        return item.due
    def checkin(self, item_id, today):
        item = self.items[item_id]
        if item.available:
            raise LoanError("%s was not on loan" % item.title)
        late = max(0, today - item.due)
        self.members[item._borrower].remove(item_id)
        item._borrower = item.due = None
        return late * item.daily_fine
    @staticmethod
    def money(cents):
        return "$%d.%02d" % divmod(cents, 100)
lib = Library()
b1 = lib.add(Book("Dune", 1965, "Herbert"))
b2 = lib.add(Book("Neuromancer", 1984, "Gibson"))
d1 = lib.add(DVD("Alien", 1979))
r1 = lib.add(ReferenceBook("Oxford Dictionary", 1989, "Various"))
for it in lib.items.values():
    print(it.describe(), "|", repr(it), "| loan days:", it.loan_days)
events = [("out", b1.id, "ann", 1), ("out", d1.id, "ann", 2), ("out", b2.id, "ann", 2), ("out", b1.id, "bob", 3),
          ("out", r1.id, "bob", 3), ("in", d1.id, None, 9), ("out", b2.id, "ann", 10), ("in", b1.id, None, 15),
          ("in", b2.id, None, 30), ("in", b2.id, None, 31)]
fines = {}
for kind, item_id, who, day in events:
    try:
        if kind == "out":
            print("day %2d: %s borrows %s, due day %d" % (day, who, lib.items[item_id].title, lib.checkout(item_id, who, day)))
        else:
            borrower = lib.items[item_id]._borrower
            fine = lib.checkin(item_id, day)
            fines[borrower] = fines.get(borrower, 0) + fine
            print("day %2d: %s returned, fine %s" % (day, lib.items[item_id].title, Library.money(fine)))
    except LoanError as e:
        print("day %2d: refused: %s" % (day, e))
print("fines:", {k: Library.money(v) for k, v in sorted(fines.items())})
print("available:", sorted(i.title for i in lib.items.values() if i.available))
print(issubclass(ReferenceBook, Item), isinstance(r1, Book), [c.__name__ for c in ReferenceBook.__mro__])
