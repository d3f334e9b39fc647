"""HEFT list scheduling of a random task graph on heterogeneous processors.

Tasks of a DAG have a different execution time on each processor, and an edge costs a
communication delay unless both ends run on the same processor. HEFT ranks tasks by
upward rank (mean execution time plus the costliest path to an exit task; here scaled
by the processor count to stay in integers), then places each task in rank order on
the processor that gives the earliest finish time, allowing it to fill an idle gap
between already scheduled tasks (insertion policy). Returns the makespan, the best
single-processor time, how many tasks were inserted into gaps, tasks per processor
and a checksum of (task, processor, start).

Keywords: scheduling, heft, list scheduling, task graph, heterogeneous processors, dag, upward rank
"""

from bisect import insort
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def earliest_slot(busy: List[Tuple[int, int, int]], ready: int, length: int) -> int:
    """Earliest start >= ready of a gap of the given length in a sorted busy list."""
    previous_end = 0
    for start, finish, _ in busy:
        candidate = max(ready, previous_end)
        if candidate + length <= start:
            return candidate
        previous_end = finish
    return max(ready, previous_end)


@python_benchmark(args=(2000, 8, 11), cases=[(0, 3, 1), (1, 2, 2), (5, 1, 3), (12, 3, 4), (80, 4, 5)])
def heft_task_graph_list_scheduling(n: int, processors: int, seed: int) -> Tuple[int, int, int, List[int], int]:
    """Return (makespan, best sequential time, gap insertions, tasks per processor, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    cost = []
    for _ in range(n):
        base = 5 + draw(40)
        cost.append([base + draw(base) for _ in range(processors)])
    preds: List[List[Tuple[int, int]]] = [[] for _ in range(n)]
    succs: List[List[Tuple[int, int]]] = [[] for _ in range(n)]
    for task in range(1, n):
        for _ in range(1 + draw(3)):
            parent = task - 1 - draw(min(task, 25))
            comm = 1 + draw(30)
            preds[task].append((parent, comm))
            succs[parent].append((task, comm))

    rank = [0] * n
    for task in reversed(range(n)):
        tail = max((comm * processors + rank[child] for child, comm in succs[task]), default=0)
        rank[task] = sum(cost[task]) + tail
    order = sorted(range(n), key=lambda t: (-rank[t], t))

    busy: List[List[Tuple[int, int, int]]] = [[] for _ in range(processors)]
    where = [0] * n
    finish = [0] * n
    inserted = 0
    for task in order:
        best = None
        for p in range(processors):
            ready = max((finish[parent] + (0 if where[parent] == p else comm)
                         for parent, comm in preds[task]), default=0)
            start = earliest_slot(busy[p], ready, cost[task][p])
            option = (start + cost[task][p], p, start)
            if best is None or option < best:
                best = option
        end, p, start = best
        if busy[p] and start < busy[p][-1][1]:
            inserted += 1
        insort(busy[p], (start, end, task))
        where[task] = p
        finish[task] = end
    checksum = 0
    for task in range(n):
        checksum = (checksum * 1009 + where[task] * 101 + finish[task]) % 1000000007
    sequential = min((sum(cost[t][p] for t in range(n)) for p in range(processors)), default=0)
    return (max(finish, default=0), sequential, inserted, [len(b) for b in busy], checksum)
