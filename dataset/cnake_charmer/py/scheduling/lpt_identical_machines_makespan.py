"""Graham list scheduling versus longest-processing-time-first on identical machines.

Jobs with random processing times are assigned to m identical parallel machines: each
job goes to the machine that becomes free first (lowest index on ties). Plain list
scheduling takes the jobs in their given order; LPT sorts them by decreasing length
first, which guarantees a makespan within 4/3 of optimal. Returns both makespans, the
trivial lower bound, a checksum of the LPT job-to-machine assignment, the spread of
LPT machine loads and the jobs that machine 0 runs first.

Keywords: scheduling, list scheduling, lpt, makespan, identical parallel machines, heap, greedy
"""

import heapq
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def list_schedule(order: List[int], times: List[int], m: int) -> Tuple[int, List[int], List[int]]:
    """Assign jobs in the given order to the least-loaded machine."""
    free_at = [(0, machine) for machine in range(m)]
    assignment = [0] * len(times)
    loads = [0] * m
    for job in order:
        load, machine = free_at[0]
        assignment[job] = machine
        loads[machine] = load + times[job]
        heapq.heapreplace(free_at, (loads[machine], machine))
    return max(loads, default=0), assignment, loads


@python_benchmark(args=(100000, 37, 5), cases=[(0, 4, 1), (1, 3, 2), (5, 1, 3), (7, 3, 4), (100, 8, 5)])
def lpt_identical_machines_makespan(n: int, m: int, seed: int) -> Tuple[int, int, int, int, int, List[int]]:
    """Return (LPT makespan, list makespan, lower bound, assignment checksum, load spread, machine 0's first jobs)."""
    state = seed & 0x7FFFFFFF
    times = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        times.append(1 + (state >> 16) % 1000)
    _, _, list_loads = list_schedule(list(range(n)), times, m)
    by_length = sorted(range(n), key=lambda job: (-times[job], job))
    lpt, assignment, loads = list_schedule(by_length, times, m)
    total = sum(times)
    lower = max(-(-total // m), max(times, default=0))
    checksum = 0
    for job, machine in enumerate(assignment):
        checksum = (checksum * 1000003 + machine * 7 + job) % 2147483647
    first_jobs = [job for job in by_length if assignment[job] == 0][:6]
    return (lpt, max(list_loads), lower, checksum, lpt - min(loads), first_jobs)
