# cython: language_level=3
"""k-subset enumeration with an index array and incremental sums.

Combinations are generated in lexicographic order on a C index array; the subset
sum is updated incrementally from the position that changed rather than recomputed,
and everything is C integers until the final tuple is built.

Keywords: combinatorics, combinations, subsets, enumeration, subset sums
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(20, 9, 13, 37))
@cython.boundscheck(False)
@cython.wraparound(False)
def k_subset_sum_statistics(int n, int k, long long modulus, long long seed):
    """Return (subsets, sums divisible by modulus, min sum, max sum, first argmax indices)."""
    if k > n or k < 0:
        return (0, 0, -1, -1, ())
    cdef long long *weights = <long long *>malloc((n + 1) * sizeof(long long))
    cdef int *idx = <int *>malloc((k + 1) * sizeof(int))
    cdef int *best = <int *>malloc((k + 1) * sizeof(int))
    cdef long long *prefix = <long long *>malloc((k + 1) * sizeof(long long))
    cdef long long state = seed & 0x7FFFFFFF, s, low = -1, high = -1
    cdef long long total = 0, divisible = 0
    cdef int i, j, pos
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            weights[i] = 1 + (state >> 9) % 1000
        prefix[0] = 0
        for i in range(k):
            idx[i] = i
            prefix[i + 1] = prefix[i] + weights[i]
        while True:
            s = prefix[k]
            total += 1
            if s % modulus == 0:
                divisible += 1
            if low < 0 or s < low:
                low = s
            if high < 0 or s > high:
                high = s
                for j in range(k):
                    best[j] = idx[j]
            pos = k - 1
            while pos >= 0 and idx[pos] == n - k + pos:
                pos -= 1
            if pos < 0:
                break
            idx[pos] += 1
            prefix[pos + 1] = prefix[pos] + weights[idx[pos]]
            for j in range(pos + 1, k):
                idx[j] = idx[j - 1] + 1
                prefix[j + 1] = prefix[j] + weights[idx[j]]
        result = (total, divisible, low, high, tuple([best[j] for j in range(k)]))
    finally:
        free(weights); free(idx); free(best); free(prefix)
    return result
