"""Magnetic dipoles on a square lattice: interaction energy and greedy relaxation.

In-plane unit dipoles with seeded orientations sit on an L x L lattice. The total
dipole-dipole energy sum over pairs of [m_i . m_j - 3 (m_i . r)(m_j . r)] / r^3 is
computed, then a few relaxation sweeps turn each dipole, in order, to point along the
local field of all others. Returns the energy before and after every sweep and a few
final orientations.

Keywords: physics, magnetism, dipole interaction, lattice, relaxation, pairwise energy
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(14, 3, 8), cases=[(1, 2, 1), (2, 1, 2), (3, 0, 3), (4, 2, 4)])
def dipole_lattice_interaction_energy(side: int, sweeps: int, seed: int) -> Tuple[List[float], List[float]]:
    """Compute and relax the dipolar energy of a side x side lattice."""
    n = side * side
    state = seed & 0x7FFFFFFF
    theta = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        theta.append(2 * math.pi * state / 2147483648.0)
    px = [k % side for k in range(n)]
    py = [k // side for k in range(n)]

    def energy() -> float:
        total = 0.0
        for i in range(n):
            mix, miy = math.cos(theta[i]), math.sin(theta[i])
            for j in range(i + 1, n):
                rx, ry = px[j] - px[i], py[j] - py[i]
                r = math.sqrt(rx * rx + ry * ry)
                ux, uy = rx / r, ry / r
                mjx, mjy = math.cos(theta[j]), math.sin(theta[j])
                total += (mix * mjx + miy * mjy - 3 * (mix * ux + miy * uy) * (mjx * ux + mjy * uy)) / (r * r * r)
        return total

    history = [energy()]
    for _ in range(sweeps):
        for i in range(n):
            hx = hy = 0.0
            for j in range(n):
                if j == i:
                    continue
                rx, ry = px[j] - px[i], py[j] - py[i]
                r = math.sqrt(rx * rx + ry * ry)
                ux, uy = rx / r, ry / r
                mjx, mjy = math.cos(theta[j]), math.sin(theta[j])
                dot = mjx * ux + mjy * uy
                hx += (3 * dot * ux - mjx) / (r * r * r)
                hy += (3 * dot * uy - mjy) / (r * r * r)
            theta[i] = math.atan2(hy, hx)
        history.append(energy())
    return (history, theta[:5])
