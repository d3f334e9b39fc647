"""Order values by how often they occur (most frequent first), then by value.

Counts occurrences with a Counter and sorts the whole list with the key
(-frequency, value), so equal values stay grouped. Returns the ten most common values,
a checksum of the ordering and the number of values that appear exactly once.

Keywords: frequency sort, counting, hash map, composite key, histogram
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000, 7), cases=[(0, 1), (1, 1), (20, 2), (999, 3)])
def frequency_sort_then_value(n: int, seed: int) -> Tuple[List[int], int, int]:
    """Return (top 10 distinct values, order checksum, singleton count)."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state >> 8
        values.append((r % 50) * 1000003 if r % 3 == 0 else r % 30011)
    freq = Counter(values)
    ordered = sorted(values, key=lambda v: (-freq[v], v))
    checksum = 0
    for i, v in enumerate(ordered):
        checksum = (checksum + (i + 1) * (v % 65521)) % 1000000007
    top = []
    for v in ordered:
        if not top or top[-1] != v:
            top.append(v)
            if len(top) == 10:
                break
    singles = sum(1 for c in freq.values() if c == 1)
    return top, checksum, singles
