# CPU scheduling simulation: FCFS, shortest-job-first and round-robin, with per-process statistics.
class Proc:
    def __init__(self, pid, arrival, burst, priority=0):
        self.pid, self.arrival, self.burst, self.priority = pid, arrival, burst, priority
    def __repr__(self):
        return "P%d" % self.pid
PROCS = [Proc(1, 0, 8), Proc(2, 1, 4), Proc(3, 2, 9), Proc(4, 3, 5), Proc(5, 6, 2)]
def fcfs(procs):
    t, timeline = 0, []
    for p in sorted(procs, key=lambda p: (p.arrival, p.pid)):
        t = max(t, p.arrival)
        timeline.append((p.pid, t, t + p.burst))
        t += p.burst
    return timeline
def sjf(procs):
    pending = sorted(procs, key=lambda p: p.arrival)
    t, timeline, ready = 0, [], []
    while pending or ready:
        while pending and pending[0].arrival <= t:
            ready.append(pending.pop(0))
        if not ready:
            t = pending[0].arrival
            continue
        ready.sort(key=lambda p: (p.burst, p.arrival, p.pid))
        p = ready.pop(0)
        timeline.append((p.pid, t, t + p.burst))
        t += p.burst
    return timeline
def round_robin(procs, quantum):
    pending = sorted(procs, key=lambda p: p.arrival)
    remaining = {p.pid: p.burst for p in procs}
    queue, t, timeline = [], 0, []
    while pending or queue:
        while pending and pending[0].arrival <= t:
            queue.append(pending.pop(0))
        if not queue:
            t = pending[0].arrival
            continue
        p = queue.pop(0)
        run = min(quantum, remaining[p.pid])
        if timeline and timeline[-1][0] == p.pid and timeline[-1][2] == t:
            timeline[-1] = (p.pid, timeline[-1][1], t + run)
        else:
            timeline.append((p.pid, t, t + run))
        t += run
        remaining[p.pid] -= run
        while pending and pending[0].arrival <= t:
            queue.append(pending.pop(0))
        if remaining[p.pid]:
            queue.append(p)
    return timeline
def stats(procs, timeline):
    finish = {}
    for pid, s, e in timeline:
        finish[pid] = e
    rows = []
    for p in procs:
        turnaround = finish[p.pid] - p.arrival
        rows.append((p.pid, turnaround, turnaround - p.burst))
    return rows
def gantt(timeline):
    return "|" + "|".join(("P%d" % pid).center(e - s if e - s >= 2 else 2) for pid, s, e in timeline) + "|"
for name, tl in [("FCFS", fcfs(PROCS)), ("SJF", sjf(PROCS)), ("RR q=3", round_robin(PROCS, 3))]:
    print("==", name)
    print(gantt(tl))
    print(" ".join("%d-%d:P%d" % (s, e, pid) for pid, s, e in tl))
    rows = stats(PROCS, tl)
    for pid, ta, wait in rows:
        print("  P%d turnaround=%2d waiting=%2d" % (pid, ta, wait))
    print("  avg waiting = %.2f" % (sum(r[2] for r in rows) / len(rows)))
