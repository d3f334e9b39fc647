# cython: language_level=3
"""Self-organising map with unit weights in C arrays and a precomputed chain kernel.

Unit coordinates live in two double arrays; the best-matching-unit search is a typed
loop without a key lambda, and the neighbourhood factor exp(-d^2 / 2 sigma^2) for every
chain distance d is filled into a small C table per step, so the weight update is a
plain multiply-add loop with none of the boxed arithmetic of the list-of-lists version.

Keywords: self-organizing map, kohonen, competitive learning, lookup table, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport exp, sqrt, cos, sin, pi

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline int bmu(double x, double y, double *wx, double *wy, int units) noexcept nogil:
    cdef int u, best = 0
    cdef double d, bd
    bd = (wx[0] - x) * (wx[0] - x) + (wy[0] - y) * (wy[0] - y)
    for u in range(1, units):
        d = (wx[u] - x) * (wx[u] - x) + (wy[u] - y) * (wy[u] - y)
        if d < bd:
            bd = d
            best = u
    return best


@cython_benchmark(args=(3000, 30, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def self_organizing_map_chain(int n, int units, int epochs):
    """Train a 1-D SOM chain on n spiral points; return (unit weights, qerror, wins)."""
    if n <= 0 or units <= 0:
        return [], 0.0, []
    cdef double *dx = <double *> malloc(n * sizeof(double))
    cdef double *dy = <double *> malloc(n * sizeof(double))
    cdef double *wx = <double *> malloc(units * sizeof(double))
    cdef double *wy = <double *> malloc(units * sizeof(double))
    cdef double *kern = <double *> malloc(units * sizeof(double))
    cdef int *wins = <int *> malloc(units * sizeof(int))
    cdef long long state = 5555
    cdef long long steps = <long long> epochs * n, step = 0
    cdef int i, u, e, win, d
    cdef double t, jit, frac, rate, sigma, sigma0, h, x, y, q = 0.0
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            t = (state % 10000) / 10000.0 * 3.0 * pi
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            jit = (state / <double> 0x7FFFFFFF - 0.5) * 0.3
            dx[i] = (t + 1.0) * cos(t) + jit
            dy[i] = (t + 1.0) * sin(t) - jit
        for u in range(units):
            wx[u] = cos(u * 0.7) * 0.5
            wy[u] = sin(u * 0.7) * 0.5
            wins[u] = 0
        sigma0 = units / 2.0 if units / 2.0 > 1.0 else 1.0
        with nogil:
            for e in range(epochs):
                for i in range(n):
                    x = dx[i]
                    y = dy[i]
                    frac = step / <double> steps
                    rate = 0.5 * exp(-3.0 * frac)
                    sigma = sigma0 * exp(-4.0 * frac)
                    win = bmu(x, y, wx, wy, units)
                    for d in range(units):
                        kern[d] = exp(-(<double> (d * d)) / (2.0 * sigma * sigma))
                    for u in range(units):
                        d = u - win if u >= win else win - u
                        h = kern[d]
                        wx[u] += rate * h * (x - wx[u])
                        wy[u] += rate * h * (y - wy[u])
                    step += 1
            for i in range(n):
                win = bmu(dx[i], dy[i], wx, wy, units)
                wins[win] += 1
                q += sqrt((wx[win] - dx[i]) * (wx[win] - dx[i]) + (wy[win] - dy[i]) * (wy[win] - dy[i]))
        return ([(wx[u], wy[u]) for u in range(units)], q / n,
                [wins[u] for u in range(min(units, 10))])
    finally:
        free(dx); free(dy); free(wx); free(wy); free(kern); free(wins)
