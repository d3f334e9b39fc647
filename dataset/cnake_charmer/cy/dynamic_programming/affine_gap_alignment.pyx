# cython: language_level=3
"""Gotoh alignment with three rolling C rows and an enum for the DP layers.

The match and two gap layers are six malloc'd int rows swapped by pointer; the layer
that wins at the end is reported through a C enum, and the inner loop uses an inline
three-way max on C ints without the GIL.

Keywords: dynamic programming, sequence alignment, gotoh, affine gap, needleman-wunsch, bioinformatics
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Layer:
    LAYER_MATCH = 0
    LAYER_GAP_A = 1
    LAYER_GAP_B = 2


cdef int NEG = -1000000000


cdef inline int max3(int a, int b, int c) noexcept nogil:
    if b > a:
        a = b
    if c > a:
        a = c
    return a


@cython_benchmark(args=(320, 300, 73))
@cython.boundscheck(False)
@cython.wraparound(False)
def affine_gap_alignment(int n, int m, long long seed, int gap_open=4, int gap_extend=1):
    """Return (optimal score, ending layer 0/1/2, best score in the last row)."""
    cdef const char *pool = b"ACGT"
    cdef char *bases = <char *>malloc(n + m + 1)
    cdef int *rows = <int *>malloc(6 * (m + 1) * sizeof(int))
    cdef int *match = rows
    cdef int *gap_a = rows + (m + 1)
    cdef int *gap_b = rows + 2 * (m + 1)
    cdef int *nm = rows + 3 * (m + 1)
    cdef int *na = rows + 4 * (m + 1)
    cdef int *nb = rows + 5 * (m + 1)
    cdef int *tmp
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, j, score, last_row
    cdef Layer layer
    cdef char ai
    try:
        for i in range(n + m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            bases[i] = pool[(state >> 15) & 3]
        with nogil:
            for j in range(m + 1):
                match[j] = NEG
                gap_a[j] = NEG
                gap_b[j] = NEG
            match[0] = 0
            for j in range(1, m + 1):
                gap_b[j] = -gap_open - j * gap_extend
            for i in range(1, n + 1):
                ai = bases[i - 1]
                nm[0] = NEG
                nb[0] = NEG
                na[0] = -gap_open - i * gap_extend
                for j in range(1, m + 1):
                    nm[j] = max3(match[j - 1], gap_a[j - 1], gap_b[j - 1]) + (2 if ai == bases[n + j - 1] else -1)
                    na[j] = max3(match[j] - gap_open, gap_a[j], gap_b[j] - gap_open) - gap_extend
                    nb[j] = max3(nm[j - 1] - gap_open, nb[j - 1], na[j - 1] - gap_open) - gap_extend
                tmp = match; match = nm; nm = tmp
                tmp = gap_a; gap_a = na; na = tmp
                tmp = gap_b; gap_b = nb; nb = tmp
            score = max3(match[m], gap_a[m], gap_b[m])
            if match[m] == score:
                layer = LAYER_MATCH
            elif gap_a[m] == score:
                layer = LAYER_GAP_A
            else:
                layer = LAYER_GAP_B
            last_row = NEG
            for j in range(m + 1):
                last_row = max3(last_row, max3(match[j], gap_a[j], gap_b[j]), NEG)
    finally:
        free(bases); free(rows)
    return (score, <int>layer, last_row)
