# cython: language_level=3
"""Choosing an (s, S) inventory policy by simulation over a grid of policies.

The demand stream is generated once into a C int array; each policy is simulated by a
nogil cdef function with the order pipeline as a small ring buffer and a running sum
of outstanding orders (instead of re-summing the list every day); results come back
through a pointer.

Keywords: simulation, inventory, reorder point, s S policy, lead time, operations research
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.math cimport INFINITY

from cnake_charmer.benchmarks import cython_benchmark


cdef double simulate(int* demand, int days, int lead, int s, int big_s, int* pipe, double* fill) noexcept nogil:
    cdef int stock = big_s, day, want, sold, slot, position, outstanding = 0, k
    cdef long served = 0, wanted = 0
    cdef double cost = 0.0
    for k in range(lead + 1):
        pipe[k] = 0
    for day in range(days):
        slot = day % (lead + 1)
        stock += pipe[slot]
        outstanding -= pipe[slot]
        pipe[slot] = 0
        want = demand[day]
        sold = stock if stock < want else want
        stock -= sold
        served += sold
        wanted += want
        cost += 4.0 * (want - sold) + 0.5 * stock
        position = stock + outstanding
        if position <= s:
            pipe[(day + lead) % (lead + 1)] += big_s - position
            outstanding += big_s - position
            cost += 20.0
    fill[0] = served / <double>wanted if wanted else 1.0
    return cost


@cython_benchmark(args=(30, 900, 3, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def inventory_reorder_policy(int max_level, int days, int lead, long long seed):
    """Grid-search (s, S) with 0 <= s < S <= max_level over `days` simulated days."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef int* demand = <int*>malloc((days + 1) * sizeof(int))
    cdef int* pipe = <int*>calloc(lead + 2, sizeof(int))
    cdef int i, s, big_s, bs = 0, bS = 0
    cdef double cost, fill, best_cost = INFINITY, best_fill = 0.0, naive = 0.0
    if demand == NULL or pipe == NULL:
        free(demand); free(pipe)
        raise MemoryError()
    try:
        for i in range(days):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            demand[i] = <int>((state >> 16) % 9)
        with nogil:
            for s in range(max_level):
                for big_s in range(s + 1, max_level + 1):
                    cost = simulate(demand, days, lead, s, big_s, pipe, &fill)
                    if cost < best_cost:
                        best_cost = cost
                        best_fill = fill
                        bs = s
                        bS = big_s
            if max_level > 0:
                naive = simulate(demand, days, lead, 0, max_level, pipe, &fill)
        if best_cost == INFINITY:
            best_cost = 0.0
        return ((bs, bS), best_cost, best_fill, naive)
    finally:
        free(demand); free(pipe)
