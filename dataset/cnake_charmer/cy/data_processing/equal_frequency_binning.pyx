# cython: language_level=3
"""Quantile binning with a counting sort and a value-to-bin lookup table.

Feature values are small integers, so the sorted order needed for the cut points comes
from a cumulative histogram (the k-th smallest value is a walk over counts) and the
bin of every possible value is tabulated once; assigning a row is then one array read
instead of a binary search, and all per-bin tallies are C arrays.

Keywords: quantile binning, counting sort, lookup table, discretization, calloc, nogil
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    VMAX = 500


@cython_benchmark(args=(120000, 10))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def equal_frequency_binning(int n, int bins):
    """Quantile-bin a generated column; return ((low, high, count, target rate) per bin, checksum)."""
    if n <= 0 or bins <= 0:
        return [], 0
    cdef int *vals = <int *> malloc(n * sizeof(int))
    cdef char *tgt = <char *> malloc(n)
    cdef long long *hist = <long long *> calloc(VMAX + 1, sizeof(long long))
    cdef int *bin_of = <int *> malloc((VMAX + 1) * sizeof(int))
    cdef int *edges = <int *> malloc((bins + 1) * sizeof(int))
    cdef long long *cnt = <long long *> calloc(bins + 1, sizeof(long long))
    cdef long long *pos = <long long *> calloc(bins + 1, sizeof(long long))
    cdef int *lo = <int *> malloc((bins + 1) * sizeof(int))
    cdef int *hi = <int *> malloc((bins + 1) * sizeof(int))
    cdef long long state = 36912, u, acc, want, checksum = 0
    cdef int i, v, b, ne = 0, e, cur
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                u = state % 1000
                v = <int> (u * u // 2000)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                tgt[i] = 1 if (state % 600) < v + 50 else 0
                vals[i] = v
                hist[v] += 1
            # cut points: value at sorted position (i * n) // bins, deduplicated
            v = 0
            acc = hist[0]
            for i in range(1, bins):
                want = (<long long> i * n) // bins
                while acc <= want:
                    v += 1
                    acc += hist[v]
                if ne == 0 or edges[ne - 1] != v:
                    edges[ne] = v
                    ne += 1
            e = 0
            for v in range(VMAX + 1):
                while e < ne and edges[e] <= v:
                    e += 1
                bin_of[v] = e
            for b in range(ne + 1):
                lo[b] = -1
                hi[b] = -1
            for i in range(n):
                v = vals[i]
                b = bin_of[v]
                cnt[b] += 1
                pos[b] += tgt[i]
                if lo[b] < 0 or v < lo[b]:
                    lo[b] = v
                if v > hi[b]:
                    hi[b] = v
                checksum = (checksum + <long long> (i % 1000 + 1) * (b + 1)) % 1000000007
        table = [(lo[b], hi[b], cnt[b], pos[b] / <double> cnt[b]) for b in range(ne + 1) if cnt[b]]
        return table, checksum
    finally:
        free(vals); free(tgt); free(hist); free(bin_of); free(edges)
        free(cnt); free(pos); free(lo); free(hi)
