# cython: language_level=3
"""Knapsack branch and bound as a recursive nogil cdef over C arrays.

The density-sorted weights and values are C arrays, the fractional bound is an
inline noexcept function, and the search state (incumbent, node count, the current
and best take-flags) lives in a C struct passed by pointer, so recursion never
touches Python objects.

Keywords: optimization, knapsack, branch and bound, lp relaxation, exact search
"""

from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Search:
    int n
    int capacity
    const int *w
    const int *v
    unsigned char *take
    unsigned char *best_take
    long best_value
    long best_weight
    long nodes


cdef inline double bound(Search *s, int k, int room, long value) noexcept nogil:
    cdef double total = <double>value
    while k < s.n and s.w[k] <= room:
        room -= s.w[k]
        total += s.v[k]
        k += 1
    if k < s.n:
        total += s.v[k] * room / <double>s.w[k]
    return total


cdef void search(Search *s, int k, int room, long value) noexcept nogil:
    s.nodes += 1
    if value > s.best_value:
        s.best_value = value
        s.best_weight = s.capacity - room
        memcpy(s.best_take, s.take, s.n)
    if k == s.n or bound(s, k, room, value) <= s.best_value:
        return
    if s.w[k] <= room:
        s.take[k] = 1
        search(s, k + 1, room - s.w[k], value + s.v[k])
        s.take[k] = 0
    search(s, k + 1, room, value)


@cython_benchmark(args=(60, 45, 9))
def knapsack_branch_and_bound(int items, int instances, long seed):
    """Return (optimal value per instance, total nodes explored, chosen items of the last)."""
    cdef int n = items if items > 0 else 0, i, inst
    cdef int *weights = <int *>malloc((n + 1) * sizeof(int))
    cdef int *values = <int *>malloc((n + 1) * sizeof(int))
    cdef int *w = <int *>malloc((n + 1) * sizeof(int))
    cdef int *v = <int *>malloc((n + 1) * sizeof(int))
    cdef unsigned char *take = <unsigned char *>malloc(n + 1)
    cdef unsigned char *best_take = <unsigned char *>malloc(n + 1)
    if not (weights and values and w and v and take and best_take):
        free(weights); free(values); free(w); free(v); free(take); free(best_take)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long total, nodes = 0
    cdef Search s
    optima = []
    last = []
    try:
        for inst in range(instances):
            total = 0
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                weights[i] = 10 + <int>((state >> 8) % 90)
                total += weights[i]
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                values[i] = weights[i] + 10 + <int>((state >> 8) % 3)
            order = sorted(range(n), key=lambda i: (-values[i] / weights[i], i))
            for i in range(n):
                w[i] = weights[<int>order[i]]
                v[i] = values[<int>order[i]]
                take[i] = 0
                best_take[i] = 0
            s.n = n
            s.capacity = <int>(total // 2)
            s.w = w
            s.v = v
            s.take = take
            s.best_take = best_take
            s.best_value = 0
            s.best_weight = 0
            s.nodes = 0
            with nogil:
                search(&s, 0, s.capacity, 0)
            nodes += s.nodes
            optima.append(s.best_value)
            last = sorted([order[i] for i in range(n) if best_take[i]])
        return optima, nodes, last
    finally:
        free(weights); free(values); free(w); free(v); free(take); free(best_take)
