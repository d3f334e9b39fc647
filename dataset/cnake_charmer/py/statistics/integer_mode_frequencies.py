"""Frequency table of integer data: the top modes, distinct count and entropy.

n integers from a skewed LCG-driven distribution (a geometric-like mix) are counted.
The result lists the five most frequent values (ties broken by smaller value), the
number of distinct values, the Shannon entropy of the empirical distribution and the
count of singletons.

Keywords: mode, frequency table, counter, entropy, discrete distribution
"""

import math
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000,), cases=[(0,), (1,), (2,), (50,)])
def integer_mode_frequencies(n: int) -> Tuple[List[Tuple[int, int]], int, float, int]:
    """Top five (value, count) pairs, distinct count, entropy and singleton count."""
    state = 1001
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state >> 8
        v = 0
        while r & 1 and v < 30:
            v += 1
            r >>= 1
        values.append(v * 100 + (state % 37))
    counts = Counter(values)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    entropy = -sum(c / n * math.log2(c / n) for c in counts.values()) if n else 0.0
    singletons = sum(1 for c in counts.values() if c == 1)
    return top, len(counts), entropy, singletons
