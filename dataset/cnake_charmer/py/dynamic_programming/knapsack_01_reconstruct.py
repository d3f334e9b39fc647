"""0/1 knapsack with item reconstruction.

Item weights and values come from a seeded LCG. A one-dimensional table is updated
from high to low capacity for each item while a per-item "taken" table records the
decisions, so the optimal item set can be read back. A negative capacity is an error.

Keywords: dynamic programming, knapsack, 0/1 knapsack, optimization, reconstruction
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 5000, 7), cases=[(0, 10, 1), (5, 0, 2), (12, 50, 3), (3, -1, 4)])
def knapsack_01_reconstruct(items: int, capacity: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (best value, items taken, weight used, first 10 taken item indices)."""
    if capacity < 0:
        raise ValueError("capacity must be non-negative")
    state = seed & 0x7FFFFFFF
    weights, values = [], []
    for _ in range(items):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weights.append(1 + (state >> 8) % 120)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(1 + (state >> 8) % 500)
    best = [0] * (capacity + 1)
    taken = []
    for w, v in zip(weights, values):
        row = [False] * (capacity + 1)
        for c in range(capacity, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                row[c] = True
        taken.append(row)
    chosen = []
    c = capacity
    for i in range(items - 1, -1, -1):
        if taken[i][c]:
            chosen.append(i)
            c -= weights[i]
    chosen.reverse()
    return (best[capacity], len(chosen), sum(weights[i] for i in chosen), chosen[:10])
