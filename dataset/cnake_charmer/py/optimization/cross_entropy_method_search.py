"""Cross-entropy method for minimising the Ackley function.

A Gaussian sampling distribution (per-coordinate mean and standard deviation) is
updated each generation from the elite fraction of LCG-driven Box-Muller samples,
with smoothing. The pair returns the best value found, the final means and standard
deviations, and the best value of each generation.

Keywords: optimization, cross entropy method, ackley, stochastic search, elite sampling
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def ackley(x: List[float]) -> float:
    n = len(x)
    s1 = sum(v * v for v in x) / n
    s2 = sum(math.cos(2.0 * math.pi * v) for v in x) / n
    return -20.0 * math.exp(-0.2 * math.sqrt(s1)) - math.exp(s2) + 20.0 + math.e


@python_benchmark(args=(5, 600, 60, 15, 8), cases=[(1, 4, 2, 3, 1), (2, 10, 3, 0, 2), (2, 20, 5, 4, 3), (0, 5, 2, 3, 4)], tolerance=1e-7)
def cross_entropy_method_search(dims: int, samples: int, elite: int, generations: int, seed: int) -> Tuple[float, List[float], List[float], List[float]]:
    """Return (best value, final means, final std devs, best value per generation)."""
    if dims <= 0 or samples <= 0:
        return 0.0, [], [], []
    elite = max(1, min(elite, samples))
    state = seed & 0x7FFFFFFF

    def normal() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u1 = (state + 1) / 2147483649.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * state / 2147483648.0)

    mean = [3.0] * dims
    std = [2.0] * dims
    best = math.inf
    history = []
    for _ in range(generations):
        population = []
        for _ in range(samples):
            x = [mean[d] + std[d] * normal() for d in range(dims)]
            population.append((ackley(x), x))
        population.sort(key=lambda item: item[0])
        chosen = [x for _, x in population[:elite]]
        best = min(best, population[0][0])
        history.append(population[0][0])
        for d in range(dims):
            m = sum(x[d] for x in chosen) / elite
            v = sum((x[d] - m) ** 2 for x in chosen) / elite
            mean[d] = 0.7 * m + 0.3 * mean[d]
            std[d] = 0.7 * math.sqrt(v) + 0.3 * std[d]
    return (best if history else 0.0), mean, std, history
