# cython: language_level=3
"""PNG filter selection over a 2-D ``unsigned char`` memoryview.

The image is a C-contiguous ``unsigned char[:, ::1]`` memoryview over a bytearray; each
filter's residuals for a row go into a scratch ``unsigned char`` array (byte arithmetic
wraps modulo 256 for free) and the best candidate is copied with ``memcpy``. The Paeth
predictor is an inline cdef function.

Keywords: png, row filters, paeth predictor, memoryview, image compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int _paeth(int a, int b, int c) noexcept nogil:
    cdef int p = a + b - c
    cdef int pa = p - a if p >= a else a - p
    cdef int pb = p - b if p >= b else b - p
    cdef int pc = p - c if p >= c else c - p
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


@cython_benchmark(args=(160, 200, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def png_row_filter_selection(int height, int width, int seed):
    """Return (filter usage counts, total cost, filter of the first 12 rows, checksum of filtered bytes)."""
    cdef bytearray storage = bytearray(height * width + 1)
    cdef unsigned char[:, ::1] img = memoryview(storage)[:height * width].cast("B", (height, width)) \
        if height * width else None
    cdef unsigned char *out = <unsigned char *> malloc(width + 1)
    cdef unsigned char *best_out = <unsigned char *> malloc(width + 1)
    cdef unsigned long long state = seed
    cdef int usage[5]
    cdef int x, y, f, a, b, c, pred, best_f, o
    cdef long long cost, best_cost, total = 0
    cdef unsigned int checksum = 0
    cdef list chosen = []
    for f in range(5):
        usage[f] = 0
    try:
        for y in range(height):
            for x in range(width):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                img[y, x] = (x * 3 + y * 2 + (x * y) // 16 + (state >> 12) % 9) & 0xFF
        for y in range(height):
            best_cost = -1
            best_f = 0
            for f in range(5):
                cost = 0
                for x in range(width):
                    a = img[y, x - 1] if x else 0
                    b = img[y - 1, x] if y else 0
                    c = img[y - 1, x - 1] if x and y else 0
                    if f == 0:
                        pred = 0
                    elif f == 1:
                        pred = a
                    elif f == 2:
                        pred = b
                    elif f == 3:
                        pred = (a + b) // 2
                    else:
                        pred = _paeth(a, b, c)
                    out[x] = <unsigned char> (img[y, x] - pred)
                    cost += out[x] if out[x] < 128 else 256 - out[x]
                if best_cost < 0 or cost < best_cost:
                    best_cost = cost
                    best_f = f
                    memcpy(best_out, out, width)
            usage[best_f] += 1
            total += best_cost
            if len(chosen) < 12:
                chosen.append(best_f)
            for x in range(width):
                checksum = checksum * 31 + best_out[x]
        return ([usage[f] for f in range(5)], total, chosen, checksum)
    finally:
        free(out)
        free(best_out)
