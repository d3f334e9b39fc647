# cython: language_level=3
"""Instant-runoff voting on truncated ranked ballots — flat ballot array with per-ballot cursors.

Ballots are packed into one C int array with offsets. Because eliminations only ever
grow, each ballot keeps a cursor to its current top preference and only advances it
past newly eliminated candidates, so a round costs O(voters) instead of rescanning
every ballot from the start.

Keywords: elections, instant-runoff voting, IRV, ranked choice, exhausted ballots, elimination
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(30000, 14, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
def instant_runoff_exhausted_ballots(int n_voters, int n_cands, long long seed):
    """Return (winner, rounds) with per-round (tallies, exhausted, eliminated)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int *marks = <int *>malloc((<size_t>n_voters * n_cands + 1) * sizeof(int))
    cdef int *start = <int *>malloc((n_voters + 1) * sizeof(int))
    cdef int *cursor = <int *>malloc((n_voters + 1) * sizeof(int))
    cdef int *order = <int *>malloc((n_cands + 1) * sizeof(int))
    cdef char *out = <char *>calloc(n_cands + 1, sizeof(char))
    cdef long long *tally = <long long *>calloc(n_cands + 1, sizeof(long long))
    cdef int v, i, j, t, length, pos = 0, c, left = n_cands, leader, loser, end
    cdef long long exhausted, active
    rounds = []
    winner = -1
    try:
        for v in range(n_voters):
            for i in range(n_cands):
                order[i] = i
            for i in range(n_cands - 1, 0, -1):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                j = <int>((state >> 16) % (i + 1))
                t = order[i]; order[i] = order[j]; order[j] = t
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            length = <int>((state >> 16) % (n_cands + 1))
            start[v] = pos
            cursor[v] = pos
            for i in range(length):
                marks[pos] = order[i]
                pos += 1
        start[n_voters] = pos
        while left > 0:
            for c in range(n_cands):
                tally[c] = 0
            exhausted = 0
            with nogil:
                for v in range(n_voters):
                    i = cursor[v]
                    end = start[v + 1]
                    while i < end and out[marks[i]]:
                        i += 1
                    cursor[v] = i
                    if i == end:
                        exhausted += 1
                    else:
                        tally[marks[i]] += 1
            active = n_voters - exhausted
            leader = -1
            loser = -1
            for c in range(n_cands):
                if out[c]:
                    continue
                if leader < 0 or tally[c] > tally[leader]:
                    leader = c
                if loser < 0 or tally[c] <= tally[loser]:
                    loser = c
            snapshot = tuple([tally[c] for c in range(n_cands) if not out[c]])
            if left == 1 or 2 * tally[leader] > active:
                rounds.append((snapshot, exhausted, -1))
                winner = leader
                break
            rounds.append((snapshot, exhausted, loser))
            out[loser] = 1
            left -= 1
    finally:
        free(marks); free(start); free(cursor); free(order); free(out); free(tally)
    return (winner, rounds)
