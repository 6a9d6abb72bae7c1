# Helper module: rectangle shape.
from ..vectors import Vec
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.corner = Vec(w, h)
    def area(self):
        return self.w * self.h
