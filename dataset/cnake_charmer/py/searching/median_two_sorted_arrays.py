"""Median of two sorted arrays by binary search on the partition point.

Instead of merging, the shorter array is cut at i and the longer at j = half - i so
that the left parts hold half of all elements; binary search on i finds the cut where
every left element is <= every right element, in O(log min(m, n)) steps. Many array
pairs (built once, queried with varying windows) are solved. Medians are reported
doubled (sum of the two middle values for even totals) to stay integral.

Keywords: median, two sorted arrays, binary search, partition, order statistics
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

INF = 1 << 62


def _doubled_median(a: List[int], a_lo: int, a_len: int, b: List[int], b_lo: int, b_len: int) -> Tuple[int, int]:
    if a_len > b_len:
        a, a_lo, a_len, b, b_lo, b_len = b, b_lo, b_len, a, a_lo, a_len
    total = a_len + b_len
    half = (total + 1) // 2
    lo, hi = 0, a_len
    steps = 0
    while True:
        steps += 1
        i = (lo + hi) // 2
        j = half - i
        a_left = a[a_lo + i - 1] if i > 0 else -INF
        a_right = a[a_lo + i] if i < a_len else INF
        b_left = b[b_lo + j - 1] if j > 0 else -INF
        b_right = b[b_lo + j] if j < b_len else INF
        if a_left <= b_right and b_left <= a_right:
            left_max = max(a_left, b_left)
            if total % 2:
                return 2 * left_max, steps
            return left_max + min(a_right, b_right), steps
        if a_left > b_right:
            hi = i - 1
        else:
            lo = i + 1


@python_benchmark(args=(100000, 30000, 5), cases=[(2, 5, 1), (10, 0, 2), (1, 3, 3), (500, 200, 4)])
def median_two_sorted_arrays(size: int, queries: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (checksum of doubled medians, binary-search steps, first 8 doubled medians); size >= 1."""
    if size < 1:
        raise ValueError("size must be positive")
    state = seed & 0x7FFFFFFF
    a, b = [], []
    va = vb = 0
    for _ in range(size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        va += (state >> 8) % 7
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        vb += (state >> 8) % 5
        a.append(va)
        b.append(vb)
    checksum = steps = 0
    first = []
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a_lo = (state >> 4) % size
        a_len = 1 + (state >> 12) % (size - a_lo)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b_lo = (state >> 4) % size
        b_len = (state >> 12) % (size - b_lo + 1)
        m, s = _doubled_median(a, a_lo, a_len, b, b_lo, b_len)
        steps += s
        checksum = (checksum * 1000003 + m) % 998244353
        if len(first) < 8:
            first.append(m)
    return checksum, steps, first
