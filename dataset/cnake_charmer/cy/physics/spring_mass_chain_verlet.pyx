# cython: language_level=3
"""Nonlinear spring-mass chain (FPU-beta lattice) with velocity Verlet.

Positions are stored with the two fixed walls as padding (n + 2 doubles), so the force
kernel is a branch-free nogil loop over malloc'd arrays updated in place; cubes are
written as repeated products where that matches Python's float ** 3.

Keywords: physics, fpu lattice, spring chain, velocity verlet, normal modes, nonlinear
"""

import cython
from libc.stdlib cimport calloc, free
from libc.math cimport sin, sqrt, pow, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef void forces(double* ext, double* f, int n, double beta) noexcept nogil:
    cdef int i
    cdef double dr, dl
    for i in range(1, n + 1):
        dr = ext[i + 1] - ext[i]
        dl = ext[i] - ext[i - 1]
        f[i - 1] = (dr + beta * pow(dr, 3.0)) - (dl + beta * pow(dl, 3.0))


@cython_benchmark(args=(32, 8000, 0.05, 1.5))
@cython.cdivision(True)
def spring_mass_chain_verlet(int n, int steps, double dt, double beta):
    """Evolve an n-mass FPU-beta chain for `steps` Verlet steps."""
    cdef double* ext = <double*>calloc(n + 2, sizeof(double))
    cdef double* v = <double*>calloc(n + 1, sizeof(double))
    cdef double* f = <double*>calloc(n + 1, sizeof(double))
    cdef int i, s, k
    cdef double norm, a, da, omega, energy = 0.0, d, sk
    if ext == NULL or v == NULL or f == NULL:
        free(ext); free(v); free(f)
        raise MemoryError()
    try:
        for i in range(n):
            ext[i + 1] = sin(M_PI * (i + 1) / (n + 1))
        with nogil:
            forces(ext, f, n, beta)
            for s in range(steps):
                for i in range(n):
                    v[i] = v[i] + 0.5 * dt * f[i]
                for i in range(n):
                    ext[i + 1] = ext[i + 1] + dt * v[i]
                forces(ext, f, n, beta)
                for i in range(n):
                    v[i] = v[i] + 0.5 * dt * f[i]
        modes = []
        for k in range(1, (3 if n > 3 else n) + 1):
            norm = sqrt(2.0 / (n + 1))
            a = 0.0
            da = 0.0
            for i in range(n):
                a += norm * ext[i + 1] * sin(M_PI * k * (i + 1) / (n + 1))
            for i in range(n):
                da += norm * v[i] * sin(M_PI * k * (i + 1) / (n + 1))
            omega = 2 * sin(M_PI * k / (2 * (n + 1)))
            modes.append(0.5 * (da * da + omega * omega * a * a))
        for i in range(n):
            energy += 0.5 * v[i] * v[i]
        for i in range(n + 1):
            d = ext[i + 1] - ext[i]
            energy += 0.5 * d * d + 0.25 * beta * pow(d, 4.0)
        return (modes, energy, ext[n // 2 + 1] if n else 0.0)
    finally:
        free(ext); free(v); free(f)
