"""Weighted quantiles from the cumulative weight of sorted observations.

Each observation has a value and a positive weight (both from an LCG). After sorting by
value, a quantile q is the first value whose cumulative weight reaches q times the total
weight. Quantiles at q = 0.05, 0.1, ..., 0.95 are computed, along with the weighted
mean and weighted variance.

Keywords: weighted quantile, weighted median, cumulative weights, sorting, weighted mean
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000,), cases=[(0,), (1,), (2,), (19,)])
def weighted_quantiles_sorted(n: int) -> Tuple[List[int], float, float]:
    """Weighted 5%..95% quantiles of n weighted observations, weighted mean and variance."""
    if n <= 0:
        return [], 0.0, 0.0
    state = 7777
    obs = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value = state % 100000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weight = 1 + state % 9 + (value // 20000)
        obs.append((value, weight))
    obs.sort()
    total = sum(w for _, w in obs)
    quantiles = []
    cumulative = 0
    idx = 0
    for step in range(1, 20):
        target = step * total / 20.0
        while cumulative + obs[idx][1] < target:
            cumulative += obs[idx][1]
            idx += 1
        quantiles.append(obs[idx][0])
    mean = sum(v * w for v, w in obs) / total
    var = sum(w * (v - mean) ** 2 for v, w in obs) / total
    return quantiles, mean, var
