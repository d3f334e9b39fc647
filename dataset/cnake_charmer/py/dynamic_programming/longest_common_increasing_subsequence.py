"""Longest common increasing subsequence of two integer sequences (O(n*m) DP).

For each element of the first sequence, a sweep over the second keeps the best LCIS
length ending below the current value; matching positions extend it. The final table
of best lengths ending at each position of the second sequence is summarised.

Keywords: dynamic programming, lcis, longest common increasing subsequence, sequences
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1000, 950, 300, 89), cases=[(0, 5, 10, 1), (3, 0, 10, 2), (1, 1, 1, 3), (30, 40, 20, 4)])
def longest_common_increasing_subsequence(n: int, m: int, value_range: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (LCIS length, positions achieving it, table sum, last 8 table entries)."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n + m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 7) % value_range)
    a, b = values[:n], values[n:]
    length = [0] * m
    for x in a:
        best = 0
        for j, y in enumerate(b):
            if y == x:
                length[j] = max(length[j], best + 1)
            elif y < x and length[j] > best:
                best = length[j]
    top = max(length, default=0)
    return (top, length.count(top) if top else 0, sum(length), length[-8:])
