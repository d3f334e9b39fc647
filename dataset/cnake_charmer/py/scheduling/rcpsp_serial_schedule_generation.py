"""Serial schedule generation for the resource-constrained project scheduling problem.

Activities have random durations, demands on four renewable resources of capacity 10
and precedence links to earlier activities. The serial scheme schedules one activity
per stage: among the eligible activities (all predecessors scheduled) it picks the one
with the best priority and starts it at the earliest time that respects both its
predecessors and the resource profile over its whole duration. Two priority rules are
compared: latest finish time from a backward pass (LFT) and greatest rank positional
weight (GRPW). Returns each rule's makespan and start-time checksum, the mean resource
utilisation of the LFT schedule and its first start times.

Keywords: scheduling, rcpsp, serial schedule generation, resource constrained, project scheduling, priority rules
"""

from typing import Callable, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

CAPACITY = 10
RESOURCES = 4


def serial_sgs(duration: List[int], demand: List[List[int]], preds: List[List[int]],
               priority: Callable[[int], Tuple[int, int]]) -> List[int]:
    n = len(duration)
    horizon = sum(duration) + 1
    usage = [[0] * horizon for _ in range(RESOURCES)]
    start = [-1] * n
    succs: List[List[int]] = [[] for _ in range(n)]
    missing = [len(p) for p in preds]
    for a in range(n):
        for p in preds[a]:
            succs[p].append(a)
    eligible = {a for a in range(n) if missing[a] == 0}
    while eligible:
        a = min(eligible, key=priority)
        eligible.remove(a)
        t = max((start[p] + duration[p] for p in preds[a]), default=0)
        while not all(usage[r][t + k] + demand[a][r] <= CAPACITY
                      for r in range(RESOURCES) for k in range(duration[a])):
            t += 1
        start[a] = t
        for r in range(RESOURCES):
            for k in range(duration[a]):
                usage[r][t + k] += demand[a][r]
        for s in succs[a]:
            missing[s] -= 1
            if missing[s] == 0:
                eligible.add(s)
    return start


@python_benchmark(args=(500, 29), cases=[(0, 1), (1, 2), (2, 3), (10, 4), (60, 5)])
def rcpsp_serial_schedule_generation(n: int, seed: int) -> Tuple[int, int, int, int, float, List[int]]:
    """Return (LFT makespan, LFT checksum, GRPW makespan, GRPW checksum, LFT utilisation, first LFT starts)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    duration, demand, preds = [], [], []
    for a in range(n):
        duration.append(1 + draw(10))
        demand.append([draw(6) for _ in range(RESOURCES)])
        preds.append(sorted({draw(a) for _ in range(draw(3))}) if a > 0 else [])
    succs: List[List[int]] = [[] for _ in range(n)]
    for a in range(n):
        for p in preds[a]:
            succs[p].append(a)
    horizon = sum(duration)
    latest_finish = [horizon] * n
    for a in reversed(range(n)):
        for s in succs[a]:
            latest_finish[a] = min(latest_finish[a], latest_finish[s] - duration[s])
    weight = [duration[a] + sum(duration[s] for s in succs[a]) for a in range(n)]

    results = []
    for rule in (lambda a: (latest_finish[a], a), lambda a: (-weight[a], a)):
        start = serial_sgs(duration, demand, preds, rule)
        makespan = max((start[a] + duration[a] for a in range(n)), default=0)
        checksum = 0
        for a in range(n):
            checksum = (checksum * 257 + start[a]) % 1000000007
        results.append((makespan, checksum, start))
    (lft_span, lft_sum, lft_start), (grpw_span, grpw_sum, _) = results
    work = 0
    for a in range(n):
        work += duration[a] * sum(demand[a])
    utilisation = work / (lft_span * CAPACITY * RESOURCES) if lft_span else 0.0
    return (lft_span, lft_sum, grpw_span, grpw_sum, utilisation, lft_start[:8])
