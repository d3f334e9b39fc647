# cython: language_level=3
"""Funnel state machine with per-user state in C arrays and a counting median.

Each user's funnel state (reached step, start time, best step) is three ints in
calloc'd arrays indexed by user id, so an event is a couple of array reads and
compares. Completion times are bounded by the limit, so the median comes from a
histogram walk rather than sorting a list.

Keywords: funnel analysis, state machine, conversion rate, histogram median, calloc, nogil
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(120000, 1000, 4000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def funnel_conversion_steps(int n, int users, int limit):
    """Run the funnel over n events; return (users per step, step conversion, median time, restarts)."""
    if n <= 0 or users <= 0:
        return [0, 0, 0, 0], [0.0, 0.0, 0.0], 0.0, 0
    cdef int lim = limit if limit > 0 else 0
    cdef int *reached = <int *> malloc(users * sizeof(int))      # -1: no attempt open
    cdef long long *started = <long long *> calloc(users, sizeof(long long))
    cdef int *best = <int *> malloc(users * sizeof(int))         # -1: never entered
    cdef long long *dur_hist = <long long *> calloc(lim + 1, sizeof(long long))
    cdef long long state = 1212, clock = 0, ndur = 0, acc, lo_rank, hi_rank
    cdef int i, u, r, step, restarts = 0, k, lo_v = -1, hi_v = -1, d
    cdef long long reach[4]
    try:
        with nogil:
            for u in range(users):
                reached[u] = -1
                best[u] = -1
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                clock += (state >> 4) % 3
                u = (state >> 9) % users
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = (state >> 5) % 100
                step = 0 if r < 55 else (1 if r < 80 else (2 if r < 93 else 3))
                if reached[u] >= 0 and clock - started[u] > limit:
                    if step == 0:
                        restarts += 1
                    reached[u] = -1
                if reached[u] < 0:
                    if step == 0:
                        reached[u] = 0
                        started[u] = clock
                        if best[u] < 0:
                            best[u] = 0
                    continue
                if step == reached[u] + 1:
                    reached[u] = step
                    if step > best[u]:
                        best[u] = step
                    if step == 3:
                        dur_hist[clock - started[u]] += 1
                        ndur += 1
                        reached[u] = -1
            for k in range(4):
                reach[k] = 0
            for u in range(users):
                for k in range(best[u] + 1):
                    reach[k] += 1
            if ndur:
                lo_rank = (ndur - 1) // 2
                hi_rank = ndur // 2
                acc = 0
                for d in range(lim + 1):
                    acc += dur_hist[d]
                    if lo_v < 0 and acc > lo_rank:
                        lo_v = d
                    if hi_v < 0 and acc > hi_rank:
                        hi_v = d
                        break
        median = (lo_v + hi_v) / 2.0 if ndur else 0.0
        conversion = [reach[k + 1] / <double> reach[k] if reach[k] else 0.0 for k in range(3)]
        return [reach[k] for k in range(4)], conversion, median, restarts
    finally:
        free(reached); free(started); free(best); free(dur_hist)
