# Helper package: re-exports names from submodules via relative imports.
from . import vectors
from .vectors import Vec
from .shapes import area_of
__all__ = ["Vec", "area_of", "describe"]
def describe():
    return "geometry package (%s)" % __name__
_hidden = 1
