# distutils: language = c++
# cython: language_level=3
"""Hamilton apportionment for every house size — packed sort keys and std::partial_sort.

Remainders are packed with the state number into one ``long long`` key
(remainder * 1024 + 1023 - state), so "largest remainder, then lower state" is a plain
descending order and only the leftover seats need ordering: ``std::partial_sort`` on a
``std::vector`` with ``std::greater``. Seat vectors are two C arrays swapped per house.

Keywords: elections, apportionment, Hamilton method, largest remainder, Alabama paradox, Hare quota, house size
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport partial_sort
from libcpp.functional cimport greater
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef long long i64


@cython_benchmark(args=(60, 5000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hamilton_alabama_paradox_scan(int n_states, int max_house, long long seed):
    """Return (paradox count, first events (h, state, seats), states hit, last apportionment, checksum)."""
    if n_states > 1024:
        raise ValueError("at most 1024 states")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_states
    cdef long long *pops = <long long *>malloc((n + 1) * sizeof(long long))
    cdef long long *prev = <long long *>calloc(n + 1, sizeof(long long))
    cdef long long *cur = <long long *>calloc(n + 1, sizeof(long long))
    cdef char *hit = <char *>calloc(n + 1, 1)
    cdef long long *tmp
    cdef vector[long long] keys
    cdef long long total = 0, a, b, c, leftover, acc, checksum = 0, count = 0, prod
    cdef int s, house, k
    events = []
    try:
        keys.resize(n)
        for s in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = <long long>((state >> 16) % 900)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            b = <long long>((state >> 16) % 900)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            c = <long long>((state >> 16) % 5000)
            pops[s] = 1000 + a * b + c
            total += pops[s]
        for house in range(1, max_house + 1):
            if total == 0:
                break
            leftover = house
            for s in range(n):
                prod = pops[s] * house
                cur[s] = prod // total
                leftover -= cur[s]
                keys[s] = (prod % total) * 1024 + 1023 - s
            partial_sort(keys.begin(), keys.begin() + leftover, keys.end(), greater[i64]())
            for k in range(leftover):
                cur[1023 - (keys[k] & 1023)] += 1
            acc = 0
            for s in range(n):
                if cur[s] < prev[s]:
                    count += 1
                    hit[s] = 1
                    if len(events) < 12:
                        events.append((house, s, cur[s]))
                acc += (s + 1) * cur[s]
            checksum = (checksum * 131 + acc) % 1000000007
            tmp = prev; prev = cur; cur = tmp
        result = (count, events, [s for s in range(n) if hit[s]], [prev[s] for s in range(n)], checksum)
    finally:
        free(pops); free(prev); free(cur); free(hit)
    return result
