"""Minimum cuts to split a generated string into palindromes.

A boolean table marks every palindromic substring (expanding by length), then a
prefix DP finds the fewest cuts so that every piece is a palindrome. The number of
palindromic substrings and the longest one's length are reported alongside.

Keywords: dynamic programming, palindrome partitioning, strings, minimum cuts
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(900, 3, 29), cases=[(0, 2, 1), (1, 2, 2), (6, 1, 3), (25, 2, 4)])
def palindrome_min_cuts(n: int, alphabet: int, seed: int) -> Tuple[int, int, int]:
    """Return (minimum cuts, palindromic substrings, longest palindrome length)."""
    if n <= 0:
        return (0, 0, 0)
    state = seed & 0x7FFFFFFF
    text = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        text.append("xyzw"[(state >> 14) % alphabet])
    pal = [[False] * n for _ in range(n)]
    count = longest = 0
    for length in range(1, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            if text[i] == text[j] and (length <= 2 or pal[i + 1][j - 1]):
                pal[i][j] = True
                count += 1
                longest = length
    cuts = [0] * n
    for j in range(n):
        if pal[0][j]:
            cuts[j] = 0
        else:
            cuts[j] = min(cuts[i - 1] + 1 for i in range(1, j + 1) if pal[i][j])
    return (cuts[n - 1], count, longest)
