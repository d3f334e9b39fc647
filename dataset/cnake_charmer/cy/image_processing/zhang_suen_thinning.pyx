# cython: language_level=3
"""Zhang-Suen thinning of thick synthetic strokes to a one-pixel skeleton.

The bitmap is an unsigned-char buffer; each sub-iteration marks deletions in a second
buffer, and the neighbour ring is read into a C array so the B(p) and A(p) tests are
unrolled integer checks. No Python lists or tuples are built per pixel.

Keywords: image processing, thinning, skeletonisation, zhang suen, morphology, binary
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150, 120))
@cython.boundscheck(False)
@cython.wraparound(False)
def zhang_suen_thinning(int width, int height):
    """Skeletonise a synthetic binary image with Zhang-Suen thinning."""
    if width <= 0 or height <= 0:
        return (0, 1, 0, 0)
    cdef unsigned char* img = <unsigned char*>calloc(width * height, 1)
    cdef unsigned char* mark = <unsigned char*>calloc(width * height, 1)
    cdef int x, y, i, b, a, step, dx, dy, s, iterations = 0, nrem
    cdef int p[8]
    cdef bint changed = True, band, rect, bar
    cdef long long size = 0, checksum = 0, ends = 0
    if img == NULL or mark == NULL:
        free(img); free(mark)
        raise MemoryError()
    try:
        for y in range(height):
            for x in range(width):
                band = abs((x - y) - width // 5) < 6
                rect = height // 6 < y < height // 2 and width // 10 < x < width // 2
                bar = 2 * height // 3 < y < 2 * height // 3 + 9 and 5 < x < width - 5
                img[y * width + x] = 1 if (band or rect or bar) else 0
        while changed:
            changed = False
            iterations += 1
            for step in range(2):
                nrem = 0
                for y in range(1, height - 1):
                    for x in range(1, width - 1):
                        if not img[y * width + x]:
                            continue
                        p[0] = img[(y - 1) * width + x]
                        p[1] = img[(y - 1) * width + x + 1]
                        p[2] = img[y * width + x + 1]
                        p[3] = img[(y + 1) * width + x + 1]
                        p[4] = img[(y + 1) * width + x]
                        p[5] = img[(y + 1) * width + x - 1]
                        p[6] = img[y * width + x - 1]
                        p[7] = img[(y - 1) * width + x - 1]
                        b = p[0] + p[1] + p[2] + p[3] + p[4] + p[5] + p[6] + p[7]
                        if b < 2 or b > 6:
                            continue
                        a = 0
                        for i in range(8):
                            if p[i] == 0 and p[(i + 1) & 7] == 1:
                                a += 1
                        if a != 1:
                            continue
                        if step == 0:
                            if p[0] * p[2] * p[4] == 0 and p[2] * p[4] * p[6] == 0:
                                mark[y * width + x] = 1
                                nrem += 1
                        elif p[0] * p[2] * p[6] == 0 and p[0] * p[4] * p[6] == 0:
                            mark[y * width + x] = 1
                            nrem += 1
                if nrem:
                    changed = True
                    for i in range(width * height):
                        if mark[i]:
                            img[i] = 0
                            mark[i] = 0
        for y in range(height):
            for x in range(width):
                if img[y * width + x]:
                    size += 1
                    checksum += (y * width + x) % 9973
        for y in range(1, height - 1):
            for x in range(1, width - 1):
                if img[y * width + x]:
                    s = 0
                    for dy in range(-1, 2):
                        for dx in range(-1, 2):
                            s += img[(y + dy) * width + x + dx]
                    if s == 2:
                        ends += 1
        return (size, iterations, checksum, ends)
    finally:
        free(img); free(mark)
