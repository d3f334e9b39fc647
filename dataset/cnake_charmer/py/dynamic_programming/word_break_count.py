"""Counting the ways to segment a binary string into dictionary words.

A random string over {a, b} and a random dictionary of short words are generated.
For every prefix the DP counts segmentations (mod a prime) and tracks the fewest and
most words used by any segmentation.

Keywords: dynamic programming, word break, segmentation, strings, dictionary, counting
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(40000, 40, 8, 47), cases=[(0, 3, 3, 1), (5, 0, 3, 2), (12, 6, 2, 3), (60, 10, 4, 4)])
def word_break_count(n: int, word_count: int, max_len: int, seed: int) -> Tuple[int, int, int]:
    """Return (segmentations mod 1e9+7, fewest words or -1, most words or -1)."""
    state = seed & 0x7FFFFFFF
    words = set()
    for _ in range(word_count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + (state >> 10) % max_len
        letters = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            letters.append("ab"[(state >> 13) & 1])
        words.add("".join(letters))
    chars = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        chars.append("ab"[(state >> 13) & 1])
    text = "".join(chars)
    lengths = sorted({len(w) for w in words})
    ways = [1] + [0] * n
    fewest = [0] + [None] * n
    most = [0] + [None] * n
    for i in range(1, n + 1):
        for length in lengths:
            if length > i:
                break
            j = i - length
            if ways[j] and text[j:i] in words:
                ways[i] = (ways[i] + ways[j]) % MOD
                if fewest[i] is None or fewest[j] + 1 < fewest[i]:
                    fewest[i] = fewest[j] + 1
                if most[i] is None or most[j] + 1 > most[i]:
                    most[i] = most[j] + 1
    lo = fewest[n] if fewest[n] is not None else -1
    hi = most[n] if most[n] is not None else -1
    return (ways[n], lo, hi)
