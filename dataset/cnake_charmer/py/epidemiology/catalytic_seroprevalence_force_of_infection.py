"""Force of infection and mean age at infection fitted to a serosurvey with catalytic models.

A seeded serosurvey samples people of all ages; the true force of infection is higher
in childhood than in adulthood, so the chance of being seropositive at age a is
1 - exp(-cumulative hazard). Seropositivity counts per single year of age are fitted by
binomial maximum likelihood on grids: a constant-hazard catalytic model (one lambda) and
a two-phase model (lambda before and after age 15). The result gives both fits, their
log-likelihoods and AIC values, and the mean age at first infection implied by each,
computed by summing the survival to infection over ages.

Keywords: epidemiology, force of infection, catalytic model, seroprevalence, serosurvey, maximum likelihood, grid search, age at infection
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MAX_AGE = 80
SPLIT_AGE = 15


def cumulative_hazard(age: float, child: float, adult: float) -> float:
    if age <= SPLIT_AGE:
        return child * age
    return child * SPLIT_AGE + adult * (age - SPLIT_AGE)


def log_likelihood(tested: List[int], positive: List[int], child: float, adult: float) -> float:
    total = 0.0
    for age in range(MAX_AGE):
        if tested[age] == 0:
            continue
        p = 1.0 - math.exp(-cumulative_hazard(age + 0.5, child, adult))
        p = min(max(p, 1e-12), 1.0 - 1e-12)
        total += positive[age] * math.log(p) + (tested[age] - positive[age]) * math.log(1.0 - p)
    return total


def mean_age_at_infection(child: float, adult: float) -> float:
    infected, weighted = 0.0, 0.0
    for age in range(MAX_AGE):
        density = math.exp(-cumulative_hazard(age, child, adult)) - math.exp(-cumulative_hazard(age + 1, child, adult))
        infected += density
        weighted += density * (age + 0.5)
    return weighted / infected if infected > 0.0 else 0.0


@python_benchmark(args=(6000, 70, 29), cases=[(0, 5, 1), (1, 4, 2), (300, 1, 3), (500, 12, 4)])
def catalytic_seroprevalence_force_of_infection(people: int, grid: int, seed: int):
    """Return (constant fit, two-phase fit, seroprevalence per decade) with (params, log-lik, AIC, mean age)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) / 16777216.0

    tested = [0] * MAX_AGE
    positive = [0] * MAX_AGE
    for _ in range(people):
        age = int(uniform() * MAX_AGE)
        tested[age] += 1
        if uniform() < 1.0 - math.exp(-cumulative_hazard(age + 0.5, 0.12, 0.03)):
            positive[age] += 1
    lambdas = [0.005 + 0.25 * g / max(grid, 1) for g in range(grid)]
    best_one: Tuple[float, float] = (-math.inf, 0.0)
    for lam in lambdas:
        ll = log_likelihood(tested, positive, lam, lam)
        if ll > best_one[0]:
            best_one = (ll, lam)
    best_two: Tuple[float, float, float] = (-math.inf, 0.0, 0.0)
    for child in lambdas:
        for adult in lambdas:
            ll = log_likelihood(tested, positive, child, adult)
            if ll > best_two[0]:
                best_two = (ll, child, adult)
    one = (round(best_one[1], 9), round(best_one[0], 6), round(2.0 - 2.0 * best_one[0], 6),
           round(mean_age_at_infection(best_one[1], best_one[1]), 9))
    two = ((round(best_two[1], 9), round(best_two[2], 9)), round(best_two[0], 6), round(4.0 - 2.0 * best_two[0], 6),
           round(mean_age_at_infection(best_two[1], best_two[2]), 9))
    decades = []
    for start in range(0, MAX_AGE, 10):
        n = pos = 0
        for age in range(start, start + 10):
            n += tested[age]
            pos += positive[age]
        decades.append(round(pos / n, 9) if n else 0.0)
    return (one, two, decades)
