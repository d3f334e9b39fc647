"""Round-robin CPU scheduling of seeded processes with a context-switch cost.

Processes arrive over time with random CPU bursts (seeded LCG). The scheduler runs the
head of the ready queue for at most one quantum; newly arrived processes join the
queue before the preempted one is re-queued, and every switch between different
processes costs extra time. Returns the mean turnaround and waiting times, the number
of context switches, the makespan and the first processes to finish.

Keywords: simulation, cpu scheduling, round robin, time quantum, ready queue, operating systems
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 6, 1, 9), cases=[(0, 4, 1, 1), (1, 4, 0, 2), (5, 1, 1, 3), (40, 10, 2, 4)])
def round_robin_cpu_scheduler(n: int, quantum: int, switch_cost: int, seed: int) -> Tuple[float, float, int, int, List[int]]:
    """Schedule n seeded processes with the given quantum."""
    state = seed & 0x7FFFFFFF
    arrival, burst = [], []
    t = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t += (state >> 16) % 7
        arrival.append(t)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        burst.append(1 + (state >> 16) % 40)
    remaining = burst[:]
    finish = [0] * n
    ready: deque = deque()
    clock = 0
    nxt = 0
    switches = 0
    last = -1
    order: List[int] = []
    done = 0
    while done < n:
        while nxt < n and arrival[nxt] <= clock:
            ready.append(nxt)
            nxt += 1
        if not ready:
            clock = arrival[nxt]
            continue
        p = ready.popleft()
        if last != -1 and last != p:
            switches += 1
            clock += switch_cost
        run = min(quantum, remaining[p])
        clock += run
        remaining[p] -= run
        last = p
        while nxt < n and arrival[nxt] <= clock:
            ready.append(nxt)
            nxt += 1
        if remaining[p] == 0:
            finish[p] = clock
            done += 1
            if len(order) < 10:
                order.append(p)
        else:
            ready.append(p)
    turnaround = sum(finish[i] - arrival[i] for i in range(n))
    waiting = turnaround - sum(burst)
    return (turnaround / n if n else 0.0, waiting / n if n else 0.0, switches, clock, order)
