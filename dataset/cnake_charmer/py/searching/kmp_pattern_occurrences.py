"""Knuth-Morris-Pratt search for a pattern in a long generated text.

The failure function of the pattern says how far the match can fall back after a
mismatch, so the text is scanned once without backtracking. The text and the pattern
use a small alphabet to create many partial matches. Returns the occurrence count,
the first positions and the sum of the failure table.

Keywords: KMP, string matching, failure function, prefix function, pattern search
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _failure(pattern: str) -> List[int]:
    fail = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    return fail


@python_benchmark(args=(250000, 9, 3), cases=[(0, 3, 1), (10, 1, 2), (50, 60, 3), (1000, 4, 4), (20, 0, 1)])
def kmp_pattern_occurrences(text_len: int, pattern_len: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (occurrences, first 10 start positions, sum of failure values); pattern_len >= 1."""
    if pattern_len < 1:
        raise ValueError("pattern must not be empty")
    state = seed & 0x7FFFFFFF
    chars = []
    for _ in range(text_len):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        chars.append("abc"[(state >> 16) % 3] if state % 5 else "a")
    text = "".join(chars)
    pattern = "".join("ab"[(i * 7 + seed) % 3 % 2] for i in range(pattern_len))
    fail = _failure(pattern)
    hits = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = fail[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = fail[k - 1]
    return len(hits), hits[:10], sum(fail)
