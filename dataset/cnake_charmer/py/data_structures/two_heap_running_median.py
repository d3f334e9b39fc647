"""Running median of a stream with two balanced heaps.

A max-heap holds the lower half of the values seen so far and a min-heap the upper
half; each new value goes to one side and the heaps are rebalanced so their sizes
differ by at most one. The lower median is then the top of the max-heap. Returns the
sum of all running medians, how often the median changed and samples.

Keywords: running median, two heaps, priority queue, streaming statistics, heapq
"""

import heapq
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 10), cases=[(0, 1), (1, 2), (2, 3), (9, 4), (500, 5)])
def two_heap_running_median(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (sum of lower medians, median changes, every n//10-th median)."""
    low: List[int] = []   # max-heap via negation
    high: List[int] = []
    state = seed & 0x7FFFFFFF
    total = changes = 0
    prev = None
    medians = []
    step = max(1, n // 10)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 5) % 1000000
        if not low or v <= -low[0]:
            heapq.heappush(low, -v)
        else:
            heapq.heappush(high, v)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        median = -low[0]
        total += median
        if prev is not None and median != prev:
            changes += 1
        prev = median
        if i % step == 0:
            medians.append(median)
    return total, changes, medians
