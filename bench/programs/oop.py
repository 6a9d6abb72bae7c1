# Method-heavy object-oriented code: small classes with __init__, methods, properties
# (with a setter), operator overloading, inheritance with super(), class attributes,
# classmethods and staticmethods. Many tiny calls and attribute lookups.
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.dot(self)

    def __repr__(self):
        return f"Vector({self.x:.3f}, {self.y:.3f})"


class Shape:
    created = 0

    def __init__(self, name):
        self.name = name
        Shape.created += 1

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}:{self.area():.1f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value < 0:
            raise ValueError("negative width")
        self._w = value

    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

    def perimeter(self):
        return 2 * math.pi * self.r


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    @classmethod
    def open(cls, owner):
        return cls(owner, 100)

    @staticmethod
    def fee(amount):
        return amount // 50 + 1

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        cost = amount + Account.fee(amount)
        if cost > self.balance:
            return False
        self.balance -= cost
        self.history.append(-cost)
        return True

    def transfer(self, other, amount):
        if self.withdraw(amount):
            other.deposit(amount)
            return True
        return False


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, gravity, dt):
        self.vel = self.vel + gravity * dt
        self.pos = self.pos + self.vel * dt
        if self.pos.y < 0:
            self.pos = Vector(self.pos.x, -self.pos.y)
            self.vel = Vector(self.vel.x, -self.vel.y * 0.9)

    def energy(self):
        return 0.5 * self.vel.norm2 + 9.81 * self.pos.y


# Shapes: polymorphic calls and properties.
total_area = 0.0
total_perimeter = 0.0
labels = 0
for i in range(9000):
    k = i % 3
    if k == 0:
        s = Rect(i % 7 + 1, i % 5 + 1)
        s.width = s.width + 1
    elif k == 1:
        s = Square(i % 4 + 1)
    else:
        s = Circle((i % 6 + 1) * 0.5)
    total_area += s.area()
    total_perimeter += s.perimeter()
    labels += len(s.describe())

# Accounts: methods calling methods, classmethod and staticmethod.
accounts = [Account.open(f"owner{i}") for i in range(50)]
moved = 0
for i in range(30000):
    a = accounts[i % 50]
    b = accounts[(i * 7 + 3) % 50]
    if a.transfer(b, i % 40 + 1):
        moved += 1
    if i % 13 == 0:
        a.deposit(25)
balances = sum(acc.balance for acc in accounts)

# Particles: operator overloading, new objects on every step.
particles = [Particle(Vector(i * 1.0, 10.0 + i), Vector(1.0, 0.0)) for i in range(20)]
gravity = Vector(0.0, -9.81)
for _ in range(450):
    for p in particles:
        p.step(gravity, 0.01)
energy = sum(p.energy() for p in particles)

print(f"oop: shapes={Shape.created} area={total_area:.2f} perim={total_perimeter:.2f} "
      f"labels={labels} moved={moved} balances={balances} energy={energy:.4f} last={particles[-1].pos!r}")
