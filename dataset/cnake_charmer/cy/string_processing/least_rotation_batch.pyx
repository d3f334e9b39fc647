# cython: language_level=3
"""Least rotation by ``memcmp`` over a doubled C buffer.

Each string is written twice into one ``char`` buffer so that every rotation is a
window of it; candidates are compared with ``memcmp`` instead of building
``length`` new Python strings per input.

Keywords: rotation, necklace, canonical form, lexicographic order, strings
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcmp, memcpy

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(5000, 48, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def least_rotation_batch(int m, int length, int seed):
    """Return (sum of rotation starts, first 20 starts, first 5 rotated strings)."""
    cdef char *buf = <char *> malloc(2 * length + 1)
    cdef unsigned long long state = seed
    cdef int w, i, best
    cdef long long total = 0
    cdef list starts = []
    cdef list rotated = []
    try:
        for w in range(m):
            for i in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                buf[i] = b"abc"[(state >> 9) % 3]
            memcpy(buf + length, buf, length)
            best = 0
            for i in range(1, length):
                if memcmp(buf + i, buf + best, length) < 0:
                    best = i
            total += best
            if w < 20:
                starts.append(best)
            if w < 5:
                rotated.append(buf[best:best + length].decode("ascii"))
        return (total, starts, rotated)
    finally:
        free(buf)
