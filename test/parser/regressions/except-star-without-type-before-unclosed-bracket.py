try:
    pass
except*:
    (
