"""Longest run of consecutive integers in an unsorted list, in linear time.

All values go into a set; a run is only walked from its smallest member (a value v
with v - 1 absent), so every value is visited a constant number of times. Returns the
longest run's length and start, the number of distinct runs and a histogram of run
lengths (capped at 10).

Keywords: consecutive sequence, hash set, linear time, runs, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 200000, 3), cases=[(0, 10, 1), (1, 10, 2), (50, 60, 3), (500, 100000, 4), (20, 1, 5)])
def longest_consecutive_run_hashset(n: int, span: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (longest run length, its start or 0, number of runs, histogram of lengths 1..10+); span >= 1."""
    if span < 1:
        raise ValueError("span must be positive")
    state = seed & 0x7FFFFFFF
    values = set()
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.add((state >> 4) % span - span // 2)
    best_len, best_start = 0, 0
    runs = 0
    hist = [0] * 10
    for v in values:
        if v - 1 in values:
            continue
        length = 1
        while v + length in values:
            length += 1
        runs += 1
        hist[min(length, 10) - 1] += 1
        if length > best_len or (length == best_len and v < best_start):
            best_len, best_start = length, v
    return best_len, best_start, runs, hist
