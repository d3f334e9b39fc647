"""Deficit round robin (DRR) scheduling of variable-size packets on a shared link.

Packets of 64 to 1500 bytes from many flows (a few of them aggressive) arrive at a
link that sends one byte per time unit. Each flow has a bounded FIFO (tail drop) and
a weight; DRR visits the backlogged flows in round-robin order, adds weight × quantum
bytes to the visited flow's deficit counter, and sends its head packets while they
fit in the deficit. A flow that empties leaves the round and forfeits its deficit.
Returns bytes sent and packets dropped per flow group, the mean and worst queueing
delay, Jain's fairness index over weight-normalised throughput of the busy flows,
the number of rounds (flow visits) and the first packets sent.

Keywords: scheduling, deficit round robin, packet scheduling, fair queueing, networking, round robin
"""

from collections import deque
from dataclasses import dataclass, field
from typing import Deque, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

QUANTUM = 500
QUEUE_LIMIT = 40


@dataclass
class Flow:
    weight: int
    queue: Deque[Tuple[int, int, int]] = field(default_factory=deque)
    deficit: int = 0
    sent_bytes: int = 0
    dropped: int = 0
    listed: bool = False


@python_benchmark(args=(120000, 64, 9), cases=[(0, 4, 1), (1, 1, 2), (30, 1, 3), (200, 3, 4), (2000, 10, 5)])
def deficit_round_robin_packets(packets: int, flows: int, seed: int) -> Tuple[List[int], List[int], float, int, float, int, List[Tuple[int, int]]]:
    """Return (bytes per group, drops per group, mean delay, worst delay, Jain index, visits, first sends)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    table = [Flow(weight=1 + draw(3)) for _ in range(flows)]
    arrivals = []
    t = 0
    for ident in range(packets):
        t += draw(1500)
        flow = draw(min(4, flows)) if draw(3) == 0 else draw(flows)
        arrivals.append((t, flow, 64 + draw(1437), ident))

    active: Deque[int] = deque()
    clock = nxt = 0
    delay_total = worst = visits = 0
    sent_log: List[Tuple[int, int]] = []

    def admit() -> None:
        nonlocal nxt
        while nxt < packets and arrivals[nxt][0] <= clock:
            arrived, f, size, ident = arrivals[nxt]
            nxt += 1
            flow = table[f]
            if len(flow.queue) >= QUEUE_LIMIT:
                flow.dropped += 1
                continue
            if not flow.listed:
                flow.listed = True
                active.append(f)
            flow.queue.append((arrived, size, ident))

    while nxt < packets or active:
        admit()
        if not active:
            clock = arrivals[nxt][0]
            continue
        f = active.popleft()
        flow = table[f]
        flow.deficit += flow.weight * QUANTUM
        visits += 1
        while flow.queue and flow.queue[0][1] <= flow.deficit:
            arrived, size, ident = flow.queue.popleft()
            flow.deficit -= size
            clock += size
            flow.sent_bytes += size
            delay_total += clock - arrived
            worst = max(worst, clock - arrived)
            if len(sent_log) < 8:
                sent_log.append((ident, f))
            admit()
        if flow.queue:
            active.append(f)
        else:
            flow.deficit = 0
            flow.listed = False

    groups = [f < 4 for f in range(flows)]
    bytes_by_group = [sum(fl.sent_bytes for fl, g in zip(table, groups) if g == heavy) for heavy in (True, False)]
    drops_by_group = [sum(fl.dropped for fl, g in zip(table, groups) if g == heavy) for heavy in (True, False)]
    busy = [fl.sent_bytes * 6 // fl.weight for fl in table if fl.dropped > 0]
    jain = 0.0
    if busy:
        total = sum(busy)
        squares = sum(x * x for x in busy)
        jain = total * total / (len(busy) * squares) if squares else 0.0
    count = packets - sum(drops_by_group)
    return (bytes_by_group, drops_by_group, delay_total / count if count else 0.0, worst, jain, visits, sent_log)
