# cython: language_level=3
"""Magnetic field of a circular current loop by discretised Biot-Savart summation.

Loop segments (midpoint and direction) are precomputed into a C struct array; the
per-point field is an inline nogil function that accumulates into a small Vec3 struct,
and the field magnitudes of the xz-plane are stored in a 2-D double memoryview before
the statistics are gathered in the Python scan order.

Keywords: physics, magnetostatics, biot savart, current loop, magnetic field, vector field
"""

import cython
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt, cos, sin, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Piece:
    double mx
    double my
    double dlx
    double dly

cdef struct Vec3:
    double x
    double y
    double z


cdef inline Vec3 field(Piece* p, int n, double px, double py, double pz) noexcept nogil:
    cdef Vec3 b = Vec3(0.0, 0.0, 0.0)
    cdef double rx, ry, rz, r2, inv
    cdef int k
    for k in range(n):
        rx = px - p[k].mx
        ry = py - p[k].my
        rz = pz
        r2 = rx * rx + ry * ry + rz * rz + 1e-9
        inv = 1.0 / (r2 * sqrt(r2))
        b.x += p[k].dly * rz * inv
        b.y += -p[k].dlx * rz * inv
        b.z += (p[k].dlx * ry - p[k].dly * rx) * inv
    return b


@cython_benchmark(args=(200, 31, 1.0))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def biot_savart_loop_field(int segments, int grid, double radius):
    """Sum the Biot-Savart field of a segmented loop on a grid x grid plane."""
    cdef Piece* p = <Piece*>malloc((segments + 1) * sizeof(Piece))
    cdef double[:, ::1] mags
    cdef double x0, y0, x1, y1, span = 2.0 * radius, x, z, strongest = 0.0, total = 0.0, centre
    cdef int k, i, j, gm = grid - 1 if grid > 1 else 1
    cdef Vec3 b
    axis = []
    if p == NULL:
        raise MemoryError()
    try:
        for k in range(segments):
            x0 = radius * cos(2 * M_PI * k / segments)
            y0 = radius * sin(2 * M_PI * k / segments)
            x1 = radius * cos(2 * M_PI * (k + 1) / segments)
            y1 = radius * sin(2 * M_PI * (k + 1) / segments)
            p[k] = Piece((x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0)
        centre = field(p, segments, 0.0, 0.0, 0.0).z
        if grid > 0:
            mags = cvarray(shape=(grid, grid), itemsize=sizeof(double), format="d")
            with nogil:
                for j in range(grid):
                    z = -span + 2 * span * j / gm
                    for i in range(grid):
                        x = -span + 2 * span * i / gm
                        b = field(p, segments, x, 0.0, z)
                        mags[j, i] = sqrt(b.x * b.x + b.y * b.y + b.z * b.z)
            for j in range(grid):
                for i in range(grid):
                    total += mags[j, i]
                    if mags[j, i] > strongest:
                        strongest = mags[j, i]
                    if i == grid // 2 and j % 3 == 0:
                        z = -span + 2 * span * j / gm
                        x = -span + 2 * span * i / gm
                        axis.append(field(p, segments, x, 0.0, z).z)
        return (centre, 2 * M_PI / radius, strongest, axis, total)
    finally:
        free(p)
