# cython: language_level=3
"""Bitonic sorting network with unsigned index arithmetic on a C array.

Indices and strides are unsigned ints so the XOR partner computation and the
direction test are single instructions; the data is a malloc'd unsigned short array
and the network runs inside a nogil block.

Keywords: bitonic sort, sorting network, compare exchange, power of two, oblivious
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(14, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def bitonic_sort_network(int log_size, long long seed):
    """Sort 2**log_size LCG values (0 <= log_size <= 20); return (swaps, checksum, samples)."""
    if not 0 <= log_size <= 20:
        raise ValueError("log_size must be between 0 and 20")
    cdef unsigned int n = 1u << log_size
    cdef unsigned int size, stride, i, partner
    cdef unsigned short a, b
    cdef bint ascending
    cdef long long swaps = 0, checksum = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef unsigned short *data = <unsigned short *>malloc(n * sizeof(unsigned short))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            data[i] = <unsigned short>(state % 65536)
        with nogil:
            size = 2
            while size <= n:
                stride = size >> 1
                while stride > 0:
                    for i in range(n):
                        partner = i ^ stride
                        if partner > i:
                            ascending = (i & size) == 0
                            a = data[i]
                            b = data[partner]
                            if a != b and (a > b) == ascending:
                                data[i] = b
                                data[partner] = a
                                swaps += 1
                    stride >>= 1
                size <<= 1
            for i in range(n):
                checksum = (checksum + <long long>data[i] * (i + 1)) % 1000000007
        step = max(1, n // 8)
        return swaps, checksum, [data[i] for i in range(0, n, step)]
    finally:
        free(data)
