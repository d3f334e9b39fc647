# cython: language_level=3
"""Top-k per group in fixed C slots: one small sorted buffer per league.

Every league owns k consecutive slots of a malloc'd score array and a player array,
kept sorted best-first. A new record is compared with the league's current k-th score
and, if better, inserted by shifting, so the scan is a nogil loop over C arrays with no
heaps of tuples or dictionary of lists.

Keywords: top-k, per group, insertion, bounded buffer, leaderboard, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline bint better(int s1, int p1, int s2, int p2) noexcept nogil:
    return s1 > s2 or (s1 == s2 and p1 < p2)


@cython_benchmark(args=(150000, 400, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def top_k_scores_per_group(int n, int leagues, int k):
    """Keep the k best (score, player) per league; return (first leagues' tops, checksum, full leagues)."""
    if n <= 0 or leagues <= 0 or k <= 0:
        return [], 0, 0
    cdef int *sc = <int *> malloc(leagues * k * sizeof(int))
    cdef int *pl = <int *> malloc(leagues * k * sizeof(int))
    cdef int *cnt = <int *> calloc(leagues, sizeof(int))
    cdef long long state = 86420, checksum = 0
    cdef int player, g, s, pos, base, full = 0, j
    try:
        with nogil:
            for player in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                g = (state >> 6) % leagues
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                s = (state >> 4) % 100000 + g * 13
                base = g * k
                if cnt[g] < k:
                    pos = cnt[g]
                    cnt[g] += 1
                elif better(s, player, sc[base + k - 1], pl[base + k - 1]):
                    pos = k - 1
                else:
                    continue
                while pos > 0 and better(s, player, sc[base + pos - 1], pl[base + pos - 1]):
                    sc[base + pos] = sc[base + pos - 1]
                    pl[base + pos] = pl[base + pos - 1]
                    pos -= 1
                sc[base + pos] = s
                pl[base + pos] = player
            for g in range(leagues):
                if cnt[g] == k:
                    full += 1
                for j in range(cnt[g]):
                    checksum = (checksum * 1000003 + <long long> pl[g * k + j] * 7 + sc[g * k + j]) % 998244353
        firsts = [[(pl[g * k + j], sc[g * k + j]) for j in range(cnt[g])] for g in range(min(leagues, 6))]
        return firsts, checksum, full
    finally:
        free(sc); free(pl); free(cnt)
