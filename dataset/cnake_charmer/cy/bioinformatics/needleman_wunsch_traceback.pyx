# cython: language_level=3
"""Needleman-Wunsch global alignment with traceback — flat C score matrix filled without the GIL.

The sequences live in malloc'd byte buffers and the (n+1) x (m+1) score matrix is one
contiguous ``int`` block; the fill and the traceback run in ``nogil`` loops with an
inline scoring function, writing the aligned rows into C character buffers.

Keywords: bioinformatics, sequence alignment, needleman-wunsch, global alignment, traceback, dynamic programming
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int _pair(char x, char y, int match, int mismatch) noexcept nogil:
    return match if x == y else mismatch


cdef inline int _max3(int p, int q, int r) noexcept nogil:
    if q > p:
        p = q
    return r if r > p else p


@cython_benchmark(args=(850, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def needleman_wunsch_traceback(int n, long long seed, int match=2, int mismatch=-1, int gap=-2):
    """Return (score, alignment length, identities, gap columns, first 48 columns of each row)."""
    cdef const char *alphabet = b"ACGT"
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef char *a = <char *>malloc(n + 1)
    cdef char *b = <char *>malloc(2 * n + 1)
    cdef int *table = NULL
    cdef char *top = NULL
    cdef char *bottom = NULL
    cdef int i, j, m = 0, event, cols, here, length = 0, identities = 0, gaps = 0, k, shown
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a[i] = alphabet[(state >> 16) % 4]
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            event = (state >> 16) % 16
            if event == 0:
                continue
            if event == 1:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                b[m] = alphabet[(state >> 16) % 4]
                m += 1
            elif event == 2:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                b[m] = a[i]
                b[m + 1] = alphabet[(state >> 16) % 4]
                m += 2
            else:
                b[m] = a[i]
                m += 1
        cols = m + 1
        table = <int *>malloc((n + 1) * cols * sizeof(int))
        top = <char *>malloc(n + m + 1)
        bottom = <char *>malloc(n + m + 1)
        if table == NULL or top == NULL or bottom == NULL:
            raise MemoryError()
        with nogil:
            for j in range(cols):
                table[j] = j * gap
            for i in range(1, n + 1):
                table[i * cols] = i * gap
                for j in range(1, cols):
                    table[i * cols + j] = _max3(
                        table[(i - 1) * cols + j - 1] + _pair(a[i - 1], b[j - 1], match, mismatch),
                        table[(i - 1) * cols + j] + gap,
                        table[i * cols + j - 1] + gap)
            i = n
            j = m
            while i > 0 or j > 0:
                here = table[i * cols + j]
                if i > 0 and j > 0 and here == table[(i - 1) * cols + j - 1] + _pair(a[i - 1], b[j - 1], match, mismatch):
                    top[length] = a[i - 1]
                    bottom[length] = b[j - 1]
                    if a[i - 1] == b[j - 1]:
                        identities += 1
                    i -= 1
                    j -= 1
                elif i > 0 and here == table[(i - 1) * cols + j] + gap:
                    top[length] = a[i - 1]
                    bottom[length] = b'-'
                    gaps += 1
                    i -= 1
                else:
                    top[length] = b'-'
                    bottom[length] = b[j - 1]
                    gaps += 1
                    j -= 1
                length += 1
            # reverse both rows in place
            for k in range(length // 2):
                top[k], top[length - 1 - k] = top[length - 1 - k], top[k]
                bottom[k], bottom[length - 1 - k] = bottom[length - 1 - k], bottom[k]
        shown = length if length < 48 else 48
        return (table[n * cols + m], length, identities, gaps,
                top[:shown].decode("ascii"), bottom[:shown].decode("ascii"))
    finally:
        free(a)
        free(b)
        free(table)
        free(top)
        free(bottom)
