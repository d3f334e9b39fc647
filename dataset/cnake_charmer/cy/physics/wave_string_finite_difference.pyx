# cython: language_level=3
"""Vibrating string: the 1-D wave equation by explicit finite differences.

Three malloc'd double rows (previous, current, next) are rotated by pointer each step
instead of allocating a new list, and the stencil update is a nogil C loop with the
same expression order as the Python code.

Keywords: physics, wave equation, vibrating string, finite difference, leapfrog, pde
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(400, 1200, 0.9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def wave_string_finite_difference(int points, int steps, double courant):
    """Simulate a plucked string of `points` nodes for `steps` time steps."""
    cdef double c2 = courant * courant, damping = 0.9995, energy = 0.0, du, dx
    cdef int pluck = points // 3, probe = points // 5, i, s
    cdef long crossings = 0
    cdef bint sign, last_sign
    cdef double* u = <double*>calloc(points + 1, sizeof(double))
    cdef double* prev = <double*>calloc(points + 1, sizeof(double))
    cdef double* nxt = <double*>calloc(points + 1, sizeof(double))
    cdef double* t
    if u == NULL or prev == NULL or nxt == NULL:
        free(u); free(prev); free(nxt)
        raise MemoryError()
    try:
        for i in range(1, points - 1):
            u[i] = (<double>i / pluck) if i <= pluck else (<double>(points - 1 - i) / (points - 1 - pluck))
            prev[i] = u[i]
        last_sign = u[probe] > 0
        with nogil:
            for s in range(steps):
                for i in range(1, points - 1):
                    nxt[i] = damping * (2 * u[i] - prev[i]) + c2 * (u[i + 1] - 2 * u[i] + u[i - 1])
                t = prev
                prev = u
                u = nxt
                nxt = t
                sign = u[probe] > 0
                if sign != last_sign:
                    crossings += 1
                    last_sign = sign
            for i in range(1, points):
                du = u[i] - prev[i]
                dx = u[i] - u[i - 1]
                energy += du * du + c2 * (dx * dx)
        step = points // 10 if points >= 10 else 1
        return ([u[i] for i in range(0, points, step)], crossings, energy)
    finally:
        free(u); free(prev); free(nxt)
