# An error in the second instruction of a superinstruction (LOAD_FAST, LOAD_FAST fused) is reported
# at that instruction: line and caret under `total`, as when it runs alone.
def report(n):
    if n > 10:
        total = n
    return n, total


print(report(20))
print(report(3))
