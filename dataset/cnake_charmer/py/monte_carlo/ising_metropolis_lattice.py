"""Metropolis sampling of the 2D Ising model on a periodic square lattice.

Spins start all up; each sweep visits every site in order and flips it with the
Metropolis acceptance probability exp(-beta * dE), using a seeded LCG. The final
magnetisation, energy and number of accepted flips characterise the run.

Keywords: monte carlo, ising model, metropolis, statistical physics, lattice
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(48, 120, 0.44, 11), cases=[(0, 5, 0.4, 1), (1, 3, 0.5, 2), (6, 10, 0.2, 7), (8, 0, 1.0, 3)])
def ising_metropolis_lattice(size: int, sweeps: int, beta: float, seed: int) -> Tuple[int, int, int]:
    """Return (magnetisation, energy, accepted flips) after the given sweeps."""
    if size <= 0:
        return 0, 0, 0
    spins = [[1] * size for _ in range(size)]
    accept = {de: math.exp(-beta * de) for de in (4, 8)}
    state = seed & 0x7FFFFFFF
    accepted = 0
    for _ in range(sweeps):
        for i in range(size):
            row, up, down = spins[i], spins[i - 1], spins[(i + 1) % size]
            for j in range(size):
                s = row[j]
                neighbours = row[j - 1] + row[(j + 1) % size] + up[j] + down[j]
                de = 2 * s * neighbours
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if de <= 0 or state / 2147483648.0 < accept[de]:
                    row[j] = -s
                    accepted += 1
    magnet = sum(sum(row) for row in spins)
    energy = 0
    for i in range(size):
        for j in range(size):
            energy -= spins[i][j] * (spins[i][(j + 1) % size] + spins[(i + 1) % size][j])
    return magnet, energy, accepted
