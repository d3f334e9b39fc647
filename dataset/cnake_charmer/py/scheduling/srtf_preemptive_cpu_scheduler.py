"""Shortest-remaining-time-first (preemptive SJF) CPU scheduling of seeded processes.

Processes arrive over time with random CPU bursts. At every arrival the scheduler
re-examines the ready queue and runs the process with the least remaining work (ties
go to the earlier process), so a short newcomer preempts a long job. The simulation is
event driven: a process runs until it finishes or until the next arrival. Returns the
mean waiting, turnaround and response times, the worst waiting time, the number of
preemptions, the makespan and the first processes to complete.

Keywords: scheduling, srtf, shortest remaining time, preemptive, cpu scheduling, heap, operating systems
"""

import heapq
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 21), cases=[(0, 1), (1, 2), (2, 3), (12, 4), (300, 5)])
def srtf_preemptive_cpu_scheduler(n: int, seed: int) -> Tuple[float, float, float, int, int, int, List[int]]:
    """Simulate SRTF on n seeded processes."""
    state = seed & 0x7FFFFFFF
    arrivals: List[int] = []
    bursts: List[int] = []
    clock = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        clock += (state >> 16) % 20
        arrivals.append(clock)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        long_job = (state >> 16) % 100 < 8
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        bursts.append(20 + (state >> 16) % 81 if long_job else 1 + (state >> 16) % 8)

    remaining = list(bursts)
    first_run = [-1] * n
    finish = [0] * n
    ready: List[Tuple[int, int]] = []
    clock = 0
    nxt = 0
    done = 0
    last = -1
    preemptions = 0
    completed: List[int] = []
    while done < n:
        if not ready and arrivals[nxt] > clock:
            clock = arrivals[nxt]
        while nxt < n and arrivals[nxt] <= clock:
            heapq.heappush(ready, (bursts[nxt], nxt))
            nxt += 1
        rem, p = heapq.heappop(ready)
        if last != -1 and last != p and remaining[last] > 0:
            preemptions += 1
        if first_run[p] < 0:
            first_run[p] = clock
        next_arrival = arrivals[nxt] if nxt < n else None
        if next_arrival is None or clock + rem <= next_arrival:
            clock += rem
            remaining[p] = 0
            finish[p] = clock
            done += 1
            if len(completed) < 8:
                completed.append(p)
        else:
            remaining[p] = rem - (next_arrival - clock)
            clock = next_arrival
            heapq.heappush(ready, (remaining[p], p))
        last = p

    turnaround = sum(finish[i] - arrivals[i] for i in range(n))
    waiting = [finish[i] - arrivals[i] - bursts[i] for i in range(n)]
    response = sum(first_run[i] - arrivals[i] for i in range(n))
    if n == 0:
        return (0.0, 0.0, 0.0, 0, 0, 0, [])
    return (sum(waiting) / n, turnaround / n, response / n, max(waiting), preemptions, clock, completed)
