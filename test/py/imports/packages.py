# Checks importing packages, submodules, relative imports inside packages, and package attributes.
import sys
import pkgs.geometry
print(pkgs.geometry.describe(), pkgs.geometry.Vec(1, 2) + pkgs.geometry.Vec(3, 4))
from pkgs.geometry import Vec, area_of, vectors
from pkgs.geometry.shapes import Rect, Circle, PARENT_MODULE
print(area_of(Rect(3, 4)), area_of(Circle(1)), Circle(2).bounding().area(), PARENT_MODULE)
print(vectors.MODULE_NAME, vectors.Vec is Vec, Rect(1, 2).corner)
import pkgs.geometry.shapes.circle as circmod
print(circmod.__name__, circmod.__package__, pkgs.geometry.shapes.__package__, pkgs.geometry.__name__)
print("pkgs.geometry.shapes.rect" in sys.modules, "pkgs.geometry.vectors" in sys.modules)
print(hasattr(pkgs.geometry, "shapes"), hasattr(pkgs, "geometry"))
print(pkgs.LOADED)
from pkgs import geometry as g2
print(g2 is pkgs.geometry)
print(sys.modules["pkgs.geometry"] is pkgs.geometry)
print(Vec(1, 2).dot(Vec(3, 4)))
print(type(pkgs.geometry).__name__, pkgs.geometry.__package__, pkgs.__name__)
print(sorted(n for n in pkgs.geometry.__all__))
print(isinstance(Rect(1, 1), pkgs.geometry.shapes.rect.Rect), Rect.__module__, Circle.__qualname__)
print(circmod.math.floor(2.5), "math" in sys.modules)
