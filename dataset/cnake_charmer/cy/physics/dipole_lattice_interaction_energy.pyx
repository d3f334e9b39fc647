# cython: language_level=3
"""Magnetic dipoles on a square lattice: interaction energy and greedy relaxation.

Each dipole is a C struct caching its lattice position and the cosine/sine of its angle
(refreshed only when the angle changes), so the O(n^2) energy and local-field loops do
no trigonometry; the geometry uses libc.math and the Python operation order.

Keywords: physics, magnetism, dipole interaction, lattice, relaxation, pairwise energy
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt, cos, sin, atan2, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Dipole:
    double x
    double y
    double theta
    double c
    double s


cdef double total_energy(Dipole* d, int n) noexcept nogil:
    cdef int i, j
    cdef double total = 0.0, rx, ry, r, ux, uy
    for i in range(n):
        for j in range(i + 1, n):
            rx = d[j].x - d[i].x
            ry = d[j].y - d[i].y
            r = sqrt(rx * rx + ry * ry)
            ux = rx / r
            uy = ry / r
            total += (d[i].c * d[j].c + d[i].s * d[j].s
                      - 3 * (d[i].c * ux + d[i].s * uy) * (d[j].c * ux + d[j].s * uy)) / (r * r * r)
    return total


@cython_benchmark(args=(14, 3, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dipole_lattice_interaction_energy(int side, int sweeps, long long seed):
    """Compute and relax the dipolar energy of a side x side lattice."""
    cdef int n = side * side, i, j, s
    cdef long long state = seed & 0x7FFFFFFF
    cdef Dipole* d = <Dipole*>malloc((n + 1) * sizeof(Dipole))
    cdef double hx, hy, rx, ry, r, ux, uy, dot
    if d == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            d[i].theta = 2 * M_PI * state / 2147483648.0
            d[i].c = cos(d[i].theta)
            d[i].s = sin(d[i].theta)
            d[i].x = i % side
            d[i].y = i // side
        history = [total_energy(d, n)]
        for s in range(sweeps):
            for i in range(n):
                hx = 0.0
                hy = 0.0
                for j in range(n):
                    if j == i:
                        continue
                    rx = d[j].x - d[i].x
                    ry = d[j].y - d[i].y
                    r = sqrt(rx * rx + ry * ry)
                    ux = rx / r
                    uy = ry / r
                    dot = d[j].c * ux + d[j].s * uy
                    hx += (3 * dot * ux - d[j].c) / (r * r * r)
                    hy += (3 * dot * uy - d[j].s) / (r * r * r)
                d[i].theta = atan2(hy, hx)
                d[i].c = cos(d[i].theta)
                d[i].s = sin(d[i].theta)
            history.append(total_energy(d, n))
        return (history, [d[i].theta for i in range(n if n < 5 else 5)])
    finally:
        free(d)
