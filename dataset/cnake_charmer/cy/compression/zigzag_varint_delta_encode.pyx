# cython: language_level=3
"""Delta/zigzag/varint coding with ``int64_t``/``uint64_t`` and a byte buffer.

Differences are ``int64_t``; the zigzag map uses an arithmetic shift and becomes a
``uint64_t`` that is emitted seven bits at a time into a ``uint8_t`` buffer sized for
the worst case. Decoding reverses the steps and compares against the original array.

Keywords: varint, zigzag, delta encoding, fixed width integers, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdint cimport int64_t, uint64_t, uint8_t, uint32_t

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def zigzag_varint_delta_encode(int n, int seed):
    """Return (encoded bytes, checksum, first 12 bytes, round trip ok, largest zigzag value)."""
    cdef int64_t *values = <int64_t *> malloc((n + 1) * sizeof(int64_t))
    cdef uint8_t *out = <uint8_t *> malloc(10 * n + 10)
    cdef unsigned long long state = seed
    cdef int64_t v = 1000000, step, d, prev = 0
    cdef uint64_t z, largest = 0
    cdef Py_ssize_t i, m = 0, k
    cdef int shift
    cdef uint8_t b
    cdef uint32_t checksum = 0
    cdef bint ok = True
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            step = <int64_t> ((state >> 8) % 200) - 100
            if state % 97 == 0:
                step *= 100000
            v += step
            values[i] = v
        for i in range(n):
            d = values[i] - prev
            prev = values[i]
            z = (<uint64_t> d << 1) ^ <uint64_t> (d >> 63)
            if z > largest:
                largest = z
            while z >= 0x80:
                out[m] = (z & 0x7F) | 0x80
                m += 1
                z >>= 7
            out[m] = <uint8_t> z
            m += 1
        prev = 0
        i = 0
        k = 0
        while i < m:
            z = 0
            shift = 0
            while True:
                b = out[i]
                i += 1
                z |= <uint64_t> (b & 0x7F) << shift
                shift += 7
                if b < 0x80:
                    break
            d = <int64_t> (z >> 1) ^ -<int64_t> (z & 1)
            prev += d
            if k >= n or values[k] != prev:
                ok = False
            k += 1
        ok = ok and k == n
        for i in range(m):
            checksum = checksum * 131 + out[i]
        return (m, checksum, [out[i] for i in range(m if m < 12 else 12)], ok, largest)
    finally:
        free(values)
        free(out)
