"""Patience sort: deal cards onto piles, then merge the piles.

Each value goes on the leftmost pile whose top is >= it (found by binary search over
the pile tops), or starts a new pile; the piles are then merged with a heap. The number
of piles equals the length of the longest strictly increasing subsequence.

Keywords: patience sort, piles, longest increasing subsequence, binary search, heap merge
"""

import heapq
from bisect import bisect_left
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 13), cases=[(0, 1), (1, 1), (8, 2), (300, 5), (-4, 2)])
def patience_sort_piles(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (pile count, largest pile, sorted samples) for n LCG values."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(state % 1000000)
    piles: List[List[int]] = []
    tops: List[int] = []
    for v in values:
        idx = bisect_left(tops, v)
        if idx == len(piles):
            piles.append([v])
            tops.append(v)
        else:
            piles[idx].append(v)
            tops[idx] = v
    largest = max((len(p) for p in piles), default=0)
    heap = [(pile[-1], i) for i, pile in enumerate(piles)]
    heapq.heapify(heap)
    ordered = []
    while heap:
        value, i = heapq.heappop(heap)
        ordered.append(value)
        piles[i].pop()
        if piles[i]:
            heapq.heappush(heap, (piles[i][-1], i))
    step = max(1, len(ordered) // 10)
    return len(tops), largest, ordered[::step]
