# cython: language_level=3
"""Otsu's threshold on the histogram of a two-blob noisy image.

The image is never stored: each pixel is rendered with C doubles and dropped straight
into a fixed-size C histogram of unsigned ints, and Otsu's scan runs over that array
with typed accumulators. A ctypedef names the histogram count type.

Keywords: image processing, otsu, threshold, histogram, segmentation, binarisation
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

ctypedef long long count_t


@cython_benchmark(args=(420, 380, 99))
@cython.boundscheck(False)
@cython.wraparound(False)
def otsu_threshold_segmentation(int width, int height, long long seed):
    """Segment a synthetic image with Otsu's threshold."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef double cx1 = width / 3.0, cy1 = height / 2.0
    cdef double r1 = (width if width < height else height) / 4.0
    cdef double cx2 = 2.0 * width / 3.0, cy2 = height / 3.0
    cdef double r2 = (width if width < height else height) / 5.0
    cdef count_t hist[256]
    cdef int x, y, v, t, noise, best_t = 0, mode = 0
    cdef bint inside
    cdef count_t n = <count_t>width * height, w_back = 0, w_fore, sum_all = 0, sum_back = 0, fore = 0
    cdef double mean_b, mean_f, var, best_var = -1.0, dx, dy
    for t in range(256):
        hist[t] = 0
    for y in range(height):
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise = <int>((state >> 16) % 41) - 20
            dx = x - cx1
            dy = y - cy1
            inside = dx * dx + dy * dy < r1 * r1
            if not inside:
                dx = x - cx2
                dy = y - cy2
                inside = dx * dx + dy * dy < r2 * r2
            v = (180 if inside else 70) + noise
            if v < 0:
                v = 0
            elif v > 255:
                v = 255
            hist[v] += 1
    if n == 0:
        return (0, 0, 0.0, 0)
    for t in range(256):
        sum_all += t * hist[t]
    for t in range(256):
        w_back += hist[t]
        if w_back == 0:
            continue
        w_fore = n - w_back
        if w_fore == 0:
            break
        sum_back += t * hist[t]
        mean_b = <double>sum_back / w_back
        mean_f = <double>(sum_all - sum_back) / w_fore
        var = <double>w_back * w_fore * ((mean_b - mean_f) * (mean_b - mean_f))
        if var > best_var:
            best_var = var
            best_t = t
    for t in range(best_t + 1, 256):
        fore += hist[t]
    for t in range(256):
        if hist[t] > hist[mode]:
            mode = t
    return (best_t, fore, best_var if best_var > 0.0 else 0.0, mode)
