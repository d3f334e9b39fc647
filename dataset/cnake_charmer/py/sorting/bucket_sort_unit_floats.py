"""Bucket sort of floats uniformly spread over [0, 1).

The values are scattered into n_buckets equal-width buckets, each bucket is sorted and
the buckets are concatenated. Returns bucket occupancy statistics, a position-weighted
sum of the sorted values and a few sampled values.

Keywords: bucket sort, floating point, distribution sort, uniform, buckets
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 1000, 4), cases=[(0, 10, 1), (1, 1, 1), (100, 7, 3), (50, 0, 2)])
def bucket_sort_unit_floats(n: int, n_buckets: int, seed: int) -> Tuple[int, int, float, List[float]]:
    """Return (largest bucket, empty buckets, weighted sum, samples); n_buckets >= 1."""
    if n_buckets < 1:
        raise ValueError("need at least one bucket")
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(state / 2147483648.0)
    buckets: List[List[float]] = [[] for _ in range(n_buckets)]
    for v in values:
        buckets[int(v * n_buckets)].append(v)
    ordered = []
    for bucket in buckets:
        bucket.sort()
        ordered.extend(bucket)
    largest = max(len(b) for b in buckets)
    empty = sum(1 for b in buckets if not b)
    weighted = 0.0
    for i, v in enumerate(ordered):
        weighted += (i % 7) * v
    step = max(1, len(ordered) // 9)
    return largest, empty, weighted, ordered[::step]
