"""Merge k individually sorted runs into one sorted sequence.

Each run is built as a random walk with non-negative steps, so it is already sorted;
heapq.merge combines the k runs. Returns the length, a position-weighted checksum,
the number of adjacent equal values and samples of the merged sequence.

Keywords: k-way merge, heap, priority queue, sorted runs, merging
"""

import heapq
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(48, 2500, 6), cases=[(0, 10, 1), (3, 0, 2), (1, 5, 3), (7, 13, 9)])
def kway_merge_sorted_runs(k: int, run_length: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (length, checksum, equal neighbours, samples) of the merged runs."""
    state = seed & 0x7FFFFFFF
    runs = []
    for _ in range(k):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value = state % 1000
        run = []
        for _ in range(run_length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            value += state % 97
            run.append(value)
        runs.append(run)
    merged = list(heapq.merge(*runs))
    checksum = 0
    for i, v in enumerate(merged):
        checksum = (checksum * 31 + v * (i & 15)) % 1000000007
    equal = sum(1 for a, b in zip(merged, merged[1:]) if a == b)
    step = max(1, len(merged) // 10)
    return len(merged), checksum, equal, merged[::step]
