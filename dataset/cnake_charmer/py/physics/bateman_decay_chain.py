"""Radioactive decay chain integrated with Heun's method and checked against Bateman.

A linear chain A1 -> A2 -> ... -> An (the last nuclide stable) with distinct decay
constants starts as pure A1. Populations are advanced with Heun's (improved Euler)
method; the exact Bateman solution at the end gives the integration error. Returns the
final populations, the largest absolute error, the step at which each intermediate
daughter peaked and those peak steps in the order the daughters began to decline.

Keywords: physics, radioactive decay, bateman equations, heun method, nuclear chain, ode
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(10, 20000, 0.002), cases=[(1, 100, 0.01), (2, 50, 0.01), (3, 0, 0.01), (5, 1000, 0.005)])
def bateman_decay_chain(length: int, steps: int, dt: float) -> Tuple[List[float], float, List[int], List[int]]:
    """Integrate a decay chain of `length` nuclides for `steps` steps of dt."""
    lam = [0.5 + 0.37 * i + 0.05 * i * i for i in range(length)]
    if length:
        lam[-1] = 0.0
    pop = [0.0] * length
    if length:
        pop[0] = 1.0
    peak_val = [0.0] * length
    peak_step = [0] * length
    falling = [False] * length
    falls: List[int] = []

    def rate(p: List[float]) -> List[float]:
        return [(lam[i - 1] * p[i - 1] if i > 0 else 0.0) - lam[i] * p[i] for i in range(length)]

    for s in range(1, steps + 1):
        k1 = rate(pop)
        trial = [pop[i] + dt * k1[i] for i in range(length)]
        k2 = rate(trial)
        pop = [pop[i] + 0.5 * dt * (k1[i] + k2[i]) for i in range(length)]
        for i in range(1, length - 1):
            if pop[i] > peak_val[i]:
                peak_val[i], peak_step[i] = pop[i], s
            elif not falling[i] and peak_step[i] > 0:
                falling[i] = True
                falls.append(peak_step[i])
    t = steps * dt
    worst = 0.0
    for n in range(length - 1):
        coeff = 1.0
        for i in range(n):
            coeff *= lam[i]
        total = 0.0
        for i in range(n + 1):
            denom = 1.0
            for j in range(n + 1):
                if j != i:
                    denom *= lam[j] - lam[i]
            total += math.exp(-lam[i] * t) / denom
        worst = max(worst, abs(coeff * total - pop[n]))
    return (pop, worst, peak_step[1:length - 1], falls)
