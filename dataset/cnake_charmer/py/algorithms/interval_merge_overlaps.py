"""Merge overlapping intervals after sorting them by start.

Random closed intervals are sorted by (start, end) and swept once: an interval that
starts at or before the current end extends it, otherwise a new merged block begins.
Returns the number of merged blocks, the total covered length, the longest block and
the first blocks.

Keywords: interval merging, sweep, sorting, overlap, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 10000000, 9), cases=[(0, 100, 1), (1, 100, 2), (20, 50, 3), (500, 100000, 4)])
def interval_merge_overlaps(n: int, span: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int]]]:
    """Return (merged blocks, covered length, longest block, first 5 blocks); span >= 1."""
    if span < 1:
        raise ValueError("span must be positive")
    state = seed & 0x7FFFFFFF
    intervals = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        start = (state >> 3) % span
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        intervals.append((start, start + (state >> 5) % 150))
    intervals.sort()
    merged: List[List[int]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    covered = sum(e - s + 1 for s, e in merged)
    longest = max((e - s + 1 for s, e in merged), default=0)
    return len(merged), covered, longest, [(s, e) for s, e in merged[:5]]
