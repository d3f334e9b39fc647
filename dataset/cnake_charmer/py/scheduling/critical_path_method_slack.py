"""Critical path method: earliest/latest times, total and free float of a project network.

A project has n activities with random durations; each depends on a few recently
listed activities of a random listing order, so the precedence graph is a DAG whose
indices are not topologically sorted. A topological order is found with Kahn's
algorithm, a forward pass gives earliest start/finish times, a backward pass latest
start/finish times, and the floats follow. Returns the project duration, the number
of critical activities and precedence links, the total and free float sums, the
largest float and the lowest-numbered critical activities.

Keywords: scheduling, critical path method, cpm, project scheduling, total float, topological sort
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 19), cases=[(0, 1), (1, 2), (2, 3), (8, 4), (200, 5)])
def critical_path_method_slack(n: int, seed: int) -> Tuple[int, int, int, int, int, int, List[int]]:
    """Return (duration, critical activities, critical links, total float, free float, max float, first critical)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    listing = list(range(n))
    for i in range(n - 1, 0, -1):
        j = draw(i + 1)
        listing[i], listing[j] = listing[j], listing[i]
    duration = [1 + draw(30) for _ in range(n)]
    successors: List[List[int]] = [[] for _ in range(n)]
    predecessors: List[List[int]] = [[] for _ in range(n)]
    for pos in range(1, n):
        act = listing[pos]
        for _ in range(draw(4)):
            before = listing[pos - 1 - draw(min(pos, 40))]
            successors[before].append(act)
            predecessors[act].append(before)

    indegree = [len(p) for p in predecessors]
    ready = deque(a for a in range(n) if indegree[a] == 0)
    topo = []
    while ready:
        a = ready.popleft()
        topo.append(a)
        for b in successors[a]:
            indegree[b] -= 1
            if indegree[b] == 0:
                ready.append(b)

    early_start = [0] * n
    for a in topo:
        for p in predecessors[a]:
            early_start[a] = max(early_start[a], early_start[p] + duration[p])
    early_finish = [early_start[a] + duration[a] for a in range(n)]
    project = max(early_finish, default=0)
    late_finish = [project] * n
    for a in reversed(topo):
        for s in successors[a]:
            late_finish[a] = min(late_finish[a], late_finish[s] - duration[s])
    total_float = [late_finish[a] - early_finish[a] for a in range(n)]
    free_float = [
        min((early_start[s] for s in successors[a]), default=project) - early_finish[a] for a in range(n)
    ]
    critical = [a for a in range(n) if total_float[a] == 0]
    critical_links = sum(
        1 for a in critical for s in successors[a] if total_float[s] == 0 and early_finish[a] == early_start[s]
    )
    return (project, len(critical), critical_links, sum(total_float), sum(free_float),
            max(total_float, default=0), critical[:8])
