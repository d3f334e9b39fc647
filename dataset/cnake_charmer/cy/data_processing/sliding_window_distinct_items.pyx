# cython: language_level=3
"""Sliding-window distinct count with a C count array and a count-of-counts table.

Product codes index a calloc'd count array, so entering and leaving items are array
increments and the distinct total changes only when a count moves between 0 and 1. To
know the top frequency without scanning, a second array counts how many products have
each frequency, and the running maximum moves by at most one per update.

Keywords: sliding window, distinct count, count of counts, frequency, calloc, nogil
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(40000, 200, 5000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def sliding_window_distinct_items(int n, int window, int catalogue):
    """Slide a window over n purchases; return (min, max, total distinct, summed top frequency, samples)."""
    if n <= 0 or window <= 0 or catalogue <= 0 or window > n:
        return 0, 0, 0, 0, []
    cdef int *stream = <int *> malloc(n * sizeof(int))
    cdef int *cnt = <int *> calloc(catalogue, sizeof(int))
    cdef int *freq = <int *> calloc(window + 2, sizeof(int))
    cdef int *hist = <int *> malloc((n - window + 1) * sizeof(int))
    cdef long long state = 6464, u, total = 0, top_total = 0
    cdef int i, x, distinct = 0, top = 0, lo, hi, m = n - window + 1, step
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                u = (state >> 8) % 10000 + 1
                stream[i] = <int> ((<long long> catalogue * 37 // u) % catalogue)
            for i in range(n):
                if i >= window:
                    x = stream[i - window]
                    freq[cnt[x]] -= 1
                    if cnt[x] == top and freq[top] == 0:
                        top -= 1
                    cnt[x] -= 1
                    if cnt[x] == 0:
                        distinct -= 1
                    else:
                        freq[cnt[x]] += 1
                x = stream[i]
                if cnt[x] == 0:
                    distinct += 1
                else:
                    freq[cnt[x]] -= 1
                cnt[x] += 1
                freq[cnt[x]] += 1
                if cnt[x] > top:
                    top = cnt[x]
                if i >= window - 1:
                    hist[i - window + 1] = distinct
                    total += distinct
                    top_total += top
            lo = hist[0]
            hi = hist[0]
            for i in range(m):
                if hist[i] < lo:
                    lo = hist[i]
                if hist[i] > hi:
                    hi = hist[i]
        step = m // 10 if m // 10 > 0 else 1
        return lo, hi, total, top_total, [hist[i] for i in range(0, m, step)]
    finally:
        free(stream); free(cnt); free(freq); free(hist)
