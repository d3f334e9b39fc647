"""Count sorted-array elements inside many query ranges with two binary searches.

A sorted array is built as a random walk with non-negative steps. For every query
range [a, a + width] the number of elements inside is upper_bound - lower_bound, each
found by a hand-written binary search. Returns the total, the fullest range and
samples of the per-query counts.

Keywords: binary search, lower bound, upper bound, range count, sorted array
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _lower_bound(data: List[int], key: int) -> int:
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        if data[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _upper_bound(data: List[int], key: int) -> int:
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        if data[mid] <= key:
            lo = mid + 1
        else:
            hi = mid
    return lo


@python_benchmark(args=(100000, 30000, 250, 3), cases=[(0, 5, 10, 1), (1, 3, 0, 2), (50, 0, 5, 3), (400, 40, 30, 4)])
def lower_bound_range_counts(n: int, queries: int, width: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (total hits, largest count, first 10 counts) for range queries."""
    state = seed & 0x7FFFFFFF
    data = []
    value = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value += state % 7
        data.append(value)
    top = value + width + 1
    counts = []
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % top - width
        counts.append(_upper_bound(data, a + width) - _lower_bound(data, a))
    return sum(counts), max(counts, default=0), counts[:10]
