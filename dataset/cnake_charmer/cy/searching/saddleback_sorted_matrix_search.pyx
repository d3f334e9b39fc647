# cython: language_level=3
"""Saddleback search over a 2-D C-contiguous memoryview.

The matrix is an int[:, ::1] memoryview over a cython.view.array, so element access is
a single multiply-add on the row stride; both staircase walks run as nogil C loops.

Keywords: saddleback search, sorted matrix, staircase, two-dimensional search, rank
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef long long rank_of(int[:, ::1] m, int size, int key) noexcept nogil:
    cdef long long count = 0
    cdef int r, c = size - 1
    for r in range(size):
        while c >= 0 and m[r, c] > key:
            c -= 1
        count += c + 1
    return count


@cython_benchmark(args=(300, 3000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def saddleback_sorted_matrix_search(int size, int queries, long long seed):
    """Return (found, walk steps, sum of ranks, first 8 counts of entries <= query)."""
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int r, c, q, above, left, v, key, top
    cdef long long found = 0, steps = 0, rank_total = 0, cnt
    cdef bint hit
    cdef list ranks = []
    cdef int n = size if size > 0 else 0
    cdef int[:, ::1] m
    if n > 0:
        m = cvarray(shape=(n, n), itemsize=sizeof(int), format="i")
        for r in range(n):
            for c in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                above = m[r - 1, c] if r else 0
                left = m[r, c - 1] if c else 0
                m[r, c] = (above if above > left else left) + <int>((state >> 12) % 5)
        top = m[n - 1, n - 1] + 2
    else:
        top = 2
    for q in range(queries):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        key = <int>(state % <unsigned long long>top)
        if n == 0:
            if q < 8:
                ranks.append(0)
            continue
        r = 0
        c = n - 1
        hit = False
        with nogil:
            while r < n and c >= 0:
                steps += 1
                v = m[r, c]
                if v == key:
                    hit = True
                    break
                if v > key:
                    c -= 1
                else:
                    r += 1
        if hit:
            found += 1
        cnt = rank_of(m, n, key)
        rank_total += cnt
        if q < 8:
            ranks.append(cnt)
    return found, steps, rank_total, ranks
