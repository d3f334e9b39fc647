# cython: language_level=3
"""Simulated-annealing 2-opt on C arrays with hypot and exp from math.h.

City coordinates and the tour are malloc'ed C arrays, ``hypot``/``exp`` are declared
through ``cdef extern from "math.h"``, and a segment reversal is an in-place swap
loop; the annealing loop runs entirely in C without the GIL.

Keywords: optimization, simulated annealing, tsp, 2-opt, metaheuristic, local search
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double hypot(double x, double y)
    double exp(double x)


cdef inline unsigned long long lcg(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return s[0]


cdef inline double dist(const double *xs, const double *ys, int a, int b) noexcept nogil:
    return hypot(xs[a] - xs[b], ys[a] - ys[b])


@cython_benchmark(args=(80, 60000, 11))
def annealing_tsp_two_opt(int cities, long iterations, long seed):
    """Return (initial length, final length, best length, accepted moves)."""
    if cities < 4:
        raise ValueError("need at least four cities")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double *xs = <double *>malloc(cities * sizeof(double))
    cdef double *ys = <double *>malloc(cities * sizeof(double))
    cdef int *tour = <int *>malloc(cities * sizeof(int))
    if xs == NULL or ys == NULL or tour == NULL:
        free(xs); free(ys); free(tour)
        raise MemoryError()
    cdef int k, i, j, a, b, c, d, lo, hi, tmp
    cdef long it, accepted = 0
    cdef double length = 0.0, initial, best, temperature = 1.0, delta
    for k in range(cities):
        xs[k] = <double>lcg(&state) / 2147483648.0
        ys[k] = <double>lcg(&state) / 2147483648.0
        tour[k] = k
    with nogil:
        for k in range(cities):
            length += dist(xs, ys, tour[k], tour[(k + 1) % cities])
        initial = length
        best = length
        for it in range(iterations):
            i = <int>((lcg(&state) >> 4) % <unsigned long long>(cities - 1)) + 1
            j = <int>((lcg(&state) >> 4) % <unsigned long long>(cities - 1)) + 1
            if i > j:
                tmp = i; i = j; j = tmp
            if j - i < 1:
                continue
            a = tour[i - 1]; b = tour[i]
            c = tour[j]; d = tour[(j + 1) % cities]
            delta = dist(xs, ys, a, c) + dist(xs, ys, b, d) - dist(xs, ys, a, b) - dist(xs, ys, c, d)
            if delta < 0 or <double>lcg(&state) / 2147483648.0 < exp(-delta / temperature):
                lo = i
                hi = j
                while lo < hi:
                    tmp = tour[lo]; tour[lo] = tour[hi]; tour[hi] = tmp
                    lo += 1
                    hi -= 1
                length += delta
                accepted += 1
                if length < best:
                    best = length
            temperature *= 0.9997
    free(xs); free(ys); free(tour)
    return initial, length, best, accepted
