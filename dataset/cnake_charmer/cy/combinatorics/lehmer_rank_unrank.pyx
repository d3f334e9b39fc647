# cython: language_level=3
"""Lehmer ranking and unranking on small C arrays with a factorial table.

Factorials up to 20! fit in ``long long`` and are tabulated once; the shuffle, the
rank (counting smaller later elements) and the unrank (picking the k-th unused value
with a used-flag array) are all C loops on fixed-size stack arrays.

Keywords: combinatorics, permutations, lehmer code, factorial number system, ranking, unranking
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
cdef inline long long rank_of(const int *perm, int n, const long long *fact) noexcept nogil:
    cdef long long rank = 0
    cdef int i, j, smaller
    for i in range(n):
        smaller = 0
        for j in range(i + 1, n):
            if perm[j] < perm[i]:
                smaller += 1
        rank += smaller * fact[n - 1 - i]
    return rank


@cython.boundscheck(False)
cdef inline void unrank(long long target, int n, const long long *fact, int *out) noexcept nogil:
    cdef bint used[21]
    cdef int i, k, v
    cdef long long q
    for i in range(n):
        used[i] = False
    for i in range(n):
        q = target // fact[n - 1 - i]
        target = target % fact[n - 1 - i]
        k = <int>q
        for v in range(n):
            if not used[v]:
                if k == 0:
                    break
                k -= 1
        used[v] = True
        out[i] = v


@cython_benchmark(args=(12, 8000, 97))
@cython.boundscheck(False)
@cython.wraparound(False)
def lehmer_rank_unrank(int n, int queries, long long seed):
    """Return (rank checksum, unranked checksum, last unranked permutation)."""
    if n < 1 or n > 20:
        raise ValueError("n must be in 1..20")
    cdef long long fact[21]
    cdef int perm[21]
    cdef int rebuilt[21]
    cdef long long state = seed & 0x7FFFFFFF, total, offset, rank, rank_sum = 0, perm_sum = 0, s
    cdef int i, j, t, q
    fact[0] = 1
    for i in range(1, 21):
        fact[i] = fact[i - 1] * i
    total = fact[n]
    offset = total // 3 + 1
    for q in range(queries):
        for i in range(n):
            perm[i] = i
        for i in range(n - 1, 0, -1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = <int>((state >> 8) % (i + 1))
            t = perm[i]; perm[i] = perm[j]; perm[j] = t
        rank = rank_of(perm, n, fact)
        rank_sum = (rank_sum + rank) % 1000000007
        unrank((rank + offset) % total, n, fact, rebuilt)
        s = 0
        for i in range(n):
            s += (i + 1) * rebuilt[i]
        perm_sum = (perm_sum * 31 + s) % 1000000007
    last = [rebuilt[i] for i in range(n)] if queries > 0 else []
    return (rank_sum, perm_sum, last)
