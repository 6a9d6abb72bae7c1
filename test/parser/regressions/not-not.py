if not not not 1: pass
x = not not a and b
