# cython: language_level=3
"""Rumour spreading on a random contact network (Maki-Thompson / Daley-Kendall).

The contact lists are one flat int array (people x contacts), statuses are a byte
array, and the round's spreader snapshot is gathered into a reusable int buffer while
the spreader count is maintained incrementally, so each round is a pair of C scans.

Keywords: simulation, rumour spreading, epidemic model, daley kendall, network, agents
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    IGNORANT = 0
    SPREADER = 1
    STIFLER = 2


@cython_benchmark(args=(20000, 6, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def rumor_spread_daley_kendall(int people, int contacts, long long seed):
    """Spread a rumour from person 0 through a random contact network."""
    if people <= 0:
        return (0, 0, 0, 0)
    cdef long long state = seed & 0x7FFFFFFF, calls = 0
    cdef int* net = <int*>malloc((people * contacts + 1) * sizeof(int))
    cdef int* snap = <int*>malloc(people * sizeof(int))
    cdef unsigned char* status = <unsigned char*>malloc(people)
    cdef int i, k, p, other, ns, active = 1, peak = 1, rounds = 0, ignorant = 0
    if net == NULL or snap == NULL or status == NULL:
        free(net); free(snap); free(status)
        raise MemoryError()
    try:
        for i in range(people * contacts):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            net[i] = <int>((state >> 16) % people)
        for i in range(people):
            status[i] = IGNORANT
        status[0] = SPREADER
        with nogil:
            while True:
                ns = 0
                for i in range(people):
                    if status[i] == SPREADER:
                        snap[ns] = i
                        ns += 1
                if ns == 0 or contacts == 0:
                    break
                rounds += 1
                for k in range(ns):
                    p = snap[k]
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    other = net[p * contacts + <int>((state >> 16) % contacts)]
                    calls += 1
                    if status[other] == IGNORANT:
                        status[other] = SPREADER
                        active += 1
                    else:
                        if status[p] == SPREADER:
                            active -= 1
                        status[p] = STIFLER
                if active > peak:
                    peak = active
            for i in range(people):
                if status[i] == IGNORANT:
                    ignorant += 1
        return (rounds, ignorant, peak, calls)
    finally:
        free(net); free(snap); free(status)
