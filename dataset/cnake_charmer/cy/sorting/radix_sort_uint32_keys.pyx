# cython: language_level=3
"""LSD radix sort of uint32_t keys with counting passes over C buffers.

Instead of Python bucket lists, every pass counts byte frequencies in a 256-entry C
array, turns them into offsets with a prefix sum and scatters the keys into a second
malloc'd uint32_t buffer; the two buffers swap roles between passes.

Keywords: radix sort, LSD, buckets, xorshift, unsigned integers, stable sort
"""

import cython
from libc.stdint cimport uint32_t
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(60000, 2024))
@cython.boundscheck(False)
@cython.wraparound(False)
def radix_sort_uint32_keys(Py_ssize_t n, long long seed):
    """Radix-sort n xorshift32 keys and return (samples, hash)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef uint32_t x = <uint32_t>seed
    cdef Py_ssize_t counts[256]
    cdef Py_ssize_t i, total, c
    cdef int shift, b
    cdef uint32_t h = 0
    cdef uint32_t *src
    cdef uint32_t *dst
    cdef uint32_t *tmp
    if x == 0:
        x = 0x9E3779B9u
    src = <uint32_t *>malloc((size + 1) * sizeof(uint32_t))
    dst = <uint32_t *>malloc((size + 1) * sizeof(uint32_t))
    if src == NULL or dst == NULL:
        free(src)
        free(dst)
        raise MemoryError()
    try:
        for i in range(size):
            x ^= x << 13
            x ^= x >> 17
            x ^= x << 5
            src[i] = x
        for shift in range(0, 32, 8):
            memset(counts, 0, sizeof(counts))
            for i in range(size):
                counts[(src[i] >> shift) & 0xFF] += 1
            total = 0
            for b in range(256):
                c = counts[b]
                counts[b] = total
                total += c
            for i in range(size):
                b = (src[i] >> shift) & 0xFF
                dst[counts[b]] = src[i]
                counts[b] += 1
            tmp = src
            src = dst
            dst = tmp
        for i in range(size):
            h = (h ^ src[i]) * 0x01000193u
        step = max(1, size // 12)
        samples = [src[i] for i in range(0, size, step)]
        return samples, h
    finally:
        free(src)
        free(dst)
