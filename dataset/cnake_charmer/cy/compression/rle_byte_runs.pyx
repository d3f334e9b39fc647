# cython: language_level=3
"""RLE straight into a preallocated bytes object via the CPython C API.

Input and output are ``bytes`` objects created with ``PyBytes_FromStringAndSize(NULL, n)``
and filled through their ``char *`` buffers (``memset`` writes each input run); the
encoder is a pointer walk and the decoder verifies the round trip with ``memcmp``
against the expanded runs.

Keywords: run length encoding, rle, cpython api, memset, compression
"""

import cython
from libc.string cimport memset, memcmp
from libc.stdlib cimport malloc, free
from cpython.bytes cimport PyBytes_FromStringAndSize, PyBytes_AS_STRING

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(1000000, 40, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def rle_byte_runs(int n, int max_run, int seed):
    """Return (encoded length, checksum, first 16 encoded bytes, round trip ok)."""
    cdef bytes data = PyBytes_FromStringAndSize(NULL, n)
    cdef unsigned char *d = <unsigned char *> PyBytes_AS_STRING(data)
    cdef unsigned char *out = <unsigned char *> malloc(2 * n + 2)
    cdef unsigned char *back = <unsigned char *> malloc(n + 1)
    cdef unsigned long long state = seed
    cdef Py_ssize_t pos = 0, i, j, m = 0, k, run, take
    cdef unsigned int checksum = 0
    cdef bint ok
    try:
        while pos < n:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            run = 1 + state % max_run
            if run > n - pos:
                run = n - pos
            memset(d + pos, 65 + (state >> 8) % 6, run)
            pos += run
        i = 0
        while i < n:
            j = i
            while j < n and d[j] == d[i]:
                j += 1
            run = j - i
            while run > 0:
                take = run if run < 255 else 255
                out[m] = take
                out[m + 1] = d[i]
                m += 2
                run -= take
            i = j
        k = 0
        for i in range(0, m, 2):
            memset(back + k, out[i + 1], out[i])
            k += out[i]
        ok = k == n and memcmp(back, d, n) == 0
        for i in range(m):
            checksum = checksum * 31 + out[i]
        return (m, checksum, [out[i] for i in range(m if m < 16 else 16)], ok)
    finally:
        free(out)
        free(back)
