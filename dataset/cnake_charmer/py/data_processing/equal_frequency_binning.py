"""Equal-frequency (quantile) binning of a feature with per-bin target statistics.

A numeric feature with many repeated values is cut into bins holding roughly equal
numbers of rows: the cut points are the values at the i/b quantile positions of the
sorted column, duplicate edges are merged, and every row is assigned with a binary
search. Each bin reports its edges, row count and the rate of a binary target inside
it (a weight-of-evidence style table). Returns that table and the bin label checksum.

Keywords: quantile binning, equal frequency, discretization, bisect, feature engineering
"""

from bisect import bisect_right
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 10), cases=[(0, 4), (1, 3), (5, 1), (20, 4), (500, 8)])
def equal_frequency_binning(n: int, bins: int) -> Tuple[List[Tuple[int, int, int, float]], int]:
    """Quantile-bin a generated column; return ((low, high, count, target rate) per bin, checksum)."""
    if n <= 0 or bins <= 0:
        return [], 0
    state = 36912
    values = []
    targets = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state % 1000
        value = u * u // 2000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        targets.append(1 if (state % 600) < value + 50 else 0)
        values.append(value)
    ordered = sorted(values)
    edges = sorted({ordered[(i * n) // bins] for i in range(1, bins)})
    counts = [0] * (len(edges) + 1)
    positives = [0] * (len(edges) + 1)
    lows = [None] * (len(edges) + 1)
    highs = [None] * (len(edges) + 1)
    checksum = 0
    for idx, (value, target) in enumerate(zip(values, targets)):
        b = bisect_right(edges, value)
        counts[b] += 1
        positives[b] += target
        lows[b] = value if lows[b] is None else min(lows[b], value)
        highs[b] = value if highs[b] is None else max(highs[b], value)
        checksum = (checksum + (idx % 1000 + 1) * (b + 1)) % 1000000007
    table = [(lows[b], highs[b], counts[b], positives[b] / counts[b])
             for b in range(len(counts)) if counts[b]]
    return table, checksum
