# cython: language_level=3
"""PackBits over ``unsigned char`` buffers with ``memcpy``/``memset`` packets.

The encoder scans the input with two indices and writes headers and literal spans
(``memcpy``) into a worst-case-sized output buffer; the decoder expands run packets
with ``memset``. Everything happens in C buffers until the short summary is returned.

Keywords: packbits, tiff, run length, memcpy, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memset, memcmp

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(400000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def packbits_run_encode(int n, int seed):
    """Return (encoded length, run packets, literal packets, first 12 bytes, round trip ok)."""
    cdef unsigned char *data = <unsigned char *> malloc(n + 160)
    cdef unsigned char *out = <unsigned char *> malloc(2 * n + 16)
    cdef unsigned char *back = <unsigned char *> malloc(n + 160)
    cdef unsigned long long state = seed
    cdef Py_ssize_t pos = 0, i, j, m = 0, k, b = 0
    cdef int r, runs = 0, literals = 0, t, h
    try:
        while pos < n:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state % 3 == 0:
                r = 2 + (state >> 16) % 150
                memset(data + pos, (state >> 8) & 0xFF, r)
                pos += r
            else:
                r = 1 + (state >> 20) % 9
                for t in range(r):
                    data[pos + t] = (state >> (t + 4)) & 0xFF
                pos += r
        i = 0
        while i < n:
            r = 1
            while i + r < n and r < 128 and data[i + r] == data[i]:
                r += 1
            if r >= 2:
                out[m] = 257 - r
                out[m + 1] = data[i]
                m += 2
                runs += 1
                i += r
                continue
            j = i
            while j < n and j - i < 128 and not (j + 1 < n and data[j] == data[j + 1]):
                j += 1
            out[m] = j - i - 1
            memcpy(out + m + 1, data + i, j - i)
            m += 1 + j - i
            literals += 1
            i = j
        k = 0
        while k < m:
            h = out[k]
            if h < 128:
                memcpy(back + b, out + k + 1, h + 1)
                b += h + 1
                k += 2 + h
            else:
                memset(back + b, out[k + 1], 257 - h)
                b += 257 - h
                k += 2
        return (m, runs, literals, [out[k] for k in range(m if m < 12 else 12)],
                b == n and memcmp(back, data, n) == 0)
    finally:
        free(data)
        free(out)
        free(back)
