# cython: language_level=3
"""Ramer-Douglas-Peucker simplification of a noisy polyline.

Coordinates are malloc'd double arrays, the work stack is a C int array of index pairs
(at most n entries deep), and the farthest-point search is an inline nogil function
using hypot and fabs from an extern math.h block.

Keywords: geometry, douglas peucker, polyline simplification, recursion, distance to line
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double hypot(double x, double y)
    double fabs(double x)
    double sin(double x)


cdef inline int farthest(double* xs, double* ys, int a, int b, double* out_d) noexcept nogil:
    cdef double dx = xs[b] - xs[a], dy = ys[b] - ys[a]
    cdef double norm = hypot(dx, dy), d, best_d = -1.0
    cdef int i, best_i = -1
    for i in range(a + 1, b):
        d = fabs(dy * (xs[i] - xs[a]) - dx * (ys[i] - ys[a])) / norm
        if d > best_d:
            best_i = i
            best_d = d
    out_d[0] = best_d
    return best_i


@cython_benchmark(args=(20000, 0.05, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def douglas_peucker_simplify(int n, double epsilon, long long seed):
    """Simplify an n-point synthetic polyline with tolerance epsilon."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef double* xs = <double*>malloc((n + 1) * sizeof(double))
    cdef double* ys = <double*>malloc((n + 1) * sizeof(double))
    cdef char* keep = <char*>calloc(n + 1, 1)
    cdef int* stack = <int*>malloc((2 * n + 4) * sizeof(int))
    cdef int i, a, b, top = 0, best_i, prev, count = 0
    cdef double t, best_d, deviation = 0.0
    if xs == NULL or ys == NULL or keep == NULL or stack == NULL:
        free(xs); free(ys); free(keep); free(stack)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            t = i * 0.01
            xs[i] = t
            ys[i] = sin(t) + 0.3 * sin(7.3 * t) + ((state >> 8) % 1000) / 50000.0
        if n < 3:
            return (n, list(range(n)), 0.0)
        keep[0] = 1
        keep[n - 1] = 1
        stack[0] = 0
        stack[1] = n - 1
        top = 1
        with nogil:
            while top > 0:
                top -= 1
                a = stack[2 * top]
                b = stack[2 * top + 1]
                best_i = farthest(xs, ys, a, b, &best_d)
                if best_i >= 0 and best_d > epsilon:
                    keep[best_i] = 1
                    stack[2 * top] = a
                    stack[2 * top + 1] = best_i
                    stack[2 * top + 2] = best_i
                    stack[2 * top + 3] = b
                    top += 2
            prev = 0
            for i in range(1, n):
                if keep[i]:
                    farthest(xs, ys, prev, i, &best_d)
                    if best_d > deviation:
                        deviation = best_d
                    prev = i
        kept = []
        for i in range(n):
            if keep[i]:
                count += 1
                if len(kept) < 10:
                    kept.append(i)
        return (count, kept, deviation)
    finally:
        free(xs); free(ys); free(keep); free(stack)
