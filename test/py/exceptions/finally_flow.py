# Checks finally interacting with return/break/continue and exceptions being discarded.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
assert ret_override() == "finally", "finally return wins"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
assert swallow() == "swallowed", "return in finally discards exception"
def order():
    log = []
    def inner():
        try:
            log.append("try")
            return len(log)
        finally:
            log.append("finally")
    r = inner()
    return r, log
print(order())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
print(loop_continue())
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("dropped")
        finally:
            break
    return i
assert break_in_finally() == 0, "break in finally discards exception"
def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise RuntimeError("dropped")
        finally:
            n += 1
            continue
    return n
assert continue_in_finally() == 3, "continue in finally"
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
assert value_captured() == 1, "return value evaluated before finally"
def nested_finally():
    log = []
    try:
        try:
            return "inner"
        finally:
            log.append(1)
    finally:
        log.append(2)
        print(log)
print(nested_finally())
def exc_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    exc_in_finally()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                return i
        finally:
            pass
print(while_finally())
