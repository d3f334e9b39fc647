# cython: language_level=3
"""Xorshift64 doubles via a C union instead of struct packing.

The Python side converts bits to a double with ``struct.pack``/``unpack``; here a C
union of a ``uint64_t`` and a ``double`` reinterprets the mantissa-stuffed word for free,
the generator runs on unsigned 64-bit C integers and the histogram is a calloc'ed
buffer.

Keywords: monte carlo, xorshift, ieee754, histogram, bit manipulation, uniform
"""

from libc.stdint cimport uint64_t
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef union Bits:
    uint64_t u
    double d


cdef inline uint64_t xorshift_step(uint64_t x) noexcept nogil:
    x ^= x << 13
    x ^= x >> 7
    x ^= x << 17
    return x


@cython_benchmark(args=(120000, 16, 88172645463325252))
def xorshift_uniform_histogram(long n, int bins, seed):
    """Return (bin counts, mean sample, last sample) for n xorshift doubles."""
    if bins <= 0:
        return [], 0.0, 0.0
    cdef uint64_t x = <uint64_t>(seed & 0xFFFFFFFFFFFFFFFF)
    if x == 0:
        x = 1
    cdef long *counts = <long *>calloc(bins, sizeof(long))
    if counts == NULL:
        raise MemoryError()
    cdef Bits b
    cdef double total = 0.0, value = 0.0
    cdef long i
    cdef int k
    try:
        with nogil:
            for i in range(n):
                x = xorshift_step(x)
                b.u = (x >> 12) | 0x3FF0000000000000ULL
                value = b.d - 1.0
                k = <int>(value * bins)
                if k > bins - 1:
                    k = bins - 1
                counts[k] += 1
                total += value
        mean = total / n if n > 0 else 0.0
        return [counts[k] for k in range(bins)], mean, value
    finally:
        free(counts)
