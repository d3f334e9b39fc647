"""Ross-Macdonald malaria transmission with an extrinsic incubation delay and seasonal vectors.

Hosts are a prevalence fraction; mosquitoes are tracked as susceptible, a queue of
infected cohorts by days since their infecting bite (each day surviving with
probability p), and infectious once the extrinsic incubation period n has elapsed.
The vector-to-host ratio follows a seasonal sine. The model is run for a grid of
biting rates a and mean vector ratios m; for each the classic basic reproduction
number R0 = m a^2 b c p^n / (r (-ln p)) is computed next to the simulated final and peak
host prevalence, showing the R0 = 1 threshold.

Keywords: epidemiology, vector-borne, malaria, ross-macdonald, mosquito, extrinsic incubation, seasonality, basic reproduction number
"""

import math
from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def simulate(a: float, m0: float, days: int, eip: int) -> Tuple[float, float]:
    b, c, p, r = 0.3, 0.4, 0.9, 0.01
    hosts = 1000.0
    prevalence = 0.01
    cohorts = deque([0.0] * eip)
    infectious = 0.0
    susceptible = m0 * hosts
    peak = prevalence
    for day in range(days):
        ratio = m0 * (1.0 + 0.6 * math.sin(2.0 * math.pi * day / 365.0))
        newly = a * c * prevalence * susceptible
        matured = cohorts.pop()
        infectious = p * (infectious + matured)
        cohorts.appendleft(newly)
        for k in range(1, eip):
            cohorts[k] *= p
        exposed = 0.0
        for cohort in cohorts:
            exposed += cohort
        susceptible = max(ratio * hosts - exposed - infectious, 0.0)
        bites = a * b * infectious / hosts
        prevalence += bites * (1.0 - prevalence) - r * prevalence
        peak = max(peak, prevalence)
    return prevalence, peak


@python_benchmark(args=(12, 730, 10), cases=[(1, 100, 10), (2, 0, 5), (3, 50, 1), (2, 400, 20)])
def ross_macdonald_vector_sweep(grid: int, days: int, eip: int):
    """Return ([(a, m, R0, final prevalence, peak prevalence)], count of scenarios with R0 > 1, count endemic at end)."""
    b, c, p, r = 0.3, 0.4, 0.9, 0.01
    rows: List[Tuple[float, float, float, float, float]] = []
    above, endemic = 0, 0
    for ia in range(grid):
        a = 0.05 + 0.3 * ia / grid
        for im in range(grid):
            m0 = 0.5 + 20.0 * im / grid
            r0 = m0 * a * a * b * c * p ** eip / (r * -math.log(p))
            final, peak = simulate(a, m0, days, eip)
            rows.append((round(a, 9), round(m0, 9), round(r0, 9), round(final, 9), round(peak, 9)))
            if r0 > 1.0:
                above += 1
            if final > 0.01:
                endemic += 1
    return (rows, above, endemic)
