# cython: language_level=3
"""Bound-state energies of a 1-D anharmonic well by Numerov shooting.

The Numerov sweep is a nogil cdef function returning a (double, int) C tuple, so each
of the thousands of shots during scanning and bisection is a tight C loop with no
Python floats; x**4 is written as (x*x)*(x*x) only where it reproduces Python's result.

Keywords: physics, quantum mechanics, schroedinger equation, numerov, shooting, bisection
"""

import cython
from libc.math cimport pow

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double potential(double x, double lam) noexcept nogil:
    return x * x / 2 + lam * pow(x, 4.0)


cdef (double, int) shoot(double energy, double lam, int grid, double half_width) noexcept nogil:
    cdef double h = 2 * half_width / grid
    cdef double h2 = h * h / 12.0
    cdef double x0 = -half_width, x
    cdef double psi_prev = 0.0, psi = 1e-6, psi_next
    cdef double k_prev = 2 * (energy - potential(x0, lam))
    cdef double k_cur = 2 * (energy - potential(x0 + h, lam)), k_next
    cdef int i, nodes = 0
    for i in range(2, grid + 1):
        x = x0 + i * h
        k_next = 2 * (energy - potential(x, lam))
        psi_next = (2 * (1 - 5 * h2 * k_cur) * psi - (1 + h2 * k_prev) * psi_prev) / (1 + h2 * k_next)
        if (psi_next > 0) != (psi > 0):
            nodes += 1
        psi_prev = psi
        psi = psi_next
        k_prev = k_cur
        k_cur = k_next
    return psi, nodes


@cython_benchmark(args=(4, 0.1, 1000, 0.05))
@cython.cdivision(True)
def quantum_well_numerov_shooting(int levels, double lam, int grid, double scan_step):
    """Find the lowest `levels` eigenvalues of the anharmonic oscillator."""
    cdef double half_width = 6.0, e_lo = 0.0, e_hi, f_lo, f_hi, a, b, fa, mid, fm
    cdef int it, nd, found = 0
    energies = []
    nodes = []
    f_lo, nd = shoot(e_lo, lam, grid, half_width)
    while found < levels and e_lo < 60.0:
        e_hi = e_lo + scan_step
        f_hi, nd = shoot(e_hi, lam, grid, half_width)
        if (f_lo > 0) != (f_hi > 0):
            a = e_lo
            b = e_hi
            fa = f_lo
            for it in range(50):
                mid = 0.5 * (a + b)
                fm, nd = shoot(mid, lam, grid, half_width)
                if (fm > 0) == (fa > 0):
                    a = mid
                    fa = fm
                else:
                    b = mid
            energies.append(0.5 * (a + b))
            fm, nd = shoot(0.5 * (a + b), lam, grid, half_width)
            nodes.append(nd)
            found += 1
        e_lo = e_hi
        f_lo = f_hi
    return (energies, nodes)
