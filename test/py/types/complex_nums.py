# Checks complex numbers: literals, arithmetic, repr, attributes, and errors.
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, +z)
print(1j, 1j * 1j, 2j ** 2, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 1j) ** 3)
print(complex(0, -0.0), complex(-0.0, 0), 0j, -0j, complex(1.5, 0), 1e20j, 1j + 1e-20)
print(repr(1 + 0j), str(2 - 3j), complex("1e3-2.5j"), complex(inf := float("inf"), 1))
print((1 + 2j) == complex(1, 2), 1 + 0j == 1, hash(1 + 0j) == hash(1), 0j == 0.0)
print(type(1j).__name__, isinstance(1j, complex), complex(1, 2).__class__.__name__)
print(pow(1j, 2), (2 + 0j) ** 0.5, 1j ** 0)
try:
    (1 + 1j) // 2
except TypeError as e:
    print(e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
try:
    int(1j)
except TypeError as e:
    print(e)
print(complex(1, 2) + 1, 2 * complex(1, 2), complex(1, 2) - 0.5, 1 - 1j)
print(bool(0j), bool(1j), sum([1j, 2, 3.0]))
