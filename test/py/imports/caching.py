# Checks sys.modules caching: module bodies run once, reload by deleting from sys.modules, failing imports not cached.
import sys
import pkgs.counter_mod
import pkgs.counter_mod
from pkgs import counter_mod
from pkgs.counter_mod import value, twice
print(counter_mod.executions, value, twice(21), pkgs.LOADED)
first = sys.modules["pkgs.counter_mod"]
del sys.modules["pkgs.counter_mod"]
import pkgs.counter_mod as again
print(again is first, again.executions, pkgs.LOADED)
for attempt in range(2):
    try:
        import pkgs.broken
    except ValueError as e:
        print("attempt", attempt, e, "pkgs.broken" in sys.modules)
print(pkgs.LOADED)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkgs.no_such_sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkgs.geometry import not_there
except ImportError as e:
    print(type(e).__name__, e.name)
fake = type(sys)("fake_module")
fake.answer = 7
sys.modules["fake_module"] = fake
import fake_module
print(fake_module.answer, fake_module.__name__)
from pkgs.circ import a
print(a.from_b(), a.A_LATE)
from pkgs.circ import b
print(b.B_VALUE, b.B_HAS_LATE)
