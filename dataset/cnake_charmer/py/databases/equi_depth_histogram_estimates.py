"""Cardinality estimation with equi-depth histograms, checked against true counts.

A query optimiser estimates how many rows a predicate keeps. Here each column of a
table with skewed and partly correlated columns gets an equi-depth histogram: the
sorted values are cut into buckets holding the same number of rows, each remembering
its lowest and highest value. A range predicate's selectivity is the sum over
overlapping buckets of the bucket's rows times the covered fraction of its value
range, and a conjunction on two columns multiplies the selectivities (the
independence assumption). True counts come from binary search on the sorted columns
and from a full scan for the conjunctions. Returns bucket boundaries, the summed and
worst q-error of the conjunctive estimates, how many were within a factor of two, a
checksum of the true counts and the summed q-error of the single-column estimates.

Keywords: databases, query optimizer, cardinality estimation, equi-depth histogram, selectivity, q-error, independence assumption
"""

from bisect import bisect_left, bisect_right
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007
DOMAIN = 10000


def build_histogram(values: List[int], buckets: int) -> List[Tuple[int, int, int]]:
    """Equi-depth buckets (lowest value, highest value, rows) over the sorted values."""
    ordered = sorted(values)
    n = len(ordered)
    histogram = []
    for i in range(buckets):
        start, end = i * n // buckets, (i + 1) * n // buckets
        if end > start:
            histogram.append((ordered[start], ordered[end - 1], end - start))
    return histogram


def estimate(histogram: List[Tuple[int, int, int]], a: int, b: int) -> float:
    """Estimated rows with a <= value <= b, assuming uniform values inside a bucket."""
    total = 0.0
    for lo, hi, count in histogram:
        if hi < a or lo > b:
            continue
        overlap = min(b, hi) - max(a, lo) + 1
        total += count * overlap / (hi - lo + 1)
    return total


def q_error(estimated: float, true: int) -> float:
    e = max(estimated, 1.0)
    t = max(true, 1)
    return max(e / t, t / e)


@python_benchmark(args=(30000, 32, 100, 19), cases=[(0, 4, 3, 1), (1, 4, 3, 2), (200, 1, 5, 3), (1000, 16, 10, 4), (500, 64, 8, 5)])
def equi_depth_histogram_estimates(rows: int, buckets: int, queries: int, seed: int) -> Tuple[List[int], float, float, int, int, float]:
    """Return (x bucket bounds, conjunctive q-error sum, worst q-error, within 2x, true count checksum, single-column q-error sum)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    table = []
    for _ in range(rows):
        x = min(draw(DOMAIN), draw(DOMAIN), draw(DOMAIN))
        y = (x * 3 + draw(1500)) % DOMAIN if draw(2) == 0 else draw(DOMAIN)
        table.append((x, y))
    xs = [x for x, _ in table]
    ys = [y for _, y in table]
    hist_x = build_histogram(xs, buckets)
    hist_y = build_histogram(ys, buckets)
    sorted_x = sorted(xs)

    q_sum = worst = single_sum = 0.0
    within = checksum = 0
    for _ in range(queries):
        a1 = draw(DOMAIN)
        b1 = a1 + draw(DOMAIN // 4)
        a2 = draw(DOMAIN)
        b2 = a2 + draw(DOMAIN // 3)
        single_true = bisect_right(sorted_x, b1) - bisect_left(sorted_x, a1)
        single_sum += q_error(estimate(hist_x, a1, b1), single_true)
        estimated = estimate(hist_x, a1, b1) * estimate(hist_y, a2, b2) / rows if rows else 0.0
        true = sum(1 for x, y in table if a1 <= x <= b1 and a2 <= y <= b2)
        q = q_error(estimated, true)
        q_sum += q
        worst = max(worst, q)
        if q <= 2.0:
            within += 1
        checksum = (checksum * 1000003 + true) % MOD
    bounds = [lo for lo, _, _ in hist_x]
    return bounds[:: max(1, len(bounds) // 8)], q_sum, worst, within, checksum, single_sum
