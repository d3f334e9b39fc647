"""Nucleotide diversity, Watterson's theta and Tajima's D along simulated haplotypes.

A sample of haplotypes is simulated site by site (many sites monomorphic, derived
alleles at skewed frequencies). For the whole region and for consecutive windows the
number of segregating sites S, the mean pairwise difference pi (from all pairs of
haplotypes) and Watterson's estimator S / a1 are computed; Tajima's D compares the two
to detect departures from neutrality.

Keywords: bioinformatics, population genetics, tajima's d, nucleotide diversity, watterson theta, haplotypes
"""

import math
from itertools import combinations
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _tajima(n: int, segregating: int, pi: float) -> Tuple[float, float]:
    a1 = 0.0
    a2 = 0.0
    for i in range(1, n):
        a1 += 1.0 / i
        a2 += 1.0 / (i * i)
    b1 = (n + 1) / (3 * (n - 1))
    b2 = 2 * (n * n + n + 3) / (9 * n * (n - 1))
    c1 = b1 - 1.0 / a1
    c2 = b2 - (n + 2) / (a1 * n) + a2 / (a1 * a1)
    e1 = c1 / a1
    e2 = c2 / (a1 * a1 + a2)
    theta = segregating / a1
    if segregating == 0:
        return theta, 0.0
    return theta, (pi - theta) / math.sqrt(e1 * segregating + e2 * segregating * (segregating - 1))


@python_benchmark(args=(40, 2400, 300, 23), cases=[(0, 10, 5, 1), (1, 10, 5, 2), (2, 0, 5, 3), (6, 50, 20, 4)])
def tajima_d_diversity(samples: int, sites: int, window: int, seed: int) -> Tuple[int, float, float, float, List[float]]:
    """Return (S, pi, Watterson theta, Tajima's D, D of each window)."""
    if samples < 2:
        return (0, 0.0, 0.0, 0.0, [])
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    columns = []
    for _ in range(sites):
        frequency = 0 if draw(3) == 0 else 1 + draw(1 + draw(samples - 1))
        columns.append("".join("1" if draw(samples) < frequency else "0" for _ in range(samples)))
    haplotypes = ["".join(bits) for bits in zip(*columns)] if columns else [""] * samples

    def summary(block: List[str]) -> Tuple[int, float, float, float]:
        segregating = sum(1 for column in zip(*block) if len(set(column)) > 1)
        differences = sum(sum(1 for a, b in zip(x, y) if a != b) for x, y in combinations(block, 2))
        pi = differences / (samples * (samples - 1) // 2)
        theta, d = _tajima(samples, segregating, pi)
        return segregating, pi, theta, d

    segregating, pi, theta, d = summary(haplotypes)
    windows = [summary([h[start:start + window] for h in haplotypes])[3] for start in range(0, sites, window)]
    return (segregating, pi, theta, d, windows)
