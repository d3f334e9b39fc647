"""Longest common subsequence of two DNA-like strings, with the subsequence itself.

Fills the full LCS table of two pseudo-random strings over ``ACGT`` and walks it back
from the corner to recover one longest common subsequence (with a fixed tie rule).

Keywords: lcs, longest common subsequence, dynamic programming, backtracking, strings
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


def _dna(length: int, state: int) -> Tuple[str, int]:
    out = []
    for _ in range(length):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append("ACGT"[(state >> 10) & 3])
    return "".join(out), state


@python_benchmark(args=(700, 21), cases=[(0, 1), (1, 2), (7, 3), (40, 9)])
def lcs_reconstruction(n: int, seed: int) -> Tuple[int, str]:
    """Return (LCS length, one LCS) of strings of lengths n and n + n // 3."""
    a, state = _dna(n, seed)
    b, _ = _dna(n + n // 3, state)
    rows = [[0] * (len(b) + 1)]
    for ca in a:
        prev = rows[-1]
        row = [0]
        for j, cb in enumerate(b, 1):
            row.append(prev[j - 1] + 1 if ca == cb else max(prev[j], row[j - 1]))
        rows.append(row)
    i, j = len(a), len(b)
    out = []
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif rows[i - 1][j] >= rows[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return (rows[-1][-1], "".join(reversed(out)))
