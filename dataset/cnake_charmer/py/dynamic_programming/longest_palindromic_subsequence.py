"""Longest palindromic subsequence of every prefix of a generated string.

dp[i][j] is the longest palindromic subsequence inside s[i..j]: matching ends add two
to dp[i+1][j-1], otherwise the better of dropping either end. Rows are computed from
i = n-1 down to 0 keeping only two, so the final row holds the answer for every
prefix s[0..j].

Keywords: dynamic programming, palindromic subsequence, interval dp, strings, rolling rows
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1100, 4, 31), cases=[(0, 2, 1), (1, 2, 2), (2, 1, 3), (17, 3, 4)])
def longest_palindromic_subsequence(n: int, alphabet: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (LPS length of the whole string, LPS of every n//8-th prefix, sum over all prefixes)."""
    if n <= 0:
        return (0, [], 0)
    state = seed & 0x7FFFFFFF
    text = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        text.append("pqrs"[(state >> 12) % alphabet])
    below = [0] * n
    for i in range(n - 1, -1, -1):
        row = [0] * n
        row[i] = 1
        for j in range(i + 1, n):
            if text[i] == text[j]:
                row[j] = below[j - 1] + 2
            else:
                row[j] = max(below[j], row[j - 1])
        below = row
    step = max(1, n // 8)
    return (below[n - 1], below[::step], sum(below))
