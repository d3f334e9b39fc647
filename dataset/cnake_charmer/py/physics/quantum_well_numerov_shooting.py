"""Bound-state energies of a 1-D anharmonic well by Numerov shooting.

The time-independent Schroedinger equation psi'' = 2 (V(x) - E) psi (hbar = m = 1)
with V = x^2/2 + lam x^4 is integrated from the left wall with Numerov's method; an
energy is an eigenvalue when the wavefunction at the right wall changes sign, which
is refined by bisection. Returns the lowest eigenvalues and the node count of each.

Keywords: physics, quantum mechanics, schroedinger equation, numerov, shooting, bisection
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _shoot(energy: float, lam: float, grid: int, half_width: float) -> Tuple[float, int]:
    h = 2 * half_width / grid
    h2 = h * h / 12.0
    x0 = -half_width
    psi_prev, psi = 0.0, 1e-6
    k_prev = 2 * (energy - (x0 * x0 / 2 + lam * x0 ** 4))
    x1 = x0 + h
    k_cur = 2 * (energy - (x1 * x1 / 2 + lam * x1 ** 4))
    nodes = 0
    for i in range(2, grid + 1):
        x = x0 + i * h
        k_next = 2 * (energy - (x * x / 2 + lam * x ** 4))
        psi_next = (2 * (1 - 5 * h2 * k_cur) * psi - (1 + h2 * k_prev) * psi_prev) / (1 + h2 * k_next)
        if (psi_next > 0) != (psi > 0):
            nodes += 1
        psi_prev, psi = psi, psi_next
        k_prev, k_cur = k_cur, k_next
    return psi, nodes


@python_benchmark(args=(4, 0.1, 1000, 0.05), cases=[(0, 0.1, 100, 0.5), (1, 0.0, 200, 0.5), (2, 0.0, 400, 0.25), (3, 0.5, 300, 0.2)])
def quantum_well_numerov_shooting(levels: int, lam: float, grid: int, scan_step: float) -> Tuple[List[float], List[int]]:
    """Find the lowest `levels` eigenvalues of the anharmonic oscillator."""
    half_width = 6.0
    energies: List[float] = []
    nodes: List[int] = []
    e_lo = 0.0
    f_lo, _ = _shoot(e_lo, lam, grid, half_width)
    while len(energies) < levels and e_lo < 60.0:
        e_hi = e_lo + scan_step
        f_hi, _ = _shoot(e_hi, lam, grid, half_width)
        if (f_lo > 0) != (f_hi > 0):
            a, b, fa = e_lo, e_hi, f_lo
            for _ in range(50):
                mid = 0.5 * (a + b)
                fm, _ = _shoot(mid, lam, grid, half_width)
                if (fm > 0) == (fa > 0):
                    a, fa = mid, fm
                else:
                    b = mid
            energies.append(0.5 * (a + b))
            nodes.append(_shoot(0.5 * (a + b), lam, grid, half_width)[1])
        e_lo, f_lo = e_hi, f_hi
    return (energies, nodes)
