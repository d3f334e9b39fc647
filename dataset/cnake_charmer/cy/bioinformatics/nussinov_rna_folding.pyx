# cython: language_level=3
"""Nussinov RNA folding with row-pointer C tables and a 4x4 pairing lookup.

The triangular DP lives in one malloc'd ``int`` block addressed through an array of
row pointers (``int **``), bases are 2-bit codes, and whether two bases can pair is a
lookup in a fixed ``char[4][4]`` table. The O(n^3) fill and the stack-based traceback
run without the GIL; the stack is a C array of index pairs.

Keywords: bioinformatics, rna folding, secondary structure, nussinov, dynamic programming, dot-bracket
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MIN_LOOP = 3

# codes: A=0 C=1 G=2 U=3
cdef char CAN_PAIR[4][4]
memset(CAN_PAIR, 0, sizeof(CAN_PAIR))
CAN_PAIR[0][3] = 1
CAN_PAIR[3][0] = 1
CAN_PAIR[1][2] = 1
CAN_PAIR[2][1] = 1
CAN_PAIR[2][3] = 1
CAN_PAIR[3][2] = 1


@cython_benchmark(args=(220, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def nussinov_rna_folding(int n, long long seed):
    """Return (base pairs, dot-bracket structure, G-U wobble pairs, deepest nesting)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef unsigned char *rna = <unsigned char *>malloc(n + 1)
    cdef int *block = <int *>calloc(<size_t>n * n + 1, sizeof(int))
    cdef int **best = <int **>malloc((n + 1) * sizeof(int *))
    cdef int *stack = <int *>malloc((4 * n + 8) * sizeof(int))
    cdef char *structure = <char *>malloc(n + 1)
    cdef int i, j, k, span, value, cand, top = 0, wobble = 0, depth = 0, deepest = 0
    try:
        if rna == NULL or block == NULL or best == NULL or stack == NULL or structure == NULL:
            raise MemoryError()
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            rna[i] = (state >> 16) % 4
            best[i] = block + <size_t>i * n
        with nogil:
            for span in range(MIN_LOOP + 1, n):
                for i in range(n - span):
                    j = i + span
                    value = best[i][j - 1]
                    for k in range(i, j - MIN_LOOP):
                        if CAN_PAIR[rna[k]][rna[j]]:
                            cand = (best[i][k - 1] if k > i else 0) + best[k + 1][j - 1] + 1
                            if cand > value:
                                value = cand
                    best[i][j] = value
            memset(structure, b'.', n)
            stack[0] = 0
            stack[1] = n - 1
            top = 1
            while top > 0:
                top -= 1
                i = stack[2 * top]
                j = stack[2 * top + 1]
                if j - i <= MIN_LOOP:
                    continue
                if best[i][j] == best[i][j - 1]:
                    stack[2 * top] = i
                    stack[2 * top + 1] = j - 1
                    top += 1
                    continue
                for k in range(i, j - MIN_LOOP):
                    if CAN_PAIR[rna[k]][rna[j]] and \
                            (best[i][k - 1] if k > i else 0) + best[k + 1][j - 1] + 1 == best[i][j]:
                        structure[k] = b'('
                        structure[j] = b')'
                        if rna[k] + rna[j] == 5:  # G-U or U-G
                            wobble += 1
                        stack[2 * top] = i
                        stack[2 * top + 1] = k - 1
                        stack[2 * top + 2] = k + 1
                        stack[2 * top + 3] = j - 1
                        top += 2
                        break
            for i in range(n):
                if structure[i] == b'(':
                    depth += 1
                    if depth > deepest:
                        deepest = depth
                elif structure[i] == b')':
                    depth -= 1
        return (best[0][n - 1] if n else 0, structure[:n].decode("ascii"), wobble, deepest)
    finally:
        free(rna)
        free(block)
        free(best)
        free(stack)
        free(structure)
