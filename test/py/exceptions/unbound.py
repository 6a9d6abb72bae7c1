# Checks UnboundLocalError/NameError messages and scoping errors at runtime.
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    del y
try:
    g()
except UnboundLocalError as e:
    print(e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(e)
def k():
    return not_defined_anywhere
try:
    k()
except NameError as e:
    print(type(e).__name__, e, e.name)
def m():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    m()
except UnboundLocalError as e:
    print(e)
count = 0
def increment():
    count += 1
try:
    increment()
except UnboundLocalError as e:
    print(e)
def cond(flag):
    if flag:
        val = "set"
    return val
print(cond(True))
try:
    cond(False)
except NameError as e:
    print(isinstance(e, UnboundLocalError), e)
class C:
    try:
        missing_in_class
    except NameError as e:
        print("class body:", e)
try:
    del never_bound
except NameError as e:
    print(e)
