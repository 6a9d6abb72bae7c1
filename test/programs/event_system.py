# Event bus with callbacks, priorities, one-shot handlers, error isolation, and decorator-based subscription.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []
        self._seq = 0
    def on(self, event, fn=None, priority=0, once=False):
        def register(f):
            self._seq += 1
            self.handlers.setdefault(event, []).append((-priority, self._seq, f, once))
            self.handlers[event].sort(key=lambda h: (h[0], h[1]))
            return f
        return register(fn) if fn else register
    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
        return before - len(self.handlers[event])
    def emit(self, event, *args, **kw):
        results = []
        for h in list(self.handlers.get(event, [])):
            _, _, fn, once = h
            if once:
                self.handlers[event].remove(h)
            try:
                results.append(fn(*args, **kw))
            except Exception as e:
                self.errors.append("%s in %s: %s" % (type(e).__name__, fn.__name__, e))
        return results
bus = EventBus()
log = []
@bus.on("login")
def greet(user):
    log.append("hello " + user)
    return "greeted"
@bus.on("login", priority=10)
def audit(user):
    log.append("audit " + user)
    return "audited"
@bus.on("login", once=True)
def first_time(user):
    log.append("welcome bonus for " + user)
    return "bonus"
def failing(user):
    raise RuntimeError("db down for %s" % user)
bus.on("login", failing, priority=5)
print(bus.emit("login", "ann"))
print(bus.emit("login", "bob"))
print(log)
print(bus.errors)
print("removed", bus.off("login", failing))
print(bus.emit("login", "cy"))
print(bus.emit("nobody-listens"))
def make_counter(bus, event):
    count = 0
    def handler(*args, **kw):
        nonlocal count
        count += 1
        return count
    bus.on(event, handler)
    return lambda: count
get = make_counter(bus, "tick")
for _ in range(5):
    bus.emit("tick")
print("ticks:", get())
totals = {}
def accumulate(name, amount=1):
    totals[name] = totals.get(name, 0) + amount
    return totals[name]
bus.on("score", accumulate)
bus.on("score", lambda name, amount=1: "%s+%d" % (name, amount), priority=1)
print(bus.emit("score", "red", amount=3), bus.emit("score", "blue"), bus.emit("score", "red"))
print(totals)
