# cython: language_level=3
"""Ascii85 with big-endian ``uint32_t`` groups and base-85 digit loops.

Groups are assembled from the byte buffer with shifts into ``uint32_t`` words and
written as five digits with division by 85 (or a single ``z``), directly into a
preallocated ``bytes`` object via the CPython API; the decoder rebuilds words from
digits and compares them with the source using ``memcmp``.

Keywords: ascii85, base85, binary to text, cpython api, unsigned integers, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcmp, memset
from libc.stdint cimport uint32_t, uint8_t
from cpython.bytes cimport PyBytes_FromStringAndSize, PyBytes_AS_STRING

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(200000, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ascii85_block_encode(int n, int seed):
    """Return (encoded length, number of 'z' groups, first 30 characters, round trip ok)."""
    cdef int groups = (n + 3) // 4
    cdef uint8_t *data = <uint8_t *> malloc(groups * 4 + 4)
    cdef uint8_t *back = <uint8_t *> malloc(groups * 4 + 4)
    cdef bytes enc = PyBytes_FromStringAndSize(NULL, groups * 5 + 5)
    cdef char *e = PyBytes_AS_STRING(enc)
    cdef unsigned long long state = seed
    cdef int i, g, k, m = 0, pad = (4 - n % 4) % 4, zcount = 0, last, b = 0, cnt
    cdef uint32_t word
    cdef char digits[5]
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data[i] = 0 if (i // 64) % 3 == 0 else (state >> 11) & 0xFF
        memset(data + n, 0, groups * 4 + 4 - n)
        for g in range(groups):
            word = (<uint32_t> data[4 * g] << 24) | (<uint32_t> data[4 * g + 1] << 16) | \
                   (<uint32_t> data[4 * g + 2] << 8) | data[4 * g + 3]
            last = g == groups - 1 and pad
            if word == 0 and not last:
                e[m] = b'z'
                m += 1
                zcount += 1
                continue
            for k in range(4, -1, -1):
                digits[k] = 33 + word % 85
                word //= 85
            cnt = 5 - pad if last else 5
            for k in range(cnt):
                e[m + k] = digits[k]
            m += cnt
        # decode
        i = 0
        while i < m:
            if e[i] == b'z':
                back[b] = back[b + 1] = back[b + 2] = back[b + 3] = 0
                b += 4
                i += 1
                continue
            cnt = 5 if i + 5 <= m else m - i
            word = 0
            for k in range(5):
                word = word * 85 + ((<uint8_t> e[i + k] - 33) if k < cnt else 84)
            for k in range(cnt - 1):
                back[b + k] = (word >> (24 - 8 * k)) & 0xFF
            b += cnt - 1
            i += cnt
        return (m, zcount, enc[:(m if m < 30 else 30)].decode("ascii"), b == n and memcmp(back, data, n) == 0)
    finally:
        free(data)
        free(back)
