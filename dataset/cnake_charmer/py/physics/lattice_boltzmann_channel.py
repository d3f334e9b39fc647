"""Lattice Boltzmann (D2Q9, BGK) simulation of body-force-driven channel flow.

Nine particle distributions per cell relax towards the local equilibrium (BGK
collision with relaxation time tau), are pushed by a constant body force along x and
stream to neighbours; the channel is periodic in x with bounce-back walls at top and
bottom, so a Poiseuille profile develops. Returns the mean x-velocity, the centreline
velocity, the velocity profile across the channel (sampled) and the total mass.

Keywords: physics, lattice boltzmann, d2q9, bgk, fluid dynamics, poiseuille flow
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EX = [0, 1, 0, -1, 0, 1, -1, -1, 1]
EY = [0, 0, 1, 0, -1, 1, 1, -1, -1]
W = [4 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 9, 1 / 36, 1 / 36, 1 / 36, 1 / 36]
OPP = [0, 3, 4, 1, 2, 7, 8, 5, 6]


@python_benchmark(args=(24, 14, 40, 0.8, 1e-5), cases=[(3, 3, 1, 1.0, 1e-4), (4, 4, 0, 0.9, 1e-4), (6, 5, 10, 0.7, 1e-4), (8, 6, 20, 1.2, 1e-3)])
def lattice_boltzmann_channel(nx: int, ny: int, steps: int, tau: float, force: float) -> Tuple[float, float, List[float], float]:
    """Run `steps` D2Q9 updates on an nx x ny periodic channel."""
    f = [[[W[q] for q in range(9)] for _ in range(nx)] for _ in range(ny)]
    for _ in range(steps):
        for y in range(ny):
            for x in range(nx):
                cell = f[y][x]
                rho = sum(cell)
                ux = sum(cell[q] * EX[q] for q in range(9)) / rho
                uy = sum(cell[q] * EY[q] for q in range(9)) / rho
                usq = ux * ux + uy * uy
                for q in range(9):
                    eu = EX[q] * ux + EY[q] * uy
                    feq = W[q] * rho * (1 + 3 * eu + 4.5 * eu * eu - 1.5 * usq)
                    cell[q] += -(cell[q] - feq) / tau + 3 * W[q] * EX[q] * force
        new = [[[0.0] * 9 for _ in range(nx)] for _ in range(ny)]
        for y in range(ny):
            for x in range(nx):
                for q in range(9):
                    tx, ty = (x + EX[q]) % nx, y + EY[q]
                    if ty < 0 or ty >= ny:
                        new[y][x][OPP[q]] += f[y][x][q]
                    else:
                        new[ty][tx][q] += f[y][x][q]
        f = new
    profile = []
    total_u = 0.0
    mass = 0.0
    for y in range(ny):
        row_u = 0.0
        for x in range(nx):
            cell = f[y][x]
            rho = sum(cell)
            mass += rho
            ux = sum(cell[q] * EX[q] for q in range(9)) / rho
            row_u += ux
        profile.append(row_u / nx)
        total_u += row_u
    return (total_u / (nx * ny), profile[ny // 2], profile[::max(1, ny // 5)], mass)
