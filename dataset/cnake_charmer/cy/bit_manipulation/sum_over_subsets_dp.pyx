# cython: language_level=3
"""SOS DP with block-structured loops over int64_t arrays.

For each bit b the masks are visited in blocks of 2b, adding the lower half of each
block to the upper half, which touches only masks with bit b set and removes the
per-mask test; f, F and the inverse G are malloc'd int64_t arrays compared with
memcmp at the end.

Keywords: sum over subsets, zeta transform, Moebius inversion, bitmask DP, submasks
"""

import cython
from libc.stdint cimport int64_t
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memcmp

from cnake_charmer.benchmarks import cython_benchmark


cdef void transform(int64_t *a, Py_ssize_t n, int k, int sign) noexcept nogil:
    cdef Py_ssize_t b, base, j
    cdef int bit
    for bit in range(k):
        b = (<Py_ssize_t>1) << bit
        base = 0
        while base < n:
            for j in range(base, base + b):
                a[j + b] += sign * a[j]
            base += 2 * b


@cython_benchmark(args=(15, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def sum_over_subsets_dp(int k, long long seed):
    """Return (F at 8 spaced masks, checksum of F, inverse ok); 0 <= k <= 22."""
    if not 0 <= k <= 22:
        raise ValueError("k must be in 0..22")
    cdef Py_ssize_t n = (<Py_ssize_t>1) << k, i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long long checksum = 0
    cdef int64_t *f = <int64_t *>malloc(n * sizeof(int64_t))
    cdef int64_t *F = <int64_t *>malloc(n * sizeof(int64_t))
    cdef int64_t *G = <int64_t *>malloc(n * sizeof(int64_t))
    if f == NULL or F == NULL or G == NULL:
        free(f)
        free(F)
        free(G)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            f[i] = <int64_t>((state >> 8) % 1000)
        memcpy(F, f, n * sizeof(int64_t))
        with nogil:
            transform(F, n, k, 1)
            memcpy(G, F, n * sizeof(int64_t))
            transform(G, n, k, -1)
            for i in range(n):
                checksum = (checksum * 1000003 + F[i]) % 998244353
        ok = memcmp(f, G, n * sizeof(int64_t)) == 0
        step = max(1, n // 8)
        return [F[i] for i in range(0, n, step)], checksum, ok
    finally:
        free(f)
        free(F)
        free(G)
