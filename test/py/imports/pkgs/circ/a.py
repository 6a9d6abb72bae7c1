# Helper: half of a circular import pair; b imports a while a is partially initialised.
A_EARLY = "a-early"
from . import b
A_LATE = "a-late"
def from_b():
    return b.B_VALUE
