"""Giffler-Thompson active schedules for a random job shop under two dispatching rules.

Every job visits all m machines in its own random route with random durations. The
Giffler-Thompson algorithm repeatedly finds the schedulable operation with the earliest
possible completion time C*, collects the conflict set of operations on that machine
that could start before C*, and dispatches one of them by a priority rule: shortest
processing time (SPT) or most work remaining (MWKR), ties to the lower job index. The
result is an active schedule. Returns, per rule, the makespan, total job flow time and
a checksum of operation start times, plus the first operations of the MWKR schedule.

Keywords: scheduling, job shop, giffler thompson, active schedule, dispatching rules, makespan
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def active_schedule(route: List[List[int]], proc: List[List[int]], rule: str) -> Tuple[int, int, int, List[Tuple[int, int, int]]]:
    n = len(route)
    m = len(route[0]) if n else 0
    step = [0] * n
    job_ready = [0] * n
    machine_ready = [0] * m
    work_left = [sum(times) for times in proc]
    starts: Dict[Tuple[int, int], int] = {}
    log = []
    for _ in range(n * m):
        options = []
        for job in range(n):
            if step[job] < m:
                machine = route[job][step[job]]
                start = max(job_ready[job], machine_ready[machine])
                options.append((start + proc[job][step[job]], machine, job, start))
        c_star, m_star, _, _ = min(options)
        conflict = [(job, start) for c, machine, job, start in options if machine == m_star and start < c_star]
        if rule == "spt":
            job, start = min(conflict, key=lambda js: (proc[js[0]][step[js[0]]], js[0]))
        else:
            job, start = min(conflict, key=lambda js: (-work_left[js[0]], js[0]))
        duration = proc[job][step[job]]
        starts[(job, m_star)] = start
        if len(log) < 8:
            log.append((job, m_star, start))
        job_ready[job] = machine_ready[m_star] = start + duration
        work_left[job] -= duration
        step[job] += 1
    checksum = 0
    for (job, machine), start in sorted(starts.items()):
        checksum = (checksum * 131 + start + 7 * job + machine) % 1000000007
    return max(job_ready, default=0), sum(job_ready), checksum, log


@python_benchmark(args=(100, 15, 3), cases=[(0, 3, 1), (1, 4, 2), (3, 1, 3), (4, 3, 4), (10, 6, 5)])
def giffler_thompson_job_shop(n: int, m: int, seed: int) -> Tuple[Tuple[int, int, int], Tuple[int, int, int], List[Tuple[int, int, int]]]:
    """Return ((makespan, flow, checksum) for SPT, the same for MWKR, first MWKR operations)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    route, proc = [], []
    for _ in range(n):
        machines = list(range(m))
        for i in range(m - 1, 0, -1):
            j = draw(i + 1)
            machines[i], machines[j] = machines[j], machines[i]
        route.append(machines)
        proc.append([1 + draw(99) for _ in range(m)])
    spt = active_schedule(route, proc, "spt")
    mwkr = active_schedule(route, proc, "mwkr")
    return (spt[:3], mwkr[:3], mwkr[3])
