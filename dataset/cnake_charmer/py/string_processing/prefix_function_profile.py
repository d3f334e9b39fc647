"""Knuth-Morris-Pratt prefix function of a block-structured text.

The text is a pseudo-random concatenation of a few short blocks, which gives it long
borders. The prefix function (longest proper border of each prefix) is summarised by
its sum, maximum, zero count, the whole text's smallest period and its tail.

Keywords: prefix function, kmp, borders, period, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400000, 4), cases=[(0, 1), (1, 2), (9, 3), (200, 7)])
def prefix_function_profile(n: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (sum, max, zeros, smallest period, last 10 values) of the prefix function."""
    blocks = ["abaab", "ab", "aba", "abaabab"]
    state = seed
    parts = []
    size = 0
    while size < n:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        block = blocks[(state >> 12) % 4]
        parts.append(block)
        size += len(block)
    s = "".join(parts)[:n]
    pi = [0] * n
    for i in range(1, n):
        k = pi[i - 1]
        while k and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    period = n - pi[-1] if n else 0
    return (sum(pi), max(pi, default=0), pi.count(0), period, pi[-10:])
