"""Two-stage Dorfman pooled testing simulated against household-clustered infections.

A screened population is generated in households; infection is clustered (a household
is "hot" with some probability, and members of hot households are infected far more
often). Samples are pooled in arrival order in pools of size k; a pool is tested with an
imperfect assay (sensitivity drops with dilution, small false-positive rate) and members
of positive pools are retested individually. For each pool size the simulation counts
tests used, missed infections and false positives, and the best pool size is the one
with the fewest tests per person.

Keywords: epidemiology, pooled testing, dorfman, group testing, screening, sensitivity, specificity, prevalence
"""

from typing import List

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 0.04, 31), cases=[(0, 0.05, 1), (1, 0.5, 2), (30, 0.0, 3), (500, 0.1, 4)])
def dorfman_pooled_testing(people: int, hot_share: float, seed: int):
    """Return ([(k, tests, missed, false positives)], best k, infected count)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 11) / 9007199254740992.0

    infected: List[bool] = []
    while len(infected) < people:
        size = 1 + int(uniform() * 6)
        hot = uniform() < hot_share
        for _ in range(min(size, people - len(infected))):
            infected.append(uniform() < (0.6 if hot else 0.003))

    def assay(positives: int, pool_size: int) -> bool:
        if positives == 0:
            return uniform() < 0.002
        sensitivity = 0.98 - 0.01 * (pool_size - 1) / positives
        return uniform() < sensitivity

    rows = []
    best_k, best_rate = 1, float("inf")
    for k in (1, 2, 3, 4, 5, 6, 8, 10, 12, 16):
        tests = missed = false_pos = 0
        for start in range(0, people, k):
            pool = infected[start:start + k]
            positives = pool.count(True)
            tests += 1
            if k == 1:
                flagged = [assay(positives, 1)]
            elif assay(positives, len(pool)):
                flagged = []
                for member in pool:
                    tests += 1
                    flagged.append(assay(1 if member else 0, 1))
            else:
                flagged = [False] * len(pool)
            for member, flag in zip(pool, flagged):
                if member and not flag:
                    missed += 1
                elif flag and not member:
                    false_pos += 1
        rows.append((k, tests, missed, false_pos))
        rate = tests / people if people else 0.0
        if rate < best_rate:
            best_k, best_rate = k, rate
    return (rows, best_k, infected.count(True))
