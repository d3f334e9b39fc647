"""Random-walk Metropolis sampling of a bimodal one-dimensional density.

The target is an unnormalised mixture of two Gaussians at -3 and +3. A random-walk
Metropolis chain with uniform proposals of half-width `step` runs from x = 0; the
pair returns the acceptance count, the sample mean and variance after burn-in, the
number of crossings between the two modes and a coarse histogram of the samples.

Keywords: monte carlo, mcmc, metropolis hastings, bimodal distribution, random walk
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def log_target(x: float) -> float:
    a = math.exp(-0.5 * (x + 3.0) ** 2)
    b = 0.6 * math.exp(-0.5 * (x - 3.0) ** 2)
    return math.log(a + b + 1e-300)


@python_benchmark(args=(60000, 2.5, 17), cases=[(0, 1.0, 1), (1, 1.0, 2), (500, 0.5, 3), (200, 0.0, 4)], tolerance=1e-7)
def metropolis_bimodal_sampler(steps: int, step: float, seed: int) -> Tuple[int, float, float, int, List[int]]:
    """Return (accepted moves, mean, variance, mode crossings, 12-bin histogram on [-6, 6])."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    x = 0.0
    current = log_target(x)
    accepted = crossings = 0
    burn = steps // 10
    kept = []
    hist = [0] * 12
    for t in range(steps):
        proposal = x + step * (2.0 * uniform() - 1.0)
        candidate = log_target(proposal)
        if math.log(uniform() + 1e-300) < candidate - current:
            if (proposal > 0.0) != (x > 0.0):
                crossings += 1
            x, current = proposal, candidate
            accepted += 1
        if t >= burn:
            kept.append(x)
            if -6.0 <= x < 6.0:
                hist[int(x + 6.0)] += 1
    if not kept:
        return accepted, 0.0, 0.0, crossings, hist
    mean = sum(kept) / len(kept)
    variance = sum((v - mean) ** 2 for v in kept) / len(kept)
    return accepted, mean, variance, crossings, hist
