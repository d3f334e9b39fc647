"""Binary search on the answer: split an array into k parts minimising the largest sum.

The smallest feasible "largest part sum" is found by binary searching over candidate
limits between max(a) and sum(a); each candidate is checked greedily by cutting a new
part whenever the running sum would exceed it. Returns the optimal limit, the number
of feasibility checks and the part sums of the greedy split at the optimum.

Keywords: binary search on answer, parametric search, greedy check, partition, minimax
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _parts_needed(values: List[int], limit: int) -> int:
    parts, running = 1, 0
    for v in values:
        if running + v > limit:
            parts += 1
            running = v
        else:
            running += v
    return parts


@python_benchmark(args=(100000, 37, 10), cases=[(1, 1, 1), (5, 10, 2), (30, 3, 3), (100, 1, 4), (0, 3, 5)])
def binary_search_split_array_answer(n: int, k: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (minimal largest sum, checks made, first 10 part sums); n >= 1, k >= 1."""
    if n < 1 or k < 1:
        raise ValueError("need a non-empty array and at least one part")
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(1 + (state >> 6) % 1000)
    lo, hi = max(values), sum(values)
    checks = 0
    while lo < hi:
        mid = (lo + hi) // 2
        checks += 1
        if _parts_needed(values, mid) <= k:
            hi = mid
        else:
            lo = mid + 1
    sums = []
    running = 0
    for v in values:
        if running + v > lo:
            sums.append(running)
            running = v
        else:
            running += v
    sums.append(running)
    return lo, checks, sums[:10]
