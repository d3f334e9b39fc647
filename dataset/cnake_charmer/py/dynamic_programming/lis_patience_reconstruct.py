"""Longest strictly increasing subsequence by patience sorting, with reconstruction.

A sequence of pseudo-random values is scanned once; ``bisect`` finds the pile whose
top is the first value not smaller than the current one, and back-pointers to the
previous pile's top let one longest subsequence be rebuilt.

Keywords: dynamic programming, longest increasing subsequence, patience sorting, binary search
"""

from bisect import bisect_left
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 1000000, 17), cases=[(0, 10, 1), (1, 10, 2), (20, 5, 3), (300, 1000, 4)])
def lis_patience_reconstruct(n: int, value_range: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (LIS length, last 10 values of the rebuilt LIS, index checksum of the LIS)."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 5) % value_range)
    tops = []
    top_index = []
    back = [-1] * n
    for i, x in enumerate(values):
        pile = bisect_left(tops, x)
        if pile > 0:
            back[i] = top_index[pile - 1]
        if pile == len(tops):
            tops.append(x)
            top_index.append(i)
        else:
            tops[pile] = x
            top_index[pile] = i
    indices = []
    i = top_index[-1] if top_index else -1
    while i >= 0:
        indices.append(i)
        i = back[i]
    indices.reverse()
    return (len(tops), [values[i] for i in indices[-10:]], sum(indices) % 1000003)
