# distutils: language = c++
# cython: language_level=3
"""Kemeny-Young consensus ranking by exhaustive search — C++ next_permutation and a prefix-sum score table.

Permutations are stepped in lexicographic order with ``std::next_permutation`` on a
C int array. ``next_permutation`` leaves a prefix unchanged, so the score is kept as
per-depth partial sums: only the suffix from the first changed position is rescored
against a ``before[a]`` table (votes placing a above each already-placed candidate).

Keywords: elections, Kemeny-Young, consensus ranking, permutations, brute force, Kendall tau, pairwise agreement
"""

import cython
from libcpp.algorithm cimport next_permutation

from cnake_charmer.benchmarks import cython_benchmark

DEF MAXC = 12


@cython_benchmark(args=(8, 250, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
def kemeny_young_brute_force(int n_cands, int n_voters, long long seed):
    """Return (best order, best score, number of optimal orders, worst score, score total)."""
    if n_cands > MAXC:
        raise ValueError("too many candidates for brute force")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_cands
    cdef int centre[MAXC]
    cdef int ballot[MAXC]
    cdef int perm[MAXC]
    cdef int prev[MAXC]
    cdef int best_perm[MAXC]
    cdef long long d[MAXC][MAXC]
    cdef long long partial[MAXC + 1]
    cdef int i, j, t, v, swaps, a, start
    cdef long long best = -1, worst = -1, total = 0, ties = 0, score, gain
    for i in range(n):
        centre[i] = i
        for j in range(n):
            d[i][j] = 0
    for i in range(n - 1, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = <int>((state >> 16) % (i + 1))
        t = centre[i]; centre[i] = centre[j]; centre[j] = t
    for v in range(n_voters):
        for i in range(n):
            ballot[i] = centre[i]
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        swaps = <int>((state >> 16) % (2 * n + 1))
        for t in range(swaps):
            if n > 1:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                i = <int>((state >> 16) % (n - 1))
                a = ballot[i]; ballot[i] = ballot[i + 1]; ballot[i + 1] = a
        for i in range(n):
            for j in range(i + 1, n):
                d[ballot[i]][ballot[j]] += 1
    with nogil:
        for i in range(n):
            perm[i] = i
            prev[i] = -1
            best_perm[i] = i
        partial[0] = 0
        while True:
            start = 0
            while start < n and perm[start] == prev[start]:
                start += 1
            for i in range(start, n):
                gain = 0
                for j in range(i):
                    gain += d[perm[j]][perm[i]]
                partial[i + 1] = partial[i] + gain
                prev[i] = perm[i]
            score = partial[n]
            total += score
            if score > best:
                best = score
                ties = 1
                for i in range(n):
                    best_perm[i] = perm[i]
            elif score == best:
                ties += 1
            if worst < 0 or score < worst:
                worst = score
            if not next_permutation(perm, perm + n):
                break
    return ([best_perm[i] for i in range(n)], best, ties, worst, total,
            [centre[i] for i in range(n)])
