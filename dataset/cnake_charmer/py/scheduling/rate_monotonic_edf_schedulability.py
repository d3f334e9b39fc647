"""Rate-monotonic and EDF scheduling of random periodic task sets: tests versus simulation.

Each task set has a few periodic tasks (implicit deadlines, released together at time
0) with periods drawn from a harmonic-friendly menu, so the hyperperiod stays short.
Every set is checked with the Liu-Layland utilisation bound and with exact
response-time analysis for rate-monotonic priorities and with the exact EDF test U <= 1, then simulated tick by tick over
one hyperperiod under preemptive rate-monotonic and earliest-deadline-first scheduling;
a job still unfinished at its next release is a deadline miss and is dropped. Returns
how many sets pass each test and each simulation, the misses and preemptions of both
policies, and how often response-time analysis agrees with the RM simulation.

Keywords: scheduling, real-time, rate monotonic, edf, response time analysis, schedulability, liu layland
"""

from math import lcm
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

PERIODS = (4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40, 60)


def simulate(periods: List[int], costs: List[int], edf: bool) -> Tuple[int, int]:
    """Return (deadline misses, preemptions) over one hyperperiod."""
    k = len(periods)
    horizon = lcm(*periods)
    remaining = [0] * k
    deadline = [0] * k
    misses = preemptions = 0
    running = -1
    for t in range(horizon + 1):
        for i in range(k):
            if t % periods[i] == 0:
                if remaining[i] > 0:
                    misses += 1
                remaining[i] = costs[i]
                deadline[i] = t + periods[i]
        if t == horizon:
            break
        ready = [i for i in range(k) if remaining[i] > 0]
        if not ready:
            running = -1
            continue
        if edf:
            pick = min(ready, key=lambda i: (deadline[i], i))
        else:
            pick = min(ready, key=lambda i: (periods[i], i))
        if running >= 0 and running != pick and remaining[running] > 0:
            preemptions += 1
        remaining[pick] -= 1
        running = pick
    return misses, preemptions


def response_time_ok(periods: List[int], costs: List[int]) -> bool:
    order = sorted(range(len(periods)), key=lambda i: (periods[i], i))
    for rank, i in enumerate(order):
        higher = order[:rank]
        response = costs[i]
        while True:
            demand = costs[i] + sum(-(-response // periods[j]) * costs[j] for j in higher)
            if demand > periods[i]:
                return False
            if demand == response:
                break
            response = demand
    return True


@python_benchmark(args=(1500, 5, 61), cases=[(0, 3, 1), (1, 1, 2), (5, 2, 3), (30, 4, 4), (60, 6, 5)])
def rate_monotonic_edf_schedulability(sets: int, tasks: int, seed: int) -> Tuple[int, int, int, int, int, int, int, int, int]:
    """Return (LL pass, RTA pass, RM ok, EDF ok, U<=1 sets, RM misses, EDF misses, RM+EDF preemptions, RTA agrees)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    ll_pass = rta_pass = rm_ok = edf_ok = feasible = 0
    rm_misses = edf_misses = preemptions = agree = 0
    for _ in range(sets):
        k = 1 + draw(tasks)
        target = 50 + draw(60)
        periods = [PERIODS[draw(len(PERIODS))] for _ in range(k)]
        weights = [1 + draw(9) for _ in range(k)]
        total_weight = sum(weights)
        costs = [max(1, periods[i] * target * weights[i] // (100 * total_weight)) for i in range(k)]
        utilisation = 0.0
        for i in range(k):
            utilisation += costs[i] / periods[i]
        if utilisation <= k * (2 ** (1 / k) - 1):
            ll_pass += 1
        if sum(costs[i] * (120 // periods[i]) for i in range(k)) <= 120:
            feasible += 1
        rta = response_time_ok(periods, costs)
        rta_pass += rta
        misses, switches = simulate(periods, costs, edf=False)
        rm_misses += misses
        preemptions += switches
        rm_ok += misses == 0
        agree += rta == (misses == 0)
        misses, switches = simulate(periods, costs, edf=True)
        edf_misses += misses
        preemptions += switches
        edf_ok += misses == 0
    return (ll_pass, rta_pass, rm_ok, edf_ok, feasible, rm_misses, edf_misses, preemptions, agree)
