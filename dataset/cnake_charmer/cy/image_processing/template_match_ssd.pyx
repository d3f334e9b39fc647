# cython: language_level=3
"""Template matching by sum of squared differences (SSD).

Image and template are flat int buffers; the SSD of each placement is a tight C double
loop with row pointers taken by address (&img[...]), and the best and runner-up scores
are tracked on the fly (ties broken by row then column, as the Python sort does)
instead of sorting every score.

Keywords: image processing, template matching, ssd, sliding window, correlation
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long long ssd_at(int* img, int width, int* tmpl, int size, int x, int y) noexcept nogil:
    cdef long long s = 0
    cdef int i, j, d
    cdef int* row
    cdef int* trow
    for j in range(size):
        row = &img[(y + j) * width + x]
        trow = &tmpl[j * size]
        for i in range(size):
            d = row[i] - trow[i]
            s += d * d
    return s


@cython_benchmark(args=(120, 90, 12, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def template_match_ssd(int width, int height, int size, long long seed):
    """Locate a perturbed template inside a synthetic image by SSD."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef int* img = <int*>malloc(width * height * sizeof(int) + 1)
    if img == NULL:
        raise MemoryError()
    cdef int* tmpl = NULL
    cdef int x, y, i, j, tx, ty, bx = 0, by = 0
    cdef long long s, best = -1, second = -1, count = 0
    try:
        for y in range(height):
            for x in range(width):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                img[y * width + x] = (x * 3 + y * 5) % 64 + <int>(state >> 25)
        if size > width or size > height or size <= 0:
            return ((-1, -1), -1, -1, 0)
        tmpl = <int*>malloc(size * size * sizeof(int))
        if tmpl == NULL:
            raise MemoryError()
        tx = (width - size) * 2 // 3
        ty = (height - size) // 3
        for j in range(size):
            for i in range(size):
                tmpl[j * size + i] = img[(ty + j) * width + tx + i] + (1 if (i + j) % 5 == 0 else 0)
        for y in range(height - size + 1):
            for x in range(width - size + 1):
                s = ssd_at(img, width, tmpl, size, x, y)
                count += 1
                if best < 0 or s < best:
                    second = best
                    best = s
                    bx = x
                    by = y
                elif second < 0 or s < second:
                    second = s
        return ((bx, by), best, second, count)
    finally:
        free(img)
        free(tmpl)
