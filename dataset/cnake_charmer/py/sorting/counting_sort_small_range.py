"""Counting sort of pseudo-random integers drawn from a small range.

Generates n values in [0, max_value] with a linear congruential generator, sorts them
by tallying each value and expanding the tallies, and reports a position-weighted
checksum of the sorted list, its ends and the most frequent value (the mode).

Keywords: counting sort, histogram, linear time sort, small range, mode
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 999, 12345), cases=[(0, 10, 1), (1, 0, 5), (50, 3, 7), (20, -1, 3), (30, 5000, 2)])
def counting_sort_small_range(n: int, max_value: int, seed: int) -> Tuple[int, List[int], List[int], int]:
    """Sort n LCG values in [0, max_value] by counting; max_value must be in 0..4095."""
    if not 0 <= max_value <= 4095:
        raise ValueError("max_value must be between 0 and 4095")
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(state % (max_value + 1))
    counts = [0] * (max_value + 1)
    for v in values:
        counts[v] += 1
    ordered: List[int] = []
    for value, count in enumerate(counts):
        ordered.extend([value] * count)
    checksum = sum(i * v for i, v in enumerate(ordered)) % 1000000007
    mode = counts.index(max(counts))
    return checksum, ordered[:5], ordered[-5:], mode
