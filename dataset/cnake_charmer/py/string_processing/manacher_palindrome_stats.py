"""Palindromic substrings of a pseudo-random two-letter text.

Counts every palindromic substring (by position) and finds the longest one by expanding
around each of the ``2n - 1`` centres. A two-letter alphabet makes palindromes common.

Keywords: palindrome, expand around centre, substrings, strings
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 11), cases=[(0, 1), (1, 2), (7, 3), (300, 5)])
def manacher_palindrome_stats(n: int, seed: int) -> Tuple[int, int, int, str]:
    """Return (palindrome count, longest length, its start, its first 50 chars)."""
    state = seed
    chars = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        chars.append("ab"[(state >> 16) & 1])
    s = "".join(chars)
    count = 0
    best_len = 0
    best_start = 0
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            count += 1
            lo -= 1
            hi += 1
        if hi - lo - 1 > best_len:
            best_len = hi - lo - 1
            best_start = lo + 1
    return (count, best_len, best_start, s[best_start:best_start + best_len][:50])
