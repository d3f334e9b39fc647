# cython: language_level=3
"""STAR voting across many elections — ballots as a 2-D unsigned-char memoryview with fused scoring passes.

Each election's scores are written into a ``unsigned char[:, ::1]`` view over one
reused ``bytearray`` (voters x candidates). A single pass per ballot updates the score
totals and the favourite (plurality) tally; a second pass over just the two finalist
columns counts the runoff. No per-ballot Python lists are built.

Keywords: elections, STAR voting, score voting, automatic runoff, range voting, cardinal ballots, strategic exaggeration, plurality
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(500, 120, 7, 33))
@cython.boundscheck(False)
@cython.wraparound(False)
def star_voting_runoff_elections(int n_elections, int n_voters, int n_cands, long long seed):
    """Return (STAR win counts, score disagreements, plurality disagreements, runoff ties, first election)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_cands, m = n if n > 0 else 1, rows = n_voters if n_voters > 0 else 1
    buf = bytearray(rows * m)
    cdef unsigned char[:, ::1] sc = memoryview(buf).cast("B", (rows, m))
    cdef int *appeal = <int *>malloc(m * sizeof(int))
    cdef long long *totals = <long long *>malloc(m * sizeof(long long))
    cdef long long *fav = <long long *>malloc(m * sizeof(long long))
    cdef long long *wins = <long long *>calloc(m, sizeof(long long))
    cdef int e, v, c, s, hi, a, b, top, fv, winner, plur
    cdef long long a_pref, b_pref, differs_score = 0, differs_plur = 0, ties = 0
    first = None
    try:
        for e in range(n_elections):
            for c in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                appeal[c] = <int>((state >> 16) % 4)
                totals[c] = 0
                fav[c] = 0
            for v in range(n_voters):
                hi = 0
                for c in range(n):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    s = appeal[c] + <int>((state >> 16) % 3)
                    if s > 5:
                        s = 5
                    sc[v, c] = s
                    if s > hi:
                        hi = s
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if (state >> 16) % 3 == 0:
                    for c in range(n):
                        sc[v, c] = 5 if sc[v, c] == hi else 0
                fv = 0
                for c in range(n):
                    totals[c] += sc[v, c]
                    if sc[v, c] > sc[v, fv]:
                        fv = c
                if n > 0:
                    fav[fv] += 1
            if n == 0:
                continue
            a = -1
            b = -1
            for c in range(n):
                if a < 0 or totals[c] > totals[a]:
                    b = a
                    a = c
                elif b < 0 or totals[c] > totals[b]:
                    b = c
            a_pref = 0
            b_pref = 0
            if n == 1:
                winner = a
            else:
                for v in range(n_voters):
                    if sc[v, a] > sc[v, b]:
                        a_pref += 1
                    elif sc[v, b] > sc[v, a]:
                        b_pref += 1
                if a_pref != b_pref:
                    winner = a if a_pref > b_pref else b
                else:
                    ties += 1
                    winner = a
            plur = 0
            for c in range(n):
                if fav[c] > fav[plur]:
                    plur = c
            wins[winner] += 1
            differs_score += winner != a
            differs_plur += winner != plur
            if first is None:
                first = ([totals[c] for c in range(n)], [a, b] if n > 1 else [a], a_pref, b_pref, winner, plur)
        result = ([wins[c] for c in range(n)], differs_score, differs_plur, ties, first)
    finally:
        free(appeal); free(totals); free(fav); free(wins)
    return result
