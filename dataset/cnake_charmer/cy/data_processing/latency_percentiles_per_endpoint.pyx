# cython: language_level=3
"""Per-endpoint percentiles from integer latency histograms instead of sorting.

Latencies are bounded integers, so each endpoint keeps a count per millisecond value in
one calloc'd endpoints x range table; the nearest-rank percentiles are found by a
single cumulative walk over the endpoint's histogram. No per-group lists, no sorting:
O(n + endpoints * range) with all counting in a nogil loop.

Keywords: percentiles, histogram, counting, nearest rank, group by, calloc, nogil
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    VRANGE = 3200


@cython.cdivision(True)
cdef inline long long rank_of(long long count, int pct) noexcept nogil:
    cdef long long r = (pct * count + 99) // 100
    return r if r >= 1 else 1


@cython_benchmark(args=(200000, 24))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def latency_percentiles_per_endpoint(int n, int endpoints):
    """Nearest-rank latency percentiles per endpoint; return (rows, worst p99 endpoint)."""
    if n <= 0 or endpoints <= 0:
        return [], -1
    cdef int vr = VRANGE + endpoints * 3
    cdef int *hist = <int *> calloc(<size_t> endpoints * vr, sizeof(int))
    cdef long long *cnt = <long long *> calloc(endpoints, sizeof(long long))
    cdef long long state = 55555, acc, r50, r90, r99
    cdef int i, e, v, p50, p90, p99, mx, worst_row = -1, worst_p99 = -1, worst_ep = -1
    cdef int *h
    rows = []
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                e = (state >> 6) % endpoints
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v = 5 + e * 3 + (state >> 4) % 40
                if (state >> 12) % 50 == 0:
                    v += (state >> 2) % 3000
                hist[<size_t> e * vr + v] += 1
                cnt[e] += 1
        for e in range(endpoints):
            if cnt[e] == 0:
                continue
            h = hist + <size_t> e * vr
            r50 = rank_of(cnt[e], 50)
            r90 = rank_of(cnt[e], 90)
            r99 = rank_of(cnt[e], 99)
            acc = 0
            p50 = p90 = p99 = mx = -1
            with nogil:
                for v in range(vr):
                    if h[v] == 0:
                        continue
                    acc += h[v]
                    if p50 < 0 and acc >= r50:
                        p50 = v
                    if p90 < 0 and acc >= r90:
                        p90 = v
                    if p99 < 0 and acc >= r99:
                        p99 = v
                    mx = v
            if p99 > worst_p99:
                worst_p99 = p99
                worst_ep = e
            rows.append((cnt[e], p50, p90, p99, mx))
        return rows, worst_ep
    finally:
        free(hist); free(cnt)
