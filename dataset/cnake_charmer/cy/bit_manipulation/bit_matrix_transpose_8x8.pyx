# cython: language_level=3
"""8 x 8 bit-matrix transpose in three masked delta swaps on uint64_t.

The Hacker's Delight recursive transpose swaps 1x1 blocks across the diagonal of
2x2 blocks, then 2x2 blocks, then 4x4 blocks, each with one XOR-shift-mask delta
swap, replacing the 64-iteration bit loop with a dozen word operations.

Keywords: bit matrix, transpose, bit packing, 8x8 block, symmetry
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline uint64_t transpose8(uint64_t x) noexcept nogil:
    cdef uint64_t t
    t = (x ^ (x >> 7)) & 0x00AA00AA00AA00AAULL
    x = x ^ t ^ (t << 7)
    t = (x ^ (x >> 14)) & 0x0000CCCC0000CCCCULL
    x = x ^ t ^ (t << 14)
    t = (x ^ (x >> 28)) & 0x00000000F0F0F0F0ULL
    x = x ^ t ^ (t << 28)
    return x


@cython_benchmark(args=(10000, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def bit_matrix_transpose_8x8(long n, long long seed):
    """Return (symmetric matrices, double-transpose failures, transpose checksum, first 4 transposes)."""
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF) | 1
    cdef uint64_t m, t, checksum = 0
    cdef uint64_t diag = 0x8040201008040201ULL
    cdef long i, symmetric = 0, failures = 0
    cdef list first = []
    for i in range(n):
        state = state * 6364136223846793005ULL + 1442695040888963407ULL
        if i % 5:
            m = state
        else:
            m = (state & diag) | ((state & 0xFF) * 0x0101010101010101ULL & diag)
        t = transpose8(m)
        if t == m:
            symmetric += 1
        if transpose8(t) != m:
            failures += 1
        checksum = (checksum * 1099511628211ULL) ^ t
        if i < 4:
            first.append(t)
    return symmetric, failures, checksum, first
