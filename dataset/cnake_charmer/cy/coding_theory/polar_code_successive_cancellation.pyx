# cython: language_level=3
"""Polar code encoding and successive-cancellation decoding with integer LLRs — in-place recursion over one C scratch stack.

The recursive decoder is a nogil cdef function over raw int pointers: each level writes
its child LLRs into the next slice of a single preallocated scratch buffer (N ints in
total), decisions and partial sums are combined in place in a uint8_t array, and the
frozen mask and the rank order of bit-channels are plain C arrays (sorted with qsort).

Keywords: coding theory, polar code, successive cancellation, channel polarization, LLR, min-sum, butterfly
"""

import cython
from libc.stdint cimport uint8_t
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_popcount(unsigned int x) nogil


cdef int rank_key(const void *pa, const void *pb) noexcept nogil:
    cdef int a = (<const int *>pa)[0], b = (<const int *>pb)[0]
    cdef int wa = __builtin_popcount(a), wb = __builtin_popcount(b)
    if wa != wb:
        return wb - wa
    return b - a


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void sc(const int *llr, int length, const uint8_t *frozen, uint8_t *u, uint8_t *x, int *scratch) noexcept nogil:
    cdef int half, i, a, b, ma, mb
    if length == 1:
        if frozen[0] or llr[0] >= 0:
            u[0] = 0
        else:
            u[0] = 1
        x[0] = u[0]
        return
    half = length >> 1
    for i in range(half):
        a = llr[i]
        b = llr[i + half]
        ma = a if a >= 0 else -a
        mb = b if b >= 0 else -b
        if mb < ma:
            ma = mb
        scratch[i] = ma if (a < 0) == (b < 0) else -ma
    sc(scratch, half, frozen, u, x, scratch + half)
    for i in range(half):
        if x[i]:
            scratch[i] = llr[i + half] - llr[i]
        else:
            scratch[i] = llr[i + half] + llr[i]
    sc(scratch, half, frozen + half, u + half, x + half, scratch + half)
    for i in range(half):
        x[i] ^= x[i + half]


@cython_benchmark(args=(10, 512, 30, 15, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def polar_code_successive_cancellation(int n_log, int k, int frames, int amplitude, unsigned long long seed):
    """Return (frames correct, frame errors, info bit errors, checksum of decoded info bits)."""
    cdef int size = 1 << n_log
    cdef int *order = <int *>malloc(size * sizeof(int))
    cdef uint8_t *frozen = <uint8_t *>malloc(size)
    cdef uint8_t *u = <uint8_t *>malloc(size)
    cdef uint8_t *xw = <uint8_t *>malloc(size)
    cdef uint8_t *uh = <uint8_t *>malloc(size)
    cdef uint8_t *xh = <uint8_t *>malloc(size)
    cdef int *llr = <int *>malloc(size * sizeof(int))
    cdef int *scratch = <int *>malloc((size + 1) * sizeof(int))
    cdef unsigned long long state = seed
    cdef long good = 0, bad = 0, bit_errors = 0
    cdef long long checksum = 0
    cdef int i, h, t, j, noise, errors
    try:
        for i in range(size):
            order[i] = i
            frozen[i] = 1
        qsort(order, size, sizeof(int), rank_key)
        for i in range(k):
            frozen[order[i]] = 0
        with nogil:
            for t in range(frames):
                for i in range(size):
                    u[i] = 0
                    if not frozen[i]:
                        state = state * 6364136223846793005ULL + 1442695040888963407ULL
                        u[i] = <uint8_t>((state >> 33) & 1)
                    xw[i] = u[i]
                h = 1
                while h < size:
                    for i in range(size):
                        if not (i & h):
                            xw[i] ^= xw[i + h]
                    h *= 2
                for i in range(size):
                    noise = 0
                    for j in range(4):
                        state = state * 6364136223846793005ULL + 1442695040888963407ULL
                        noise += <int>((state >> 33) % 17) - 8
                    llr[i] = (amplitude if xw[i] == 0 else -amplitude) + noise
                sc(llr, size, frozen, uh, xh, scratch)
                errors = 0
                for i in range(size):
                    if not frozen[i]:
                        if uh[i] != u[i]:
                            errors += 1
                        checksum = (checksum * 2 + uh[i]) % 1000000007
                bit_errors += errors
                if errors:
                    bad += 1
                else:
                    good += 1
    finally:
        free(order); free(frozen); free(u); free(xw); free(uh); free(xh); free(llr); free(scratch)
    return good, bad, bit_errors, checksum
