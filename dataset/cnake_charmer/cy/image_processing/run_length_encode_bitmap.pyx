# cython: language_level=3
"""Run-length encoding of the rows of a thresholded interference pattern.

Each row is thresholded into a byte buffer and encoded inside a ``with nogil`` block;
runs are streamed into the checksum as they close, and only the first row's runs are
handed back to Python, through a short ``with gil`` section that appends the tuples.

Keywords: image processing, run length encoding, rle, compression, bitmap, threshold
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(500, 400))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def run_length_encode_bitmap(int width, int height):
    """Threshold a synthetic pattern and run-length encode each row."""
    cdef unsigned char* bits = <unsigned char*>malloc(width + 1)
    if bits == NULL:
        raise MemoryError()
    cdef int x, y, start, length
    cdef long d1, d2
    cdef long long runs_total = 0, longest = 0, checksum = 0
    first = []
    try:
        with nogil:
            for y in range(height):
                for x in range(width):
                    d1 = <long>(x - 40) * (x - 40) + <long>(y - 30) * (y - 30)
                    d2 = <long>(x - 300) * (x - 300) + <long>(y - 200) * (y - 200)
                    bits[x] = 1 if (d1 // 97) % 7 + (d2 // 131) % 5 > 5 else 0
                start = 0
                for x in range(1, width + 1):
                    if x == width or bits[x] != bits[start]:
                        length = x - start
                        runs_total += 1
                        if length > longest:
                            longest = length
                        checksum = (checksum * 131 + length * 2 + bits[start]) % 1000000009
                        if y == 0:
                            with gil:
                                if len(first) < 20:
                                    first.append((bits[start], length))
                        start = x
        return (runs_total, longest, first, checksum)
    finally:
        free(bits)
