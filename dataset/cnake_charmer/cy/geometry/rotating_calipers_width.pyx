# cython: language_level=3
"""Diameter and minimum width of a convex polygon by rotating calipers.

Angles are sorted with libc qsort and de-duplicated in place, the polygon lives in two
malloc'd double arrays, and the caliper walk uses an inline triangle-area helper, so the
linear scan is pure C.

Keywords: geometry, rotating calipers, convex polygon, diameter, minimum width, antipodal
"""

import cython
from libc.stdlib cimport malloc, free, qsort
from libc.math cimport cos, sin, hypot, fabs, INFINITY, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef int cmp_double(const void* a, const void* b) noexcept nogil:
    cdef double u = (<const double*>a)[0], v = (<const double*>b)[0]
    return (u > v) - (u < v)


cdef inline double area2(double* xs, double* ys, int i, int j, int k) noexcept nogil:
    return fabs((xs[j] - xs[i]) * (ys[k] - ys[i]) - (ys[j] - ys[i]) * (xs[k] - xs[i]))


@cython_benchmark(args=(30000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rotating_calipers_width(int n, long long seed):
    """Return (diameter^2, pair, min width, edge) of an n-gon inscribed in an ellipse."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef double* ang = <double*>malloc((n + 1) * sizeof(double))
    cdef double* xs = <double*>malloc((n + 1) * sizeof(double))
    cdef double* ys = <double*>malloc((n + 1) * sizeof(double))
    cdef int i, j, m = 0, ni, a, b, t, pa = 0, pb = 0, best_edge = -1
    cdef double d2, best_d2 = 0.0, width, best_w = INFINITY
    if ang == NULL or xs == NULL or ys == NULL:
        free(ang); free(xs); free(ys)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ang[i] = state / 2147483648.0 * 2 * M_PI
        qsort(ang, n, sizeof(double), cmp_double)
        for i in range(n):
            if m == 0 or ang[i] != ang[m - 1]:
                ang[m] = ang[i]
                m += 1
        for i in range(m):
            xs[i] = 3.0 * cos(ang[i])
            ys[i] = 1.7 * sin(ang[i])
        if m < 3:
            return (0.0, (0, 0), 0.0, -1)
        j = 1
        for i in range(m):
            ni = (i + 1) % m
            while area2(xs, ys, i, ni, (j + 1) % m) > area2(xs, ys, i, ni, j):
                j = (j + 1) % m
            for t in range(2):
                a = i if t == 0 else ni
                b = j
                d2 = (xs[a] - xs[b]) * (xs[a] - xs[b]) + (ys[a] - ys[b]) * (ys[a] - ys[b])
                if d2 > best_d2:
                    best_d2 = d2
                    pa = a if a < b else b
                    pb = b if a < b else a
            width = area2(xs, ys, i, ni, j) / hypot(xs[ni] - xs[i], ys[ni] - ys[i])
            if width < best_w:
                best_w = width
                best_edge = i
        return (best_d2, (pa, pb), best_w, best_edge)
    finally:
        free(ang); free(xs); free(ys)
