"""Walker's alias method: build the table, then sample a discrete distribution.

Weights for k outcomes come from a seeded LCG. Vose's construction splits outcomes
into small and large lists and pairs them so every table column holds at most two
outcomes; sampling then needs one uniform column and one coin flip. The pair returns
the alias table's probabilities (as integers on a 1e-9 grid), the alias
indices and the histogram of n samples.

Keywords: monte carlo, alias method, discrete distribution, sampling, vose
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(64, 200000, 3), cases=[(1, 10, 1), (3, 0, 2), (5, 100, 3), (0, 10, 4)])
def walker_alias_sampling(outcomes: int, samples: int, seed: int) -> Tuple[List[int], List[int], List[int]]:
    """Return (scaled acceptance probabilities, alias indices, sample histogram)."""
    if outcomes <= 0:
        return [], [], []
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state

    weights = [1 + (draw() >> 8) % 100 for _ in range(outcomes)]
    total = sum(weights)
    scaled = [w * outcomes / total for w in weights]
    prob = [0.0] * outcomes
    alias = list(range(outcomes))
    small = [i for i, p in enumerate(scaled) if p < 1.0]
    large = [i for i, p in enumerate(scaled) if p >= 1.0]
    while small and large:
        s = small.pop()
        g = large.pop()
        prob[s] = scaled[s]
        alias[s] = g
        scaled[g] = scaled[g] + scaled[s] - 1.0
        (small if scaled[g] < 1.0 else large).append(g)
    for i in large + small:
        prob[i] = 1.0
    hist = [0] * outcomes
    for _ in range(samples):
        column = (draw() >> 4) % outcomes
        coin = draw() / 2147483648.0
        hist[column if coin < prob[column] else alias[column]] += 1
    return [int(p * 1e9 + 0.5) for p in prob], alias, hist
