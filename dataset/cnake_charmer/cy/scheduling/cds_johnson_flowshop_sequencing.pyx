# cython: language_level=3
"""CDS flow-shop heuristic with prefix sums, one qsort per surrogate and C makespans.

The processing-time matrix is a flat C array with per-job prefix sums, so each
surrogate's first- and last-k work is O(1). Johnson's two groups become one ``qsort``
over (group, key, index) structs with a ``cdef`` comparator — group 0 keyed by a,
group 1 by −b — and every sequence is evaluated with a single C completion-time row.

Keywords: scheduling, flow shop, johnson's rule, cds heuristic, makespan, permutation sequencing
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Rank:
    int group
    long key
    int index


cdef int rank_cmp(const void *pa, const void *pb) noexcept nogil:
    cdef const Rank *a = <const Rank *>pa
    cdef const Rank *b = <const Rank *>pb
    if a.group != b.group:
        return a.group - b.group
    if a.key != b.key:
        return -1 if a.key < b.key else 1
    return a.index - b.index


cdef long sequence_makespan(const int *times, int n, int m, const Rank *order, long *done) noexcept nogil:
    cdef int i, k
    cdef long ready
    cdef const int *row
    if n == 0:
        return 0
    for k in range(m):
        done[k] = 0
    for i in range(n):
        row = times + <Py_ssize_t>order[i].index * m
        ready = 0
        for k in range(m):
            if done[k] > ready:
                ready = done[k]
            ready += row[k]
            done[k] = ready
    return done[m - 1]


@cython_benchmark(args=(2000, 24, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def cds_johnson_flowshop_sequencing(int n, int m, long long seed):
    """Return (best makespan, best k, makespan per k, unsorted makespan, first 10 jobs of best sequence)."""
    cdef int *times = <int *>malloc((<Py_ssize_t>n * m + 1) * sizeof(int))
    cdef long *prefix = <long *>malloc((<Py_ssize_t>n * (m + 1) + 1) * sizeof(long))
    cdef Rank *order = <Rank *>malloc((n + 1) * sizeof(Rank))
    cdef int *best_seq = <int *>malloc((n + 1) * sizeof(int))
    cdef long *done = <long *>malloc((m + 1) * sizeof(long))
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, k, best_k = 0, kmax = m if m > 2 else 2
    cdef long a, b, span, best, identity
    cdef const long *pre
    per_k = []
    try:
        if times == NULL or prefix == NULL or order == NULL or best_seq == NULL or done == NULL:
            raise MemoryError()
        for i in range(n):
            pre = prefix + <Py_ssize_t>i * (m + 1)
            prefix[<Py_ssize_t>i * (m + 1)] = 0
            for k in range(m):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                times[<Py_ssize_t>i * m + k] = 1 + <int>((state >> 16) % <unsigned long long>(20 + 5 * k))
                prefix[<Py_ssize_t>i * (m + 1) + k + 1] = pre[k] + times[<Py_ssize_t>i * m + k]
        for i in range(n):
            order[i].group = 0
            order[i].key = 0
            order[i].index = i
            best_seq[i] = i
        identity = sequence_makespan(times, n, m, order, done)
        best = identity
        for k in range(1, kmax):
            with nogil:
                for i in range(n):
                    pre = prefix + <Py_ssize_t>i * (m + 1)
                    a = pre[k]
                    b = pre[m] - pre[m - k]
                    order[i].index = i
                    if a <= b:
                        order[i].group = 0
                        order[i].key = a
                    else:
                        order[i].group = 1
                        order[i].key = -b
                qsort(order, n, sizeof(Rank), rank_cmp)
                span = sequence_makespan(times, n, m, order, done)
            per_k.append(span)
            if span < best:
                best = span
                best_k = k
                for i in range(n):
                    best_seq[i] = order[i].index
        return (best, best_k, per_k, identity, [best_seq[i] for i in range(n if n < 10 else 10)])
    finally:
        free(times); free(prefix); free(order); free(best_seq); free(done)
