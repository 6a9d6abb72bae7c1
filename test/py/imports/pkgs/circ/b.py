# Helper: other half of the circular pair; sees only names a defined before importing b.
from . import a
B_VALUE = "b sees " + a.A_EARLY
B_HAS_LATE = hasattr(a, "A_LATE")
