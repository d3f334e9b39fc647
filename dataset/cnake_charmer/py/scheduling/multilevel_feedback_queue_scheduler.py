"""Multilevel feedback queue (MLFQ) CPU scheduler with I/O blocking and priority boosts.

Three ready queues have quanta of 4, 8 and 16 ticks. New processes enter the top
queue; a process that uses its whole quantum is demoted one level, while interactive
processes that block for I/O before the quantum expires keep their level. Every
`boost_period` ticks all processes are moved back to the top queue so that long jobs
cannot starve. Returns the mean turnaround and response times, the demotion and boost
counts, the CPU time served at each level, the makespan, a checksum of completion
times and the first processes to finish.

Keywords: scheduling, mlfq, multilevel feedback queue, priority boost, cpu scheduling, operating systems
"""

import heapq
from collections import deque
from dataclasses import dataclass
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

QUANTA = (4, 8, 16)
IO_EVERY = 3
IO_TIME = 10


@dataclass
class Process:
    pid: int
    arrival: int
    remaining: int
    interactive: bool
    level: int = 0
    since_io: int = 0
    first_run: int = -1
    finish: int = 0


@python_benchmark(args=(20000, 400, 33), cases=[(0, 100, 1), (1, 100, 2), (3, 5, 3), (25, 50, 4), (200, 1000, 5)])
def multilevel_feedback_queue_scheduler(n: int, boost_period: int, seed: int) -> Tuple[float, float, int, int, List[int], int, int, List[int]]:
    """Run MLFQ on n seeded processes."""
    state = seed & 0x7FFFFFFF
    procs: List[Process] = []
    t = 0
    for pid in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t += (state >> 16) % 44
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        interactive = (state >> 16) % 10 < 3
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        work = 2 + (state >> 16) % 12 if interactive else 5 + (state >> 16) % 40
        procs.append(Process(pid, t, work, interactive))

    queues = [deque(), deque(), deque()]
    blocked: List[Tuple[int, int]] = []
    served = [0, 0, 0]
    clock = 0
    nxt = 0
    done = 0
    demotions = 0
    boosts = 0
    next_boost = boost_period
    finished_order: List[int] = []

    def admit() -> None:
        nonlocal nxt
        while nxt < n and procs[nxt].arrival <= clock:
            queues[0].append(procs[nxt])
            nxt += 1
        while blocked and blocked[0][0] <= clock:
            _, pid = heapq.heappop(blocked)
            proc = procs[pid]
            queues[proc.level].append(proc)

    while done < n:
        admit()
        level = next((lv for lv in range(3) if queues[lv]), -1)
        if level < 0:
            upcoming = []
            if nxt < n:
                upcoming.append(procs[nxt].arrival)
            if blocked:
                upcoming.append(blocked[0][0])
            clock = min(upcoming)
            continue
        proc = queues[level].popleft()
        if proc.first_run < 0:
            proc.first_run = clock
        run = min(QUANTA[level], proc.remaining)
        if proc.interactive:
            run = min(run, IO_EVERY - proc.since_io)
        clock += run
        served[level] += run
        proc.remaining -= run
        proc.since_io += run
        admit()
        if proc.remaining == 0:
            proc.finish = clock
            done += 1
            if len(finished_order) < 10:
                finished_order.append(proc.pid)
        elif proc.interactive and proc.since_io == IO_EVERY:
            proc.since_io = 0
            heapq.heappush(blocked, (clock + IO_TIME, proc.pid))
        else:
            if run == QUANTA[level] and level < 2:
                proc.level = level + 1
                demotions += 1
            queues[proc.level].append(proc)
        if clock >= next_boost:
            boosts += 1
            lifted = [p for q in queues for p in q]
            for q in queues:
                q.clear()
            for p in lifted:
                p.level = 0
                queues[0].append(p)
            for _, pid in blocked:
                procs[pid].level = 0
            while next_boost <= clock:
                next_boost += boost_period

    if n == 0:
        return (0.0, 0.0, 0, 0, served, 0, 0, [])
    turnaround = 0
    response = 0
    checksum = 0
    for p in procs:
        turnaround += p.finish - p.arrival
        response += p.first_run - p.arrival
        checksum = (checksum * 31 + p.finish) % 1000000007
    return (turnaround / n, response / n, demotions, boosts, served, clock, checksum, finished_order)
