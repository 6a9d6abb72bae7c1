# Richards: Martin Richards' operating-system task scheduler simulation, the classic
# object-oriented benchmark (an idle task, a worker, two handlers and two devices passing
# packets). Written here in plain classes: attribute access, method calls, linked lists.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.task_tab = [None] * 10
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.qpkt_count = 0

    def find(self, ident):
        t = self.task_tab[ident]
        if t is None:
            raise ValueError("bad task id %d" % ident)
        return t

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.state.is_held_or_waiting():
                t = t.link
            else:
                self.current = t
                self.current_id = t.ident
                t = t.run_task()


class Task:
    def __init__(self, scheduler, ident, priority, wkq, state):
        self.scheduler = scheduler
        self.link = scheduler.task_list
        self.ident = ident
        self.priority = priority
        self.wkq = wkq
        self.state = state
        scheduler.task_list = self
        scheduler.task_tab[ident] = self

    def run_task(self):
        if self.state.is_waiting_with_packet():
            msg = self.wkq
            self.wkq = msg.link
            if self.wkq is None:
                self.state.running()
            else:
                self.state.packet_pending_state()
        else:
            msg = None
        return self.fn(msg)

    def add_packet(self, packet, old):
        if self.wkq is None:
            self.wkq = packet
            self.state.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.wkq = packet.append_to(self.wkq)
        return old

    def hold(self):
        s = self.scheduler
        s.hold_count += 1
        self.state.task_holding = True
        return self.link

    def release(self, ident):
        t = self.scheduler.find(ident)
        t.state.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def wait(self):
        self.state.task_waiting = True
        return self

    def qpkt(self, packet):
        t = self.scheduler.find(packet.ident)
        self.scheduler.qpkt_count += 1
        packet.link = None
        packet.ident = self.ident
        return t.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, wkq, state, count):
        super().__init__(scheduler, ident, priority, wkq, state)
        self.v1 = 1
        self.count = count

    def fn(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.v1 & 1 == 0:
            self.v1 = self.v1 >> 1
            return self.release(DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, wkq, state):
        super().__init__(scheduler, ident, priority, wkq, state)
        self.pending = None

    def fn(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait()
            self.pending = None
            return self.qpkt(packet)
        self.pending = packet
        return self.hold()


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, wkq, state):
        super().__init__(scheduler, ident, priority, wkq, state)
        self.work_in = None
        self.device_in = None

    def fn(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.qpkt(dev)
            else:
                self.work_in = work.link
                return self.qpkt(work)
        return self.wait()


class WorkTask(Task):
    def __init__(self, scheduler, ident, priority, wkq, state):
        super().__init__(scheduler, ident, priority, wkq, state)
        self.destination = HANDLER_A
        self.count = 0

    def fn(self, packet):
        if packet is None:
            return self.wait()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.qpkt(packet)


def run(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, TaskState().running(), count)

    wkq = Packet(None, 0, KIND_WORK)
    wkq = Packet(wkq, 0, KIND_WORK)
    WorkTask(s, WORKER, 1000, wkq, TaskState().waiting_with_packet())

    wkq = Packet(None, DEVICE_A, KIND_DEVICE)
    wkq = Packet(wkq, DEVICE_A, KIND_DEVICE)
    wkq = Packet(wkq, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, wkq, TaskState().waiting_with_packet())

    wkq = Packet(None, DEVICE_B, KIND_DEVICE)
    wkq = Packet(wkq, DEVICE_B, KIND_DEVICE)
    wkq = Packet(wkq, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, wkq, TaskState().waiting_with_packet())

    DeviceTask(s, DEVICE_A, 4000, None, TaskState().waiting())
    DeviceTask(s, DEVICE_B, 5000, None, TaskState().waiting())

    s.schedule()
    return s.hold_count, s.qpkt_count


results = [run(10000) for _ in range(2)]
hold, qpkt = results[-1]
ok = hold == 9297 and qpkt == 23246
print(f"richards: hold={hold} qpkt={qpkt} ok={ok}")
