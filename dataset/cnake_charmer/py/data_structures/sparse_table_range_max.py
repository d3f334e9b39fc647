"""Sparse table for O(1) range-maximum queries on a static array.

Level j of the table stores the maximum of every window of length 2**j, built from
level j-1 in O(n log n). A query [l, r] takes the maximum of two overlapping
power-of-two windows. Returns a checksum of the answers, how many answers equal the
global maximum and the first answers.

Keywords: sparse table, range maximum query, RMQ, doubling, static array
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 60000, 3), cases=[(1, 3, 1), (2, 0, 2), (9, 20, 3), (1000, 100, 4)])
def sparse_table_range_max(n: int, queries: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (answer checksum, answers equal to the global max, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 3) % 1000000)
    table = [values]
    j = 1
    while (1 << j) <= n:
        prev = table[-1]
        half = 1 << (j - 1)
        table.append([max(prev[i], prev[i + half]) for i in range(n - (1 << j) + 1)])
        j += 1
    top = max(values)
    checksum = at_top = 0
    first = []
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = state % n
        lo, hi = min(a, b), max(a, b)
        k = (hi - lo + 1).bit_length() - 1
        answer = max(table[k][lo], table[k][hi - (1 << k) + 1])
        checksum = (checksum * 131 + answer) % 1000000007
        at_top += answer == top
        if len(first) < 8:
            first.append(answer)
    return checksum, at_top, first
