"""Count-min sketch estimates of item frequencies in a skewed stream.

A count-min sketch keeps ``depth`` rows of ``width`` counters; each item increments one
counter per row chosen by a row-specific multiply-shift hash, and its frequency is
estimated as the minimum over rows (never an underestimate). Heavy hitters of a
Zipf-like stream are compared with the exact counts.

Keywords: count min sketch, streaming, hashing, frequency estimation, heavy hitters
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M64 = 0xFFFFFFFFFFFFFFFF


def _hash(item: int, row: int, width: int) -> int:
    a = (0x9E3779B97F4A7C15 * (2 * row + 1)) & M64
    return ((((item + 1) * a) & M64) >> 40) % width


@python_benchmark(args=(50000, 4, 512, 2), cases=[(0, 2, 16, 1), (1, 1, 8, 2), (50, 3, 4, 3), (2000, 5, 64, 4)])
def count_min_sketch_heavy_hitters(n: int, depth: int, width: int, seed: int) -> Tuple[List[Tuple[int, int, int]], int, int]:
    """Return (top 5 items as (item, true, estimate), total overestimate, max counter)."""
    state = seed
    stream = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = (state >> 8) % 5000
        b = (state >> 4) % 5000
        stream.append(a * b // 5000)
    table = [[0] * width for _ in range(depth)]
    for item in stream:
        for r in range(depth):
            table[r][_hash(item, r, width)] += 1
    exact = Counter(stream)

    def estimate(item: int) -> int:
        return min(table[r][_hash(item, r, width)] for r in range(depth))

    top = sorted(exact.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    over = sum(estimate(item) - c for item, c in exact.items())
    return ([(item, c, estimate(item)) for item, c in top], over, max((max(row) for row in table), default=0))
