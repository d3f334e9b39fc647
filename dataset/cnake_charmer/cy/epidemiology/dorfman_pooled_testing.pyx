# cython: language_level=3
"""Dorfman two-stage pooled testing with a byte array of infection states.

Infection status lives in a malloc'd ``unsigned char`` buffer, pools are index
ranges into it, the imperfect assay is a ``cdef inline`` function on the generator
state, and per-member retest outcomes are resolved on the fly instead of building
slices and flag lists; the sweep over pool sizes runs without the GIL.

Keywords: epidemiology, pooled testing, dorfman, group testing, screening, sensitivity, specificity, prevalence
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double _uniform(unsigned long long *s) noexcept nogil:
    s[0] = s[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <double>(s[0] >> 11) / 9007199254740992.0


@cython.cdivision(True)
cdef inline bint _assay(unsigned long long *s, int positives, int pool_size) noexcept nogil:
    if positives == 0:
        return _uniform(s) < 0.002
    return _uniform(s) < 0.98 - 0.01 * (pool_size - 1) / <double>positives


@cython_benchmark(args=(60000, 0.04, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dorfman_pooled_testing(int people, double hot_share, unsigned long long seed):
    """Return ([(k, tests, missed, false positives)], best k, infected count)."""
    cdef unsigned long long st = seed
    cdef unsigned char *inf = <unsigned char *>malloc(people + 1)
    cdef int sizes[10]
    cdef int n = 0, size, j, limit, ki, k, start, end, positives, total_infected = 0, best_k = 1
    cdef long tests, missed, false_pos
    cdef bint hot, flag, pool_flag
    cdef double rate, best_rate = float("inf")
    sizes[:] = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16]
    if inf == NULL:
        raise MemoryError()
    rows = []
    try:
        with nogil:
            while n < people:
                size = 1 + <int>(_uniform(&st) * 6)
                hot = _uniform(&st) < hot_share
                limit = size if size < people - n else people - n
                for j in range(limit):
                    inf[n] = _uniform(&st) < (0.6 if hot else 0.003)
                    total_infected += inf[n]
                    n += 1
        for ki in range(10):
            k = sizes[ki]
            tests = 0
            missed = 0
            false_pos = 0
            with nogil:
                start = 0
                while start < people:
                    end = start + k if start + k < people else people
                    positives = 0
                    for j in range(start, end):
                        positives += inf[j]
                    tests += 1
                    if k == 1:
                        flag = _assay(&st, positives, 1)
                        if inf[start] and not flag:
                            missed += 1
                        elif flag and not inf[start]:
                            false_pos += 1
                    else:
                        pool_flag = _assay(&st, positives, end - start)
                        for j in range(start, end):
                            if pool_flag:
                                tests += 1
                                flag = _assay(&st, inf[j], 1)
                            else:
                                flag = False
                            if inf[j] and not flag:
                                missed += 1
                            elif flag and not inf[j]:
                                false_pos += 1
                    start += k
            rows.append((k, tests, missed, false_pos))
            rate = tests / <double>people if people else 0.0
            if rate < best_rate:
                best_k = k
                best_rate = rate
        return (rows, best_k, total_infected)
    finally:
        free(inf)
