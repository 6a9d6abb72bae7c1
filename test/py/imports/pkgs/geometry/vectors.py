# Helper module: a tiny vector class used by the geometry package.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
MODULE_NAME = __name__
