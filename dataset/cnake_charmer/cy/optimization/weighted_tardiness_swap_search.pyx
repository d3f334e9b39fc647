# cython: language_level=3
"""Weighted-tardiness swap descent with O(1) incremental swap evaluation.

Instead of recomputing the whole schedule for every trial swap, the start time of
each position is kept in a C prefix array; exchanging positions k and k+1 only
changes the tardiness of those two jobs, so the cost delta is computed in constant
time in a noexcept cdef, and the prefix entry is patched on acceptance.

Keywords: optimization, scheduling, weighted tardiness, local search, single machine
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long tard(long finish, long due, long weight) noexcept nogil:
    return weight * (finish - due) if finish > due else 0


cdef inline long swap_delta(const int *seq, const long *start, const long *p, const long *d,
                            const long *w, int k) noexcept nogil:
    cdef int a = seq[k], b = seq[k + 1]
    cdef long t0 = start[k]
    cdef long before = tard(t0 + p[a], d[a], w[a]) + tard(t0 + p[a] + p[b], d[b], w[b])
    cdef long after = tard(t0 + p[b], d[b], w[b]) + tard(t0 + p[b] + p[a], d[a], w[a])
    return after - before


@cython_benchmark(args=(160, 6))
def weighted_tardiness_swap_search(int jobs, long seed):
    """Return (EDD cost, final cost, swaps made, final sequence)."""
    cdef int n = jobs if jobs > 0 else 0
    cdef long *p = <long *>malloc((n + 1) * sizeof(long))
    cdef long *d = <long *>malloc((n + 1) * sizeof(long))
    cdef long *w = <long *>malloc((n + 1) * sizeof(long))
    cdef long *start = <long *>malloc((n + 1) * sizeof(long))
    cdef int *seq = <int *>malloc((n + 1) * sizeof(int))
    if p == NULL or d == NULL or w == NULL or start == NULL or seq == NULL:
        free(p); free(d); free(w); free(start); free(seq)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long horizon = 0, cost = 0, edd, delta, swaps = 0, t = 0
    cdef int j, k, tmp
    cdef bint improved = True
    try:
        for j in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            p[j] = 1 + <long>((state >> 8) % 20)
            horizon += p[j]
        for j in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            d[j] = <long>((state >> 8) % <unsigned long long>(horizon if horizon > 1 else 1))
        for j in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            w[j] = 1 + <long>((state >> 8) % 10)
        order = sorted(range(n), key=lambda i: (d[i], i))
        for k in range(n):
            seq[k] = order[k]
            start[k] = t
            t += p[seq[k]]
            cost += tard(t, d[seq[k]], w[seq[k]])
        edd = cost
        while improved:
            improved = False
            for k in range(n - 1):
                delta = swap_delta(seq, start, p, d, w, k)
                if delta < 0:
                    cost += delta
                    tmp = seq[k]; seq[k] = seq[k + 1]; seq[k + 1] = tmp
                    start[k + 1] = start[k] + p[seq[k]]
                    swaps += 1
                    improved = True
        return edd, cost, swaps, [seq[k] for k in range(n)]
    finally:
        free(p); free(d); free(w); free(start); free(seq)
