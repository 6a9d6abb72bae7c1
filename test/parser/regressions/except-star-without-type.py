try:
    pass
except*:
    a a
