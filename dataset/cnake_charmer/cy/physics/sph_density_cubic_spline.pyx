# cython: language_level=3
"""Smoothed-particle hydrodynamics density and pressure estimate.

Each particle's density is independent, so the O(n^2) kernel sum runs in a prange loop
over particles (each keeps its own serial j-order sum, so results are deterministic);
neighbours beyond the kernel support (2h) are rejected on the squared distance before
any square root, the cubic-spline kernel is an inline nogil function, and the
reductions are serial. sqrt(dx*dx+dy*dy) may differ from math.hypot in the last bit,
hence a small declared tolerance.

Keywords: physics, sph, smoothed particle hydrodynamics, kernel, density, fluid
"""

import cython
from cython.parallel cimport prange
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt, pow, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double kernel(double r, double h) noexcept nogil:
    cdef double q = r / h
    cdef double sigma = 10.0 / (7.0 * M_PI * h * h)
    if q < 1.0:
        return sigma * (1 - 1.5 * q * q + 0.75 * q * q * q)
    if q < 2.0:
        return sigma * 0.25 * ((2 - q) * (2 - q) * (2 - q))
    return 0.0


@cython_benchmark(args=(550, 0.05, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def sph_density_cubic_spline(int n, double h, long long seed):
    """Estimate SPH densities for n seeded particles with smoothing length h."""
    if n <= 0:
        return (0.0, 0.0, 0.0, 0.0, -1)
    cdef long long state = seed & 0x7FFFFFFF
    cdef double* xs = <double*>malloc(n * sizeof(double))
    cdef double* ys = <double*>malloc(n * sizeof(double))
    cdef double* dens = <double*>malloc(n * sizeof(double))
    cdef double dx, dy, r2, cut2 = 4.0001 * h * h
    cdef double u, w, mass = 1.0 / n, rho, lo, hi, total = 0.0, rho0, ptotal = 0.0
    cdef int i, j, densest = 0
    if xs == NULL or ys == NULL or dens == NULL:
        free(xs); free(ys); free(dens)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u = state / 2147483648.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w = state / 2147483648.0
            xs[i] = u * u
            ys[i] = w
        for i in prange(n, nogil=True, schedule="dynamic", chunksize=16):
            rho = 0.0
            for j in range(n):
                dx = xs[i] - xs[j]
                dy = ys[i] - ys[j]
                r2 = dx * dx + dy * dy
                if r2 > cut2:
                    continue
                rho = rho + mass * kernel(sqrt(r2), h)
            dens[i] = rho
        lo = dens[0]
        hi = dens[0]
        for i in range(n):
            total += dens[i]
            if dens[i] < lo:
                lo = dens[i]
            if dens[i] > hi:
                hi = dens[i]
            if dens[i] > dens[densest]:
                densest = i
        rho0 = total / n
        for i in range(n):
            ptotal += pow(dens[i] / rho0, 7.0) - 1.0
        return (lo, hi, rho0, ptotal / n, densest)
    finally:
        free(xs); free(ys); free(dens)
