"""Look up IPv4 addresses in a sorted table of disjoint address ranges.

A routing/geo table of non-overlapping [start, end] ranges with a region code is
generated in ascending order; each 32-bit query address is located with a binary
search on the range starts and checked against the range end. Returns how many
queries hit a range, the three most frequent region codes and a checksum of the
matched range indices.

Keywords: binary search, IP lookup, interval table, uint32, geolocation
"""

from bisect import bisect_right
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 60000, 12), cases=[(0, 10, 1), (1, 50, 2), (10, 0, 3), (500, 800, 4)])
def ip_range_bsearch_lookup(n_ranges: int, n_queries: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (hits, top-3 region codes by hits, checksum of matched indices)."""
    state = seed & 0x7FFFFFFF
    gap = (1 << 32) // max(1, n_ranges)
    starts, ends, codes = [], [], []
    base = 0
    for _ in range(n_ranges):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        start = base + state % (gap // 4 + 1)
        length = 1 + (state >> 3) % (gap // 2 + 1)
        starts.append(start)
        ends.append(start + length - 1)
        codes.append((state >> 7) % 200)
        base += gap
    x = (seed * 2654435761) & 0xFFFFFFFF or 1
    hits = 0
    per_code = [0] * 200
    checksum = 0
    for _ in range(n_queries):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        idx = bisect_right(starts, x) - 1
        if idx >= 0 and x <= ends[idx]:
            hits += 1
            per_code[codes[idx]] += 1
            checksum = (checksum * 31 + idx) & 0xFFFFFFFF
    top = sorted(range(200), key=lambda c: (-per_code[c], c))[:3]
    return hits, top, checksum
