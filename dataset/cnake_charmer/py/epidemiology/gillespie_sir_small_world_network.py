"""Exact stochastic SIR epidemic on a small-world contact network (Gillespie with thinning).

A ring lattice where everyone knows their k nearest neighbours is rewired with random
shortcuts, giving a Watts-Strogatz style contact network. Infection spreads along
edges at rate beta and infectives recover at rate gamma. The simulation uses the
Gillespie direct method with thinning: infection attempts arrive at rate
beta * I * kmax, pick a random infective and a random slot among kmax, and succeed only
when the slot holds a susceptible neighbour. Several runs are simulated; each reports
final size, peak prevalence and its time, and event count, plus the sampled prevalence curves.

Keywords: epidemiology, sir, gillespie, network epidemic, small world, contact network, thinning, stochastic
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SUSCEPTIBLE, INFECTED, RECOVERED = 0, 1, 2


def small_world(n: int, k: int, shortcuts: int, draw_int) -> List[List[int]]:
    neighbours = [set() for _ in range(n)]
    for i in range(n):
        for j in range(1, k // 2 + 1):
            other = (i + j) % n
            if other != i:
                neighbours[i].add(other)
                neighbours[other].add(i)
    for _ in range(shortcuts):
        a, b = draw_int(n), draw_int(n)
        if a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    return [sorted(s) for s in neighbours]


@python_benchmark(args=(4000, 6, 1500, 0.35, 0.25, 3, 60.0, 29), cases=[(100, 4, 20, 0.5, 0.2, 2, 30.0, 1), (1, 2, 0, 1.0, 1.0, 1, 5.0, 2), (50, 4, 10, 0.4, 0.3, 0, 20.0, 3), (60, 4, 30, 0.0, 0.5, 1, 10.0, 4)])
def gillespie_sir_small_world_network(n: int, k: int, shortcuts: int, beta: float, gamma: float, runs: int, t_end: float, seed: int):
    """Return ([(final size, peak I, peak time, events) per run], infectives at t = 0, 2, 4, ... for every run)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return ((state >> 11) + 0.5) / 9007199254740992.0

    def draw_int(m: int) -> int:
        return int(uniform() * m)

    adj = small_world(n, k, shortcuts, draw_int)
    kmax = max((len(a) for a in adj), default=0)
    results = []
    curve = []
    for run in range(runs):
        status = [SUSCEPTIBLE] * n
        infected: List[int] = []
        where = {}
        if n > 0:
            patient_zero = draw_int(n)
            status[patient_zero] = INFECTED
            where[patient_zero] = 0
            infected.append(patient_zero)
        recovered = 0
        t = 0.0
        peak, peak_time, events = len(infected), 0.0, 0
        next_sample = 0
        while infected:
            count = len(infected)
            total = count * (beta * kmax + gamma)
            dt = -math.log(uniform()) / total
            while next_sample <= t_end and next_sample <= t + dt:
                curve.append(count)
                next_sample += 2
            t += dt
            if t > t_end:
                break
            if uniform() * total < gamma * count:
                victim = infected[draw_int(count)]
                last = infected.pop()
                if last != victim:
                    slot = where[victim]
                    infected[slot] = last
                    where[last] = slot
                del where[victim]
                status[victim] = RECOVERED
                recovered += 1
                events += 1
            else:
                source = infected[draw_int(count)]
                slot = draw_int(kmax)
                if slot < len(adj[source]) and status[adj[source][slot]] == SUSCEPTIBLE:
                    target = adj[source][slot]
                    status[target] = INFECTED
                    where[target] = len(infected)
                    infected.append(target)
                    events += 1
                    if len(infected) > peak:
                        peak, peak_time = len(infected), t
        results.append((recovered + len(infected), peak, peak_time, events))
    return (results, curve)
