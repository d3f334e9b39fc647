"""Shortest window of a text that contains every character of a pattern.

For several pseudo-random patterns (with repeated letters), slides a two-pointer window
over one long text, tracking how many required characters are still missing, to find
the shortest substring covering the pattern's multiset of letters.

Keywords: sliding window, two pointers, minimum window substring, counting, strings
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 8, 3), cases=[(0, 2, 1), (1, 1, 2), (30, 3, 3), (500, 5, 4)])
def minimum_window_cover(n: int, n_patterns: int, seed: int) -> List[Tuple[int, int]]:
    """Return (length, start) of the minimum window per pattern ((-1, -1) if none)."""
    state = seed
    chars = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        chars.append(chr(97 + (state >> 9) % 12))
    text = "".join(chars)
    results = []
    for _ in range(n_patterns):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        plen = 1 + state % 8
        pattern = []
        for _ in range(plen):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pattern.append(chr(97 + (state >> 9) % 12))
        need = Counter(pattern)
        missing = len(pattern)
        best = (-1, -1)
        left = 0
        for right, ch in enumerate(text):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if best[0] == -1 or right - left + 1 < best[0]:
                    best = (right - left + 1, left)
                need[text[left]] += 1
                if need[text[left]] > 0:
                    missing += 1
                left += 1
        results.append(best)
    return results
