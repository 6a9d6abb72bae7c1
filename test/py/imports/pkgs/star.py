# Helper: module without __all__, for 'from ... import *' (underscore names are skipped).
public_a = 1
public_b = 2
_private_c = 3
