"""Particle swarm optimisation of the Rastrigin function.

A swarm of particles moves through [-5.12, 5.12]^d with inertia, a pull towards each
particle's best position and a pull towards the swarm's best, using LCG random
weights. The pair returns the best value found, the best position and the number of
times the global best improved.

Keywords: optimization, particle swarm, rastrigin, metaheuristic, global optimisation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def rastrigin(x: List[float]) -> float:
    return 10.0 * len(x) + sum(v * v - 10.0 * math.cos(2.0 * math.pi * v) for v in x)


@python_benchmark(args=(30, 4, 800, 3), cases=[(1, 1, 5, 1), (5, 2, 0, 2), (8, 3, 20, 3), (0, 2, 10, 4)], tolerance=1e-7)
def particle_swarm_rastrigin(particles: int, dims: int, iterations: int, seed: int) -> Tuple[float, List[float], int]:
    """Return (best value, best position, global-best improvements)."""
    if particles <= 0 or dims <= 0:
        return 0.0, [], 0
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    pos = [[-5.12 + 10.24 * uniform() for _ in range(dims)] for _ in range(particles)]
    vel = [[0.0] * dims for _ in range(particles)]
    pbest = [p[:] for p in pos]
    pval = [rastrigin(p) for p in pos]
    g = min(range(particles), key=lambda i: pval[i])
    gbest, gval = pbest[g][:], pval[g]
    improvements = 0
    for _ in range(iterations):
        for i in range(particles):
            for d in range(dims):
                r1, r2 = uniform(), uniform()
                vel[i][d] = 0.72 * vel[i][d] + 1.49 * r1 * (pbest[i][d] - pos[i][d]) + 1.49 * r2 * (gbest[d] - pos[i][d])
                pos[i][d] = min(max(pos[i][d] + vel[i][d], -5.12), 5.12)
            value = rastrigin(pos[i])
            if value < pval[i]:
                pval[i], pbest[i] = value, pos[i][:]
                if value < gval:
                    gval, gbest = value, pos[i][:]
                    improvements += 1
    return gval, gbest, improvements
