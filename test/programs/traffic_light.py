# Finite state machines: a traffic light with timed transitions and a turnstile driven by event strings.
class StateMachine:
    def __init__(self, name, initial, transitions):
        self.name = name
        self.state = initial
        self.transitions = transitions
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            self.log.append("%s: ignored %r in %s" % (self.name, event, self.state))
            return False
        new, action = self.transitions[key]
        self.log.append("%s: %s --%s--> %s%s" % (self.name, self.state, event, new, " (" + action + ")" if action else ""))
        self.state = new
        return True
durations = {"red": 4, "green": 3, "yellow": 1}
light = StateMachine("light", "red", {
    ("red", "timer"): ("green", "go"),
    ("green", "timer"): ("yellow", "slow down"),
    ("yellow", "timer"): ("red", "stop"),
    ("green", "emergency"): ("red", "forced"),
    ("yellow", "emergency"): ("red", "forced"),
})
timeline = []
remaining = durations[light.state]
for t in range(16):
    if t == 5:
        light.fire("emergency")
        remaining = durations[light.state]
    timeline.append(light.state[0].upper())
    remaining -= 1
    if remaining == 0:
        light.fire("timer")
        remaining = durations[light.state]
print("".join(timeline))
print("\n".join(light.log))
turnstile = StateMachine("turnstile", "locked", {
    ("locked", "coin"): ("unlocked", "unlock"),
    ("unlocked", "push"): ("locked", "lock"),
    ("unlocked", "coin"): ("unlocked", "refund"),
})
for ev in "push coin coin push push coin kick push".split():
    turnstile.fire(ev)
print("\n".join(turnstile.log))
counts = {}
for line in turnstile.log:
    kind = "ignored" if "ignored" in line else "moved"
    counts[kind] = counts.get(kind, 0) + 1
print(counts, "final:", turnstile.state)
def parse_number(s):
    state = "start"
    for ch in s:
        if state == "start":
            state = "sign" if ch in "+-" else "int" if ch.isdigit() else "error"
        elif state in ("sign", "int"):
            state = "int" if ch.isdigit() else "dot" if ch == "." and state == "int" else "error"
        elif state in ("dot", "frac"):
            state = "frac" if ch.isdigit() else "error"
        if state == "error":
            return False
    return state in ("int", "frac")
for s in ["42", "-3.14", "+", "1.", ".5", "12a", "007", "-0.0"]:
    print("%-6s %s" % (s, parse_number(s)))
