# cython: language_level=3
"""Dice-total distribution with two double buffers swapped by pointer.

The distribution lives in malloc'd double arrays sized for the final range; each die
is a nogil convolution pass with the same accumulation order as the Python version,
and invalid input is rejected through an ``except -1`` validator.

Keywords: dynamic programming, probability, dice, convolution, distribution
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef int check_faces(int faces) except -1:
    if faces <= 0:
        raise ValueError("faces must be positive")
    return 0


@cython_benchmark(args=(90, 12, 700))
@cython.boundscheck(False)
@cython.wraparound(False)
def dice_sum_distribution(int dice, int faces, int threshold):
    """Return (most likely total, its probability, P(total >= threshold), mean total)."""
    check_faces(faces)
    cdef Py_ssize_t size = <Py_ssize_t>dice * faces + faces + 1
    cdef double *cur = <double *>malloc(size * sizeof(double))
    cdef double *nxt = <double *>malloc(size * sizeof(double))
    cdef double *tmp
    cdef double p = 1.0 / faces, share, tail = 0.0, mean = 0.0
    cdef Py_ssize_t length = 1, total, mode = 0
    cdef int d, face
    try:
        with nogil:
            cur[0] = 1.0
            for d in range(dice):
                memset(nxt, 0, (length + faces) * sizeof(double))
                for total in range(length):
                    if cur[total] == 0.0:
                        continue
                    share = cur[total] * p
                    for face in range(1, faces + 1):
                        nxt[total + face] += share
                length += faces
                tmp = cur; cur = nxt; nxt = tmp
            for total in range(length):
                if cur[total] > cur[mode]:
                    mode = total
                if total >= threshold:
                    tail += cur[total]
            for total in range(length):
                mean += total * cur[total]
        result = (mode, cur[mode], tail, mean)
    finally:
        free(cur); free(nxt)
    return result
