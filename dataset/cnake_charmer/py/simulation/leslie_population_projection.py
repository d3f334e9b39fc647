"""Age-structured population projection (Leslie model) under constant harvesting.

A population with `ages` age classes has age-dependent fecundity and survival. Each
year births come from the fecundity of every class, survivors age by one class and a
fixed fraction of every class older than one year is harvested. For each harvest rate
on a grid the projection runs for many years; the largest rate that does not shrink
the population is the sustainable yield. Returns it, the final population and the
long-run growth factors of a few rates.

Keywords: simulation, population dynamics, leslie matrix, harvesting, demography, projection
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40, 150, 60), cases=[(1, 10, 3), (2, 0, 2), (5, 20, 1), (12, 50, 10)])
def leslie_population_projection(ages: int, years: int, rates: int) -> Tuple[float, float, List[float]]:
    """Scan `rates` harvest rates over a `years`-year projection."""
    fecundity = [0.0 if a < 2 else 0.9 * (1.0 - a / (ages + 1.0)) for a in range(ages)]
    survival = [0.95 - 0.5 * (a / max(ages, 1)) ** 2 for a in range(ages)]
    best_rate, best_pop = 0.0, 0.0
    growth: List[float] = []
    for k in range(rates):
        h = 0.4 * k / max(rates, 1)
        pop = [100.0] * ages
        last_total = sum(pop)
        factor = 1.0
        for _ in range(years):
            births = sum(f * n for f, n in zip(fecundity, pop))
            aged = [births] + [pop[a] * survival[a] for a in range(ages - 1)]
            pop = [n if a < 1 else n * (1.0 - h) for a, n in enumerate(aged)]
            total = sum(pop)
            factor = total / last_total if last_total > 0 else 0.0
            last_total = total
        growth.append(factor)
        if factor >= 1.0 and h >= best_rate:
            best_rate, best_pop = h, last_total
    return (best_rate, best_pop, growth[::max(1, rates // 6)])
