# cython: language_level=3
"""Monte Carlo frequency of the Condorcet paradox — tournament as bitmask rows, Smith set by popcount.

Each trial accumulates pairwise support in a fixed C matrix, then compresses the
majority tournament to one ``unsigned int`` "beats" mask per candidate. Copeland wins
are ``__builtin_popcount`` of a row, and a prefix of the Copeland order is dominant
when every member's mask covers the complement mask. The whole simulation, including
the 64-bit LCG, runs in a ``nogil`` cdef function writing into C counters.

Keywords: elections, Condorcet paradox, Condorcet winner, Smith set, impartial culture, majority tournament, Monte Carlo
"""

import cython
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_popcount(unsigned int) nogil

DEF MAXC = 31


cdef void simulate(long long trials, int voters, int n, unsigned long long state,
                   long long *no_winner, long long *winners, long long *sizes) noexcept nogil:
    cdef int support[MAXC][MAXC]
    cdef int ranking[MAXC]
    cdef int place[MAXC]
    cdef int order[MAXC]
    cdef unsigned int beats[MAXC]
    cdef unsigned int inside, outside, everyone = (1u << n) - 1u
    cdef long long t
    cdef int v, i, j, tmp, a, b, cut, size, wa, wb, ok
    for t in range(trials):
        memset(support, 0, sizeof(support))
        for v in range(voters):
            for i in range(n):
                ranking[i] = i
            for i in range(n - 1, 0, -1):
                state = state * 6364136223846793005ULL + 1442695040888963407ULL
                j = <int>((state >> 33) % <unsigned long long>(i + 1))
                tmp = ranking[i]; ranking[i] = ranking[j]; ranking[j] = tmp
            for i in range(n):
                place[ranking[i]] = i
            for a in range(n):
                for b in range(n):
                    if place[a] < place[b]:
                        support[a][b] += 1
        for a in range(n):
            beats[a] = 0
            for b in range(n):
                if 2 * support[a][b] > voters:
                    beats[a] |= 1u << b
        for i in range(n):
            a = i
            wa = __builtin_popcount(beats[a])
            j = i
            while j > 0:
                wb = __builtin_popcount(beats[order[j - 1]])
                if wb > wa or (wb == wa and order[j - 1] < a):
                    break
                order[j] = order[j - 1]
                j -= 1
            order[j] = a
        size = n
        inside = 0
        for cut in range(1, n + 1):
            inside |= 1u << order[cut - 1]
            outside = everyone & ~inside
            ok = 1
            for i in range(cut):
                if (beats[order[i]] & outside) != outside:
                    ok = 0
                    break
            if ok:
                size = cut
                break
        sizes[size] += 1
        if size == 1:
            winners[order[0]] += 1
        else:
            no_winner[0] += 1


@cython_benchmark(args=(1300, 25, 7, 2024))
@cython.boundscheck(False)
@cython.wraparound(False)
def condorcet_paradox_smith_set_montecarlo(long long trials, int n_voters, int n_cands, long long seed):
    """Return (trials without a Condorcet winner, winner counts per candidate, Smith size histogram)."""
    if n_cands > MAXC:
        raise ValueError("at most 31 candidates")
    cdef unsigned long long state = <unsigned long long>seed * 2654435761ULL + 1ULL
    cdef long long no_winner = 0
    cdef long long winners[MAXC + 1]
    cdef long long sizes[MAXC + 2]
    memset(winners, 0, sizeof(winners))
    memset(sizes, 0, sizeof(sizes))
    with nogil:
        simulate(trials, n_voters | 1, n_cands, state, &no_winner, winners, sizes)
    return (no_winner, [winners[c] for c in range(n_cands)],
            [(s, sizes[s]) for s in range(n_cands + 1) if sizes[s]])
