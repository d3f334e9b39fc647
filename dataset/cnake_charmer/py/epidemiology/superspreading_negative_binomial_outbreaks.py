"""Superspreading: branching-process outbreaks with negative-binomial offspring.

Individual reproduction numbers are gamma distributed with mean R and dispersion k, and
each case infects a Poisson number of people given its own rate; together that is a
negative-binomial offspring distribution. Gamma variates use Marsaglia-Tsang with
Box-Muller normals (and the u^(1/k) boost for k < 1), all from one seeded 64-bit
generator. For several k the outbreaks are grown generation by generation up to a case
cap, giving the extinction probability, the mean size of extinct outbreaks, and the
share of cases that caused 80 percent of all transmission (the "20/80 rule").

Keywords: epidemiology, superspreading, negative binomial, dispersion, branching process, gamma distribution, extinction probability, heterogeneity
"""

import math
from typing import List

from cnake_charmer.benchmarks import python_benchmark


class Generator:
    def __init__(self, seed: int):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def uniform(self) -> float:
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return ((self.state >> 11) + 0.5) / 9007199254740992.0

    def normal(self) -> float:
        u1, u2 = self.uniform(), self.uniform()
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)

    def gamma(self, shape: float) -> float:
        if shape < 1.0:
            return self.gamma(shape + 1.0) * self.uniform() ** (1.0 / shape)
        d = shape - 1.0 / 3.0
        c = 1.0 / math.sqrt(9.0 * d)
        while True:
            x = self.normal()
            v = 1.0 + c * x
            if v <= 0.0:
                continue
            v = v * v * v
            if math.log(self.uniform()) < 0.5 * x * x + d - d * v + d * math.log(v):
                return d * v

    def poisson(self, mean: float) -> int:
        mean = min(mean, 500.0)
        u = self.uniform()
        p = math.exp(-mean)
        cumulative, count = p, 0
        while u > cumulative and count < 5000:
            count += 1
            p *= mean / count
            cumulative += p
        return count


def share_causing_80_percent(offspring: List[int]) -> float:
    total = 0
    for o in offspring:
        total += o
    if total == 0:
        return 0.0
    running, used = 0, 0
    for o in sorted(offspring, reverse=True):
        running += o
        used += 1
        if running * 5 >= total * 4:
            break
    return used / len(offspring)


@python_benchmark(args=(400, 2.5, 200, 77), cases=[(0, 2.0, 50, 1), (10, 0.0, 20, 2), (20, 3.0, 1, 3), (40, 1.2, 100, 4)])
def superspreading_negative_binomial_outbreaks(outbreaks: int, r: float, cap: int, seed: int):
    """Return [(k, extinction share, mean extinct size, 80% transmission share, max offspring)]."""
    rng = Generator(seed)
    rows = []
    for k in (0.1, 0.25, 0.5, 1.0, 4.0):
        extinct, extinct_size, biggest = 0, 0, 0
        offspring_log: List[int] = []
        for _ in range(outbreaks):
            current, total = 1, 1
            while current > 0 and total <= cap:
                produced = 0
                for _ in range(current):
                    children = rng.poisson(r * rng.gamma(k) / k)
                    produced += children
                    if len(offspring_log) < 20000:
                        offspring_log.append(children)
                    biggest = max(biggest, children)
                current = produced
                total += produced
            if current == 0:
                extinct += 1
                extinct_size += total
        runs = max(outbreaks, 1)
        mean_size = extinct_size / extinct if extinct else 0.0
        rows.append((k, extinct / runs, round(mean_size, 9), round(share_causing_80_percent(offspring_log), 9), biggest))
    return rows
