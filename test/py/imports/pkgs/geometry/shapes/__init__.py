# Helper subpackage: uses parent-relative imports (from .. import).
from ..vectors import Vec
from .. import vectors as parent_vectors
from .rect import Rect
from .circle import Circle
def area_of(shape):
    return shape.area()
PARENT_MODULE = parent_vectors.__name__
