# cython: language_level=3
"""Plotting closed Catmull-Rom splines through seeded control points — C tuples and a typed grid.

Control points are a malloc'd array of ``Point2`` structs; the cubic is an inline cdef
function that returns both coordinates as a C tuple ``(double, double)``, and the hit
grid is a calloc'd ``unsigned int`` block indexed with the floored sample position, so
sampling, bounding box and polyline length run in one nogil loop.

Keywords: graphics, catmull-rom, spline, curve sampling, polyline, hermite cubic, plotting
"""

import cython
from libc.math cimport sqrt, floor, INFINITY
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Point2:
    double x
    double y


cdef inline double blend(double a, double b, double c, double d, double t, double t2, double t3) noexcept nogil:
    return 0.5 * ((2 * b) + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3)


cdef inline (double, double) catmull_rom(Point2 p0, Point2 p1, Point2 p2, Point2 p3, double t) noexcept nogil:
    cdef double t2 = t * t
    cdef double t3 = t2 * t
    return blend(p0.x, p1.x, p2.x, p3.x, t, t2, t3), blend(p0.y, p1.y, p2.y, p3.y, t, t2, t3)


@cython_benchmark(args=(75, 12, 60, 300, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def catmull_rom_spline_plot(int curves, int points, int steps, int size, long long seed):
    """Sample `curves` closed splines of `points` control points, `steps` samples per span."""
    cdef unsigned int *grid = <unsigned int *>calloc(<size_t>size * size + 1, sizeof(unsigned int))
    cdef Point2 *ctrl = <Point2 *>malloc((points + 1) * sizeof(Point2))
    cdef long long state = seed & 0x7FFFFFFF
    cdef long long inside = 0, lit = 0, checksum = 0, gx, gy, modulus = 4294967311
    cdef double length = 0.0, x, y, px = 0.0, py = 0.0
    cdef double lo_x = INFINITY, lo_y = INFINITY, hi_x = -INFINITY, hi_y = -INFINITY
    cdef bint has_previous
    cdef int c, i, s, k
    cdef Py_ssize_t q
    if grid == NULL or ctrl == NULL:
        free(grid); free(ctrl)
        raise MemoryError()
    try:
        with nogil:
            for c in range(curves):
                for i in range(points):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    ctrl[i].x = (state >> 12) / 524288.0 * size
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    ctrl[i].y = (state >> 12) / 524288.0 * size
                has_previous = False
                for i in range(points):
                    for s in range(steps):
                        x, y = catmull_rom(ctrl[(i - 1 + points) % points], ctrl[i],
                                           ctrl[(i + 1) % points], ctrl[(i + 2) % points], <double>s / steps)
                        if x < lo_x:
                            lo_x = x
                        if x > hi_x:
                            hi_x = x
                        if y < lo_y:
                            lo_y = y
                        if y > hi_y:
                            hi_y = y
                        if has_previous:
                            length += sqrt((x - px) * (x - px) + (y - py) * (y - py))
                        px = x
                        py = y
                        has_previous = True
                        gx = <long long>floor(x)
                        gy = <long long>floor(y)
                        if gx >= 0 and gx < size and gy >= 0 and gy < size:
                            grid[gy * size + gx] += 1
                            inside += 1
            for q in range(<Py_ssize_t>size * size):
                if grid[q]:
                    lit += 1
                checksum = (checksum * 65599 + grid[q]) % modulus
        box = [lo_x, lo_y, hi_x, hi_y] if inside else []
        samples = [grid[((k * 61) % size) * size + (k * 97) % size] for k in range(8)] if size else []
        return (lit, inside, length, box, checksum, samples)
    finally:
        free(grid); free(ctrl)
