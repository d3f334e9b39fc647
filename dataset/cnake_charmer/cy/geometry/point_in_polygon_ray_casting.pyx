# cython: language_level=3
"""Point-in-polygon classification of many query points by ray casting.

Polygon vertices live in two 1-D double memoryviews over cython.view arrays (x and y),
and the crossing test is a nogil cdef function returning a bint, so each query is a
tight C loop over the edges with no tuple unpacking. Operation order matches Python.

Keywords: geometry, point in polygon, ray casting, even odd rule, polygon, crossing number
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport cos, sin, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef bint contains(double[::1] xs, double[::1] ys, double px, double py) noexcept nogil:
    cdef int n = xs.shape[0], i, j = n - 1
    cdef bint inside = False
    cdef double x_cross
    for i in range(n):
        if (ys[i] > py) != (ys[j] > py):
            x_cross = xs[i] + (py - ys[i]) * (xs[j] - xs[i]) / (ys[j] - ys[i])
            if px < x_cross:
                inside = not inside
        j = i
    return inside


@cython_benchmark(args=(64, 150, 60))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def point_in_polygon_ray_casting(int vertices, int grid, int spikes):
    """Classify grid x grid points against a star polygon with the given vertex count."""
    if vertices < 3:
        return (0, 0, [])
    cdef double[::1] xs = cvarray(shape=(vertices,), itemsize=sizeof(double), format="d")
    cdef double[::1] ys = cvarray(shape=(vertices,), itemsize=sizeof(double), format="d")
    cdef int k, gx, gy
    cdef double ang, rad, px, py
    cdef long long inside_count = 0, checksum = 0, idx
    cdef bint inside
    first_row = []
    for k in range(vertices):
        ang = 2 * M_PI * k / vertices
        rad = 1.0 if k % 2 == 0 else 0.35 + 0.3 * ((k * spikes) % 7) / 7
        xs[k] = rad * cos(ang)
        ys[k] = rad * sin(ang)
    for gy in range(grid):
        for gx in range(grid):
            px = -1.1 + 2.2 * (gx + 0.37) / grid
            py = -1.1 + 2.2 * (gy + 0.61) / grid
            inside = contains(xs, ys, px, py)
            if inside:
                inside_count += 1
                idx = <long long>gy * grid + gx + 1
                checksum = (checksum + idx * idx) % 1000000007
            if gy == 0 and gx < 32:
                first_row.append(1 if inside else 0)
    return (inside_count, checksum, first_row)
