"""Event-driven simulation of elastic collisions between beads on a line.

Beads with seeded masses and velocities move between two walls. The simulation
repeatedly finds the earliest next event (bead-bead or bead-wall collision), advances
every bead to that time and resolves the collision with 1-D elastic momentum and
energy exchange. Returns the number of bead and wall collisions, the final kinetic
energy, the final momentum and bead positions.

Keywords: physics, event driven simulation, elastic collision, momentum, kinetic energy
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40, 8000, 5), cases=[(1, 10, 1), (2, 20, 2), (3, 0, 3), (6, 100, 4)])
def elastic_collisions_1d_events(n: int, events: int, seed: int) -> Tuple[int, int, float, float, List[float]]:
    """Process `events` collision events among n beads in the box [0, n]."""
    state = seed & 0x7FFFFFFF

    def rnd() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    pos = [i + 0.5 for i in range(n)]
    vel = [rnd() * 2 - 1 for _ in range(n)]
    mass = [0.5 + rnd() for _ in range(n)]
    length = float(n)
    bead_hits = wall_hits = 0
    for _ in range(events):
        best_t, kind, who = math.inf, -1, -1
        if n and vel[0] < 0:
            best_t, kind, who = -pos[0] / vel[0], 0, 0
        if n and vel[-1] > 0:
            t = (length - pos[-1]) / vel[-1]
            if t < best_t:
                best_t, kind, who = t, 1, n - 1
        for i in range(n - 1):
            closing = vel[i] - vel[i + 1]
            if closing > 0:
                t = (pos[i + 1] - pos[i]) / closing
                if t < best_t:
                    best_t, kind, who = t, 2, i
        if kind < 0:
            break
        for i in range(n):
            pos[i] += vel[i] * best_t
        if kind == 0:
            vel[0] = -vel[0]
            pos[0] = 0.0
            wall_hits += 1
        elif kind == 1:
            vel[-1] = -vel[-1]
            pos[-1] = length
            wall_hits += 1
        else:
            i, j = who, who + 1
            m1, m2, u1, u2 = mass[i], mass[j], vel[i], vel[j]
            vel[i] = ((m1 - m2) * u1 + 2 * m2 * u2) / (m1 + m2)
            vel[j] = ((m2 - m1) * u2 + 2 * m1 * u1) / (m1 + m2)
            pos[j] = pos[i]
            bead_hits += 1
    kinetic = sum(0.5 * mass[i] * vel[i] ** 2 for i in range(n))
    momentum = sum(mass[i] * vel[i] for i in range(n))
    return (bead_hits, wall_hits, kinetic, momentum, pos[:6])
