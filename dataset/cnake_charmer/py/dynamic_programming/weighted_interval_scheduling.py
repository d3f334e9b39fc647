"""Weighted interval scheduling: the heaviest set of non-overlapping intervals.

Intervals with random start, length and weight are sorted by end time; for each one,
binary search finds the last interval finishing no later than it starts, and the DP
chooses between skipping it or taking it. The optimal set is reconstructed.

Keywords: dynamic programming, interval scheduling, binary search, sorting, optimization
"""

from bisect import bisect_right
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 43), cases=[(0, 1), (1, 2), (2, 3), (30, 4)])
def weighted_interval_scheduling(n: int, seed: int) -> Tuple[int, int, List[Tuple[int, int, int]]]:
    """Return (best total weight, intervals chosen, first 5 chosen (start, end, weight))."""
    state = seed & 0x7FFFFFFF
    intervals = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        start = (state >> 4) % 1000000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + (state >> 4) % 5000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        intervals.append((start + length, start, 1 + (state >> 4) % 1000))
    intervals.sort()
    ends = [iv[0] for iv in intervals]
    best = [0] * (n + 1)
    take = [False] * (n + 1)
    prior = [0] * (n + 1)
    for i, (end, start, weight) in enumerate(intervals, 1):
        prior[i] = bisect_right(ends, start, 0, i - 1)
        with_it = best[prior[i]] + weight
        if with_it > best[i - 1]:
            best[i], take[i] = with_it, True
        else:
            best[i] = best[i - 1]
    chosen = []
    i = n
    while i > 0:
        if take[i]:
            end, start, weight = intervals[i - 1]
            chosen.append((start, end, weight))
            i = prior[i]
        else:
            i -= 1
    chosen.reverse()
    return (best[n], len(chosen), chosen[:5])
