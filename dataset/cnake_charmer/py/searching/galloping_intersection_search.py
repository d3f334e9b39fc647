"""Intersect a short and a long sorted list with galloping (exponential) search.

For each element of the short list, the search doubles its step through the long list
from the last match until it overshoots, then binary-searches inside that window. This
is how adaptive set intersection in search engines works. Returns the intersection
size, the number of comparisons and samples of the common values.

Keywords: exponential search, galloping, set intersection, binary search, sorted lists
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 400000, 5), cases=[(0, 10, 1), (5, 0, 2), (1, 1, 3), (50, 900, 4)])
def galloping_intersection_search(short_len: int, long_len: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (common count, comparisons, first 10 common values)."""
    state = seed & 0x7FFFFFFF
    small, big = [], []
    v = 0
    for _ in range(short_len):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v += 1 + state % 40
        small.append(v)
    v = 0
    for _ in range(long_len):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v += 1 + state % 3
        big.append(v)
    common = []
    comparisons = 0
    start = 0
    for key in small:
        step = 1
        hi = start
        while hi < len(big) and big[hi] < key:
            comparisons += 1
            start = hi + 1
            hi += step
            step *= 2
        lo, hi = start, min(hi, len(big) - 1)
        while lo <= hi:
            comparisons += 1
            mid = (lo + hi) // 2
            if big[mid] < key:
                lo = mid + 1
            else:
                hi = mid - 1
        start = lo
        if lo < len(big) and big[lo] == key:
            common.append(key)
    return len(common), comparisons, common[:10]
