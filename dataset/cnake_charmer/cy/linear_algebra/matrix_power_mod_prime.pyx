# cython: language_level=3
"""Modular matrix power with uint64 arithmetic and a fused-type multiply.

Entries stay below p < 2^30, so each product fits in 64 bits and a running sum is
reduced after every term. The multiply kernel is written once over a fused integer
type (used here with uint64) on flat malloc'd buffers, and the squarings ping-pong
between preallocated scratch blocks.

Keywords: matrix exponentiation, modular arithmetic, fused types, stdint, malloc, memcpy
"""

import cython
from libc.stdint cimport uint64_t, uint32_t
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark

ctypedef fused word_t:
    uint32_t
    uint64_t

cdef uint64_t MOD = 998244353


@cython.cdivision(True)
cdef void mulmod(const word_t *x, const word_t *y, word_t *out, int k) noexcept nogil:
    cdef int i, j, t
    cdef uint64_t s
    for i in range(k):
        for j in range(k):
            s = 0
            for t in range(k):
                s = (s + <uint64_t> x[i * k + t] * <uint64_t> y[t * k + j]) % MOD
            out[i * k + j] = <word_t> s


@cython_benchmark(args=(24, 1000000000000))
def matrix_power_mod_prime(int k, long long e):
    """A^e mod p for a k x k LCG matrix; return trace, checksum and first row."""
    if k <= 0:
        return 0, 0, []
    cdef size_t bytes_ = k * k * sizeof(uint64_t)
    cdef uint64_t *base = <uint64_t *> malloc(bytes_)
    cdef uint64_t *result = <uint64_t *> malloc(bytes_)
    cdef uint64_t *scratch = <uint64_t *> malloc(bytes_)
    cdef uint64_t state = 17, trace = 0, checksum = 0
    cdef int i, j
    if base == NULL or result == NULL or scratch == NULL:
        free(base); free(result); free(scratch)
        raise MemoryError()
    try:
        for i in range(k * k):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            base[i] = state % MOD
        for i in range(k):
            for j in range(k):
                result[i * k + j] = 1 if i == j else 0
        with nogil:
            while e > 0:
                if e & 1:
                    mulmod(result, base, scratch, k)
                    memcpy(result, scratch, bytes_)
                mulmod(base, base, scratch, k)
                memcpy(base, scratch, bytes_)
                e >>= 1
            for i in range(k):
                trace = (trace + result[i * k + i]) % MOD
            for i in range(k * k):
                checksum = (checksum + (<uint64_t> (i + 1)) * result[i]) % MOD
        return trace, checksum, [result[j] for j in range(k)]
    finally:
        free(base); free(result); free(scratch)
