# cython: language_level=3
"""Majority judgment with the iterative median-removal tie-break — histogram cursors instead of sorted lists.

Grades take six values, so each candidate is stored as a 6-bin histogram. A small
``Cursor`` struct replays the median-removal sequence straight from a copy of the
histogram: the lower median of the remaining multiset is found by a six-bin scan and
one count is decremented, so two candidates are compared step by step without
building, sorting or popping from length-n lists (an insertion sort orders them).

Keywords: elections, majority judgment, median grade, grading ballots, tie-breaking, Balinski-Laraki, cardinal voting
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

DEF LEVELS = 6


cdef struct Cursor:
    int cnt[LEVELS]
    int left


cdef inline int lower_median(Cursor *c) noexcept nogil:
    """Grade at index (left - 1) // 2 of the sorted remaining multiset."""
    cdef int target = (c.left - 1) // 2, g = 0, acc = 0
    while True:
        acc += c.cnt[g]
        if acc > target:
            return g
        g += 1


cdef int compare(int *ha, int *hb, int n, int *depth) noexcept nogil:
    """Return >0 if a ranks above b, <0 if below, 0 if equal; depth = common prefix length."""
    cdef Cursor a, b
    cdef int g, ga, gb, pos = 0
    for g in range(LEVELS):
        a.cnt[g] = ha[g]
        b.cnt[g] = hb[g]
    a.left = n
    b.left = n
    while pos < n:
        ga = lower_median(&a)
        gb = lower_median(&b)
        if ga != gb:
            depth[0] = pos
            return ga - gb
        a.cnt[ga] -= 1
        a.left -= 1
        b.cnt[gb] -= 1
        b.left -= 1
        pos += 1
    depth[0] = pos
    return 0


@cython_benchmark(args=(7000, 18, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def majority_judgment_median_tiebreak(int n_voters, int n_cands, long long seed):
    """Return (ranking, majority grades, grade histograms of the top two, tie-break depth)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_cands, v, c, g, i, j, cur, r, depth = 0
    cdef int *quality = <int *>malloc((n + 1) * sizeof(int))
    cdef int *hist = <int *>calloc((n + 1) * LEVELS, sizeof(int))
    cdef int *order = <int *>malloc((n + 1) * sizeof(int))
    cdef Cursor probe
    try:
        for c in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            quality[c] = <int>((state >> 16) % 4)
        for v in range(n_voters):
            for c in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                g = quality[c] + <int>((state >> 16) % 3)
                hist[c * LEVELS + (g if g < 5 else 5)] += 1
        for i in range(n):
            cur = i
            j = i
            while j > 0:
                r = compare(&hist[order[j - 1] * LEVELS], &hist[cur * LEVELS], n_voters, &depth)
                if r > 0 or (r == 0 and order[j - 1] < cur):
                    break
                order[j] = order[j - 1]
                j -= 1
            order[j] = cur
        majority = []
        for c in range(n):
            if n_voters == 0:
                majority.append(-1)
            else:
                for g in range(LEVELS):
                    probe.cnt[g] = hist[c * LEVELS + g]
                probe.left = n_voters
                majority.append(lower_median(&probe))
        depth = 0
        if n >= 2:
            compare(&hist[order[0] * LEVELS], &hist[order[1] * LEVELS], n_voters, &depth)
        top = [[hist[order[i] * LEVELS + g] for g in range(LEVELS)] for i in range(min(2, n))]
        ranking = [order[i] for i in range(n)]
    finally:
        free(quality); free(hist); free(order)
    return (ranking, majority, top, depth)
