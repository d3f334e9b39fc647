"""Min-Min, Max-Min and Sufferage batch mapping of tasks onto unrelated machines.

An expected-time-to-compute matrix gives each task a different run time on every
machine (machine speed times task size, perturbed, so machines are unrelated). Each
greedy heuristic repeatedly looks at every unassigned task's earliest completion time
over all machines: Min-Min commits the task whose best completion is smallest,
Max-Min the one whose best completion is largest, and Sufferage the one that would
lose most by missing its best machine (second best minus best). The chosen task goes
to its best machine, whose ready time advances. Returns each heuristic's makespan,
the Min-Min tasks per machine and an assignment checksum per heuristic.

Keywords: scheduling, min-min, max-min, sufferage, unrelated machines, heterogeneous computing, batch mapping
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def best_two(task: int, etc: List[List[int]], ready: List[int]) -> Tuple[int, int, int]:
    """(best completion, its machine, second best completion) of a task."""
    options = sorted((ready[m] + etc[task][m], m) for m in range(len(ready)))
    best, machine = options[0]
    second = options[1][0] if len(options) > 1 else best
    return best, machine, second


def greedy_map(etc: List[List[int]], machines: int, rule: str) -> Tuple[int, List[int]]:
    ready = [0] * machines
    where = [-1] * len(etc)
    unassigned = set(range(len(etc)))
    while unassigned:
        scored = {t: best_two(t, etc, ready) for t in unassigned}
        if rule == "min-min":
            task = min(unassigned, key=lambda t: (scored[t][0], t))
        elif rule == "max-min":
            task = min(unassigned, key=lambda t: (-scored[t][0], t))
        else:
            task = min(unassigned, key=lambda t: (scored[t][0] - scored[t][2], t))
        completion, machine, _ = scored[task]
        ready[machine] = completion
        where[task] = machine
        unassigned.remove(task)
    return max(ready, default=0), where


@python_benchmark(args=(200, 12, 17), cases=[(0, 3, 1), (1, 3, 2), (4, 1, 3), (6, 2, 4), (30, 5, 5)])
def min_min_unrelated_machines(tasks: int, machines: int, seed: int) -> Tuple[List[int], List[int], List[int]]:
    """Return (makespans [min-min, max-min, sufferage], min-min tasks per machine, checksums)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    speed = [1 + draw(8) for _ in range(machines)]
    etc = []
    for _ in range(tasks):
        size = 10 + draw(200)
        etc.append([size * speed[m] + draw(size + 1) for m in range(machines)])
    spans, sums = [], []
    per_machine: List[int] = []
    for rule in ("min-min", "max-min", "sufferage"):
        span, where = greedy_map(etc, machines, rule)
        spans.append(span)
        checksum = 0
        for t, m in enumerate(where):
            checksum = (checksum * 7919 + m * 13 + t) % 1000000007
        sums.append(checksum)
        if rule == "min-min":
            per_machine = [where.count(m) for m in range(machines)]
    return spans, per_machine, sums
