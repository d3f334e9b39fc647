# cython: language_level=3
"""Floyd-Steinberg error-diffusion dithering of a radial gradient to black and white.

Only two rows of error-carrying ints are kept (current and next), swapped by pointer
after every row, so the diffusion is pure C arithmetic. Python's floor division is kept
(cdivision off) because the diffused errors are negative as often as positive.

Keywords: image processing, dithering, floyd steinberg, error diffusion, halftone
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef void fill_row(int* row, int y, int width, int cx, int cy, long long scale) noexcept:
    cdef int x
    cdef long long d
    for x in range(width):
        d = <long long>(x - cx) * (x - cx) + <long long>(y - cy) * (y - cy)
        row[x] = <int>(255 - (255 * d) // scale)


@cython_benchmark(args=(320, 280))
@cython.boundscheck(False)
@cython.wraparound(False)
def floyd_steinberg_dither(int width, int height):
    """Dither a radial gradient with Floyd-Steinberg error diffusion."""
    if width <= 0 or height <= 0:
        return (0, 0, [])
    cdef int cx = width // 2, cy = height // 2
    cdef long long scale = <long long>cx * cx + <long long>cy * cy
    if scale < 1:
        scale = 1
    cdef int* row = <int*>malloc(width * sizeof(int))
    cdef int* below = <int*>malloc(width * sizeof(int))
    cdef int* tmp
    cdef int x, y, old, new, err
    cdef long long white = 0, checksum = 0
    first = []
    if row == NULL or below == NULL:
        free(row); free(below)
        raise MemoryError()
    try:
        fill_row(row, 0, width, cx, cy, scale)
        for y in range(height):
            if y + 1 < height:
                fill_row(below, y + 1, width, cx, cy, scale)
            for x in range(width):
                old = row[x]
                new = 255 if old >= 128 else 0
                err = old - new
                if new:
                    white += 1
                    checksum = (checksum * 31 + x * 7 + y) % 1000000007
                if y == 0 and x < 40:
                    first.append(1 if new else 0)
                if x + 1 < width:
                    row[x + 1] += (err * 7) // 16
                if y + 1 < height:
                    if x > 0:
                        below[x - 1] += (err * 3) // 16
                    below[x] += (err * 5) // 16
                    if x + 1 < width:
                        below[x + 1] += err // 16
            tmp = row
            row = below
            below = tmp
        return (white, checksum, first)
    finally:
        free(row); free(below)
