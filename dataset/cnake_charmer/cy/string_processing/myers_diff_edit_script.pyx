# cython: language_level=3
"""Myers diff with the diagonal vector as an offset C array.

The furthest-reaching x per diagonal lives in a malloc'd ``int`` array indexed by
``k + offset`` (diagonals range over -(n+m)..n+m) instead of a dict; the snake that
follows matching characters compares two ``char`` buffers directly. Mutated copies are
built with ``memmove`` for insertions and deletions.

Keywords: myers diff, edit script, diagonals, memmove, strings
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memmove

from cnake_charmer.benchmarks import cython_benchmark


cdef int _myers(const char *a, int n, const char *b, int m, int *v) noexcept nogil:
    cdef int off = n + m + 1, d, k, x, y
    v[off + 1] = 0
    for d in range(n + m + 1):
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[off + k - 1] < v[off + k + 1]):
                x = v[off + k + 1]
            else:
                x = v[off + k - 1] + 1
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x += 1
                y += 1
            v[off + k] = x
            if x >= n and y >= m:
                return d
    return n + m


@cython_benchmark(args=(1500, 120, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def myers_diff_edit_script(int n_pairs, int length, int seed):
    """Return (total edit distance, largest distance, first 10 distances)."""
    cdef const char *alpha = b"acgt"
    cdef char *a = <char *> malloc(length + 1)
    cdef char *b = <char *> malloc(length + 16)
    cdef int *v = <int *> malloc((4 * length + 40) * sizeof(int))
    cdef unsigned long long state = seed
    cdef int p, i, e, edits, lb, pos, d, total = 0, best = 0
    cdef list first = []
    try:
        for p in range(n_pairs):
            for i in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                a[i] = alpha[(state >> 9) & 3]
            memcpy(b, a, length)
            lb = length
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            edits = state % 12
            for e in range(edits):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                pos = (state >> 5) % (lb + 1)
                if state % 3 == 0 and lb:
                    if pos > lb - 1:
                        pos = lb - 1
                    memmove(b + pos, b + pos + 1, lb - pos - 1)
                    lb -= 1
                elif state % 3 == 1:
                    memmove(b + pos + 1, b + pos, lb - pos)
                    b[pos] = alpha[(state >> 12) & 3]
                    lb += 1
                elif lb:
                    if pos > lb - 1:
                        pos = lb - 1
                    b[pos] = alpha[(state >> 12) & 3]
            d = _myers(a, length, b, lb, v)
            total += d
            if d > best:
                best = d
            if p < 10:
                first.append(d)
        return (total, best, first)
    finally:
        free(a)
        free(b)
        free(v)
