# Helper package for test/py/imports (not a test itself).
LOADED = ["pkgs"]
