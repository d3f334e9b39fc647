"""Deterministic SIR metapopulation with daily commuting between patches on a ring with a hub.

Residents of each patch spend part of the day in the two neighbouring patches and
in a central hub city (patch 0). Daytime transmission happens where people are: the
force of infection on residents of i mixes the prevalence of every destination j
(weighted by the commuting share c_ij, computed over the daytime population of j) with
night-time transmission at home. The model is stepped with explicit Euler sub-steps.
Reports per patch the arrival day (first day cumulative infections reach 1), peak
day and attack rate, plus a prevalence checksum.

Keywords: epidemiology, metapopulation, commuting, mobility network, sir, spatial spread, patches, euler method
"""

from typing import Dict, List

from cnake_charmer.benchmarks import python_benchmark


def commuting_table(patches: int, uniform) -> List[Dict[int, float]]:
    table = []
    for i in range(patches):
        f_left = 0.02 + 0.08 * uniform()
        f_right = 0.02 + 0.08 * uniform()
        f_hub = 0.05 + 0.15 * uniform()
        trips: Dict[int, float] = {}
        stay = 1.0 - f_left - f_right - (f_hub if i != 0 else 0.0)
        for destination, share in ((i, stay), ((i - 1) % patches, f_left), ((i + 1) % patches, f_right)):
            trips[destination] = trips.get(destination, 0.0) + share
        if i != 0:
            trips[0] = trips.get(0, 0.0) + f_hub
        table.append(trips)
    return table


@python_benchmark(args=(110, 160, 8, 0.42, 5), cases=[(1, 30, 2, 0.5, 1), (2, 20, 2, 0.5, 2), (6, 0, 2, 0.4, 3), (8, 60, 1, 0.0, 4)])
def metapopulation_commuter_sir(patches: int, days: int, steps_per_day: int, beta: float, seed: int):
    """Return (arrival day per patch, peak day per patch, attack rate per patch, prevalence checksum)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) / 16777216.0

    gamma = 0.2
    table = commuting_table(patches, uniform)
    population = [20000.0 + 180000.0 * uniform() for _ in range(patches)]
    if patches > 0:
        population[0] *= 5.0
    s = population[:]
    i = [0.0] * patches
    r = [0.0] * patches
    if patches > 0:
        start = patches // 2
        s[start] -= 10.0
        i[start] = 10.0
    arrival = [-1] * patches
    peak_day = [0] * patches
    peak = i[:]
    checksum = 0.0
    h = 1.0 / steps_per_day
    for day in range(1, days + 1):
        for _ in range(steps_per_day):
            day_pop = [0.0] * patches
            day_inf = [0.0] * patches
            for home, trips in enumerate(table):
                for destination, share in trips.items():
                    day_pop[destination] += population[home] * share
                    day_inf[destination] += i[home] * share
            for home, trips in enumerate(table):
                exposure = 0.0
                for destination, share in trips.items():
                    exposure += share * day_inf[destination] / day_pop[destination]
                force = beta * (0.6 * exposure + 0.4 * i[home] / population[home])
                new_cases = force * s[home] * h
                recoveries = gamma * i[home] * h
                s[home] -= new_cases
                i[home] += new_cases - recoveries
                r[home] += recoveries
        for p in range(patches):
            if arrival[p] < 0 and i[p] + r[p] >= 1.0:
                arrival[p] = day
            if i[p] > peak[p]:
                peak[p] = i[p]
                peak_day[p] = day
            checksum += i[p] * (p + 1)
    attack = [round(r[p] / population[p], 9) for p in range(patches)]
    return (arrival, peak_day, attack, checksum)
