# cython: language_level=3
"""Cardinality estimation with equi-depth histograms, checked against true counts — counting sort and prefix counts.

Column values come from a small integer domain, so each column is sorted by a
counting sort whose cumulative counts double as a prefix-count index: a single-column
true count is two array reads instead of two binary searches. Histograms are arrays
of C structs, estimates are computed bucket by bucket in the same order as the
Python loop (so the floating-point results agree), and the conjunctive true counts
come from a tight ``nogil`` scan over two ``int`` column arrays.

Keywords: databases, query optimizer, cardinality estimation, equi-depth histogram, selectivity, q-error, independence assumption
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MOD = 1000000007
    DOMAIN = 10000


cdef struct Bucket:
    int lo
    int hi
    int count


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


cdef int build_histogram(int *values, int n, int buckets, int *counts, int *ordered, Bucket *out) noexcept nogil:
    """Counting-sort values into ordered; counts becomes cumulative (counts[v] = rows < v). Returns buckets made."""
    cdef int i, v, total = 0, c, start, end, made = 0
    for v in range(DOMAIN + 1):
        counts[v] = 0
    for i in range(n):
        counts[values[i]] += 1
    for v in range(DOMAIN + 1):
        c = counts[v]
        counts[v] = total
        for i in range(total, total + c):
            ordered[i] = v
        total += c
    for i in range(buckets):
        start = <int>(<long long>i * n // buckets)
        end = <int>(<long long>(i + 1) * n // buckets)
        if end > start:
            out[made].lo = ordered[start]
            out[made].hi = ordered[end - 1]
            out[made].count = end - start
            made += 1
    return made


cdef inline double estimate(Bucket *h, int nb, long long a, long long b) noexcept nogil:
    cdef double total = 0.0
    cdef int i
    cdef long long lo, hi, overlap
    for i in range(nb):
        lo = h[i].lo
        hi = h[i].hi
        if hi < a or lo > b:
            continue
        overlap = (b if b < hi else hi) - (a if a > lo else lo) + 1
        total += <double>(h[i].count * overlap) / <double>(hi - lo + 1)
    return total


cdef inline double q_error(double estimated, long long true_count) noexcept nogil:
    cdef double e = estimated if estimated > 1.0 else 1.0
    cdef double t = <double>(true_count if true_count > 1 else 1)
    cdef double p = e / t, q = t / e
    return p if p >= q else q


cdef inline long long prefix_at(int *prefix, long long v) noexcept nogil:
    """Rows with value < v."""
    if v <= 0:
        return 0
    if v > DOMAIN:
        v = DOMAIN
    return prefix[v]


@cython_benchmark(args=(30000, 32, 100, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def equi_depth_histogram_estimates(int rows, int buckets, int queries, long long seed):
    """Return (x bucket bounds, conjunctive q-error sum, worst q-error, within 2x, true count checksum, single-column q-error sum)."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef int *xs = <int *>malloc((rows + 1) * sizeof(int))
    cdef int *ys = <int *>malloc((rows + 1) * sizeof(int))
    cdef int *ordered = <int *>malloc((rows + 1) * sizeof(int))
    cdef int *prefix_x = <int *>malloc((DOMAIN + 1) * sizeof(int))
    cdef int *prefix_y = <int *>malloc((DOMAIN + 1) * sizeof(int))
    cdef Bucket *hist_x = <Bucket *>malloc((buckets + 1) * sizeof(Bucket))
    cdef Bucket *hist_y = <Bucket *>malloc((buckets + 1) * sizeof(Bucket))
    cdef int nbx, nby, i, q, x, y, a, b, c
    cdef long long a1, b1, a2, b2, single_true, true_count, within = 0, checksum = 0
    cdef double q_sum = 0.0, worst = 0.0, single_sum = 0.0, estimated, qe
    try:
        if not (xs and ys and ordered and prefix_x and prefix_y and hist_x and hist_y):
            raise MemoryError()
        with nogil:
            for i in range(rows):
                a = <int>draw(&state, DOMAIN)
                b = <int>draw(&state, DOMAIN)
                c = <int>draw(&state, DOMAIN)
                x = a if a < b else b
                x = x if x < c else c
                if draw(&state, 2) == 0:
                    y = <int>((x * 3 + draw(&state, 1500)) % DOMAIN)
                else:
                    y = <int>draw(&state, DOMAIN)
                xs[i] = x
                ys[i] = y
            nby = build_histogram(ys, rows, buckets, prefix_y, ordered, hist_y)
            nbx = build_histogram(xs, rows, buckets, prefix_x, ordered, hist_x)
            for q in range(queries):
                a1 = draw(&state, DOMAIN)
                b1 = a1 + draw(&state, DOMAIN // 4)
                a2 = draw(&state, DOMAIN)
                b2 = a2 + draw(&state, DOMAIN // 3)
                single_true = prefix_at(prefix_x, b1 + 1) - prefix_at(prefix_x, a1) if rows > 0 else 0
                single_sum += q_error(estimate(hist_x, nbx, a1, b1), single_true)
                if rows:
                    estimated = estimate(hist_x, nbx, a1, b1) * estimate(hist_y, nby, a2, b2) / <double>rows
                else:
                    estimated = 0.0
                true_count = 0
                for i in range(rows):
                    if a1 <= xs[i] <= b1 and a2 <= ys[i] <= b2:
                        true_count += 1
                qe = q_error(estimated, true_count)
                q_sum += qe
                if qe > worst:
                    worst = qe
                if qe <= 2.0:
                    within += 1
                checksum = (checksum * 1000003 + true_count) % MOD
        step = nbx // 8
        bounds = [hist_x[i].lo for i in range(0, nbx, step if step > 0 else 1)]
        return bounds, q_sum, worst, within, checksum, single_sum
    finally:
        free(xs); free(ys); free(ordered); free(prefix_x); free(prefix_y); free(hist_x); free(hist_y)
