# Helper module: circle shape; imports math inside a package.
import math
from . import rect
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(math.pi * self.r ** 2, 4)
    def bounding(self):
        return rect.Rect(2 * self.r, 2 * self.r)
