# cython: language_level=3
"""Held-Karp over flat int tables indexed by (mask, city).

The 2^n x n cost and parent tables are malloc'd int arrays, the distance matrix is a
small fixed C array, and the forward relaxation over subsets runs in a nogil helper
using bit tests on unsigned masks.

Keywords: dynamic programming, tsp, held-karp, bitmask dp, travelling salesman, subsets
"""

import cython
from libc.stdlib cimport malloc, free, abs as c_abs
from libc.limits cimport INT_MAX

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void relax(int n, const int *dist, int *cost, signed char *parent) noexcept nogil:
    cdef unsigned int full = 1u << n, mask, nmask
    cdef int last, nxt, here, value
    cdef Py_ssize_t base
    for mask in range(1, full, 2):
        base = <Py_ssize_t>mask * n
        for last in range(n):
            here = cost[base + last]
            if here == INT_MAX:
                continue
            for nxt in range(n):
                if (mask >> nxt) & 1:
                    continue
                nmask = mask | (1u << nxt)
                value = here + dist[last * n + nxt]
                if value < cost[<Py_ssize_t>nmask * n + nxt]:
                    cost[<Py_ssize_t>nmask * n + nxt] = value
                    parent[<Py_ssize_t>nmask * n + nxt] = <signed char>last


@cython_benchmark(args=(13, 61))
@cython.boundscheck(False)
@cython.wraparound(False)
def held_karp_tsp(int n, long long seed):
    """Return (tour length, tour as a city list starting at 0)."""
    if n <= 0:
        return (0, [])
    cdef int xs[24]
    cdef int ys[24]
    cdef int dist[576]
    cdef Py_ssize_t size = (<Py_ssize_t>1 << n) * n, k
    cdef int *cost = <int *>malloc(size * sizeof(int))
    cdef signed char *parent = <signed char *>malloc(size)
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, j, best = INT_MAX, end = 0, value, city
    cdef unsigned int mask
    tour = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            xs[i] = <int>((state >> 8) % 1000)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ys[i] = <int>((state >> 8) % 1000)
        for i in range(n):
            for j in range(n):
                dist[i * n + j] = c_abs(xs[i] - xs[j]) + c_abs(ys[i] - ys[j])
        for k in range(size):
            cost[k] = INT_MAX
            parent[k] = -1
        cost[n] = 0
        with nogil:
            relax(n, dist, cost, parent)
        mask = (1u << n) - 1
        for i in range(n):
            value = cost[<Py_ssize_t>mask * n + i] + dist[i * n]
            if value < best:
                best = value
                end = i
        city = end
        while city != -1:
            tour.append(city)
            j = parent[<Py_ssize_t>mask * n + city]
            mask ^= 1u << city
            city = j
        tour.reverse()
    finally:
        free(cost); free(parent)
    return (best, tour)
