# cython: language_level=3
"""Softened gravitational potential of a seeded mass cluster sampled on a grid.

Bodies are a C struct array read in a tight C loop for every node of a 2-D double
memoryview (each node sums the bodies in the fixed Python order, so the potentials are
bit-identical); the min/mean/threshold statistics are gathered in a second typed pass.

Keywords: physics, gravity, potential field, softening, point masses, grid evaluation
"""

import cython
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt, cos, sin, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Mass:
    double x
    double y
    double m


@cython_benchmark(args=(90, 60, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gravitational_potential_grid(int grid, int masses, long long seed):
    """Evaluate the potential of `masses` seeded bodies on a grid x grid lattice."""
    if grid <= 0:
        return (0.0, (-1, -1), 0.0, 0, [])
    cdef long long state = seed & 0x7FFFFFFF
    cdef Mass* bodies = <Mass*>malloc((masses + 1) * sizeof(Mass))
    cdef double[:, ::1] phi = cvarray(shape=(grid, grid), itemsize=sizeof(double), format="d")
    cdef double v[3]
    cdef double r, ang, x, y, p, dx, dy, eps2 = 0.01, deepest = 0.0, total = 0.0
    cdef int i, j, k, wi = -1, wj = -1, gm = grid - 1 if grid > 1 else 1
    cdef long below = 0
    if bodies == NULL:
        raise MemoryError()
    try:
        for k in range(masses):
            for i in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v[i] = state / 2147483648.0
            r = 0.3 * v[0] / sqrt(1.0 - 0.9 * v[0])
            ang = 2 * M_PI * v[1]
            bodies[k] = Mass(r * cos(ang), r * sin(ang), 0.5 + v[2])
        for j in range(grid):
            y = -1.0 + 2.0 * j / gm
            for i in range(grid):
                x = -1.0 + 2.0 * i / gm
                p = 0.0
                for k in range(masses):
                    dx = x - bodies[k].x
                    dy = y - bodies[k].y
                    p -= bodies[k].m / sqrt(dx * dx + dy * dy + eps2)
                phi[j, i] = p
        for j in range(grid):
            for i in range(grid):
                total += phi[j, i]
                if phi[j, i] < deepest:
                    deepest = phi[j, i]
                    wi = i
                    wj = j
        for j in range(grid):
            for i in range(grid):
                if phi[j, i] < deepest / 2:
                    below += 1
        step = grid // 6 if grid >= 6 else 1
        return (deepest, (wi, wj), total / (grid * grid), below, [phi[grid // 2, i] for i in range(0, grid, step)])
    finally:
        free(bodies)
