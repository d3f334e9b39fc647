# cython: language_level=3
"""Cohort retention with a per-user "last counted week" marker instead of sets.

Events are generated user by user, so distinct-user counting needs no sets: each user
remembers the last week offset already counted, and because a user's events are in
increasing day order a cell is incremented only when the offset changes. The matrix is
a calloc'd cohorts x horizon int array and the whole pass is nogil C.

Keywords: cohort analysis, retention, distinct count, streaming, calloc, nogil
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(12000, 12, 10))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def cohort_retention_matrix(int users, int cohorts, int horizon):
    """Build a retention matrix; return (cohort sizes, retention counts, week-1 %, active pairs)."""
    if users <= 0 or cohorts <= 0 or horizon <= 0:
        return [], [], [], 0
    cdef int *M = <int *> calloc(cohorts * horizon, sizeof(int))
    cdef int *sizes = <int *> calloc(cohorts, sizeof(int))
    cdef long long state = 3030, pairs = 0
    cdef int u, week, day, stick, off, last_off, c, k, limit = (cohorts + horizon) * 7
    try:
        with nogil:
            for u in range(users):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                week = (state >> 5) % cohorts
                sizes[week] += 1
                day = week * 7
                stick = 60 + (state >> 12) % 35
                last_off = -1
                while True:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    day += 1 + (state >> 7) % 5
                    if (state >> 14) % 100 >= stick + 3 or day >= limit:
                        break
                    off = day // 7 - week
                    if 0 <= off < horizon and off != last_off:
                        M[week * horizon + off] += 1
                        pairs += 1
                        last_off = off
        matrix = [[M[c * horizon + k] for k in range(horizon)] for c in range(cohorts)]
        week1 = [round(100.0 * M[c * horizon + 1] / sizes[c], 3) if sizes[c] and horizon > 1 else 0.0
                 for c in range(cohorts)]
        return [sizes[c] for c in range(cohorts)], matrix, week1, pairs
    finally:
        free(M); free(sizes)
