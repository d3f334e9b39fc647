"""Optimal assignment by the Hungarian algorithm (shortest augmenting paths).

An n x n integer cost matrix is filled from a seeded LCG and the minimum-cost perfect
matching of workers to jobs is found with the O(n^3) potentials formulation. The pair
returns the optimal cost and the job assigned to each worker.

Keywords: optimization, hungarian algorithm, assignment problem, matching, potentials
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(240, 8), cases=[(0, 1), (1, 2), (3, 3), (6, 4)])
def hungarian_assignment_cost(n: int, seed: int) -> Tuple[int, List[int]]:
    """Return (minimum total cost, job of each worker)."""
    if n <= 0:
        return 0, []
    state = seed & 0x7FFFFFFF
    cost = []
    for _ in range(n):
        row = []
        for _ in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 8) % 1000)
        cost.append(row)
    inf = float("inf")
    u = [0] * (n + 1)
    v = [0] * (n + 1)
    match = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    assignment = [0] * n
    for j in range(1, n + 1):
        assignment[match[j] - 1] = j - 1
    return sum(cost[i][assignment[i]] for i in range(n)), assignment
