# cython: language_level=3
"""1-D finite-difference time-domain (Yee) solution of Maxwell's equations.

Fields and update coefficients are malloc'd double arrays, and the whole time loop
runs inside ``with nogil``; the probe samples, taken only every 25 steps, are appended
to the Python result list through a brief ``with gil`` block, so the hot leapfrog
updates never touch the interpreter.

Keywords: physics, electromagnetics, fdtd, yee scheme, maxwell equations, wave propagation
"""

import cython
from libc.stdlib cimport calloc, free
from libc.math cimport exp, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(600, 1000, 4.0))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def fdtd_maxwell_1d(int cells, int steps, double eps_r):
    """Propagate a Gaussian pulse through a dielectric slab for `steps` steps."""
    cdef double* ez = <double*>calloc(cells + 1, sizeof(double))
    cdef double* hy = <double*>calloc(cells + 1, sizeof(double))
    cdef double* coef = <double*>calloc(cells + 1, sizeof(double))
    cdef int i, t, src = cells // 8, probe = 7 * cells // 8
    cdef double peak = 0.0, left_old = 0.0, right_old = 0.0, tmp, energy = 0.0, a
    samples = []
    if ez == NULL or hy == NULL or coef == NULL:
        free(ez); free(hy); free(coef)
        raise MemoryError()
    try:
        for i in range(cells):
            coef[i] = 0.5 / eps_r if cells // 2 <= i < 3 * cells // 4 else 0.5
        with nogil:
            for t in range(steps):
                for i in range(cells - 1):
                    hy[i] += 0.5 * (ez[i + 1] - ez[i])
                for i in range(1, cells):
                    ez[i] += coef[i] * (hy[i] - hy[i - 1])
                if cells > 2:
                    a = (t - 40.0) / 12.0
                    ez[src] += exp(-(a * a))
                    tmp = ez[1]
                    ez[0] = left_old
                    left_old = tmp
                    tmp = ez[cells - 2]
                    ez[cells - 1] = right_old
                    right_old = tmp
                    if fabs(ez[probe]) > peak:
                        peak = fabs(ez[probe])
                    if t % 25 == 0:
                        with gil:
                            samples.append(ez[src // 2])
                            samples.append(ez[probe])
            for i in range(cells):
                energy += ez[i] * ez[i] / coef[i] * 0.5 + hy[i] * hy[i]
        return (samples[:24], peak, energy)
    finally:
        free(ez); free(hy); free(coef)
