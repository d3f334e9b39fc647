"""Weighted reservoir sampling (Efraimidis-Spirakis A-Res) over a generated stream.

Stream items carry LCG-drawn positive weights; each item gets the key u^(1/w) for a
fresh uniform u and the k items with the largest keys form the sample, maintained
with a min-heap of size k. Repeating over many streams, the pair returns how often
each of the first items of the stream was selected, the final reservoir of the last
stream and the total number of heap replacements.

Keywords: monte carlo, reservoir sampling, weighted sampling, heap, streaming
"""

import heapq
import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60, 2000, 20, 5), cases=[(0, 10, 3, 1), (1, 5, 5, 2), (5, 30, 4, 3), (3, 10, 0, 4)])
def weighted_reservoir_sampling(streams: int, length: int, k: int, seed: int) -> Tuple[List[int], List[int], int]:
    """Return (selection counts of the first 16 items, last reservoir sorted, replacements)."""
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state

    counts = [0] * 16
    last: List[int] = []
    replacements = 0
    for _ in range(streams):
        heap: List[Tuple[float, int]] = []
        for item in range(length):
            weight = 1 + (draw() >> 8) % 10
            u = (draw() + 1) / 2147483649.0
            key = math.exp(math.log(u) / weight)
            if len(heap) < k:
                heapq.heappush(heap, (key, item))
            elif k > 0 and key > heap[0][0]:
                heapq.heapreplace(heap, (key, item))
                replacements += 1
        last = sorted(item for _, item in heap)
        for item in last:
            if item < 16:
                counts[item] += 1
    return counts, last, replacements
