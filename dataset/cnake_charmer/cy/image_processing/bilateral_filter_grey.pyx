# cython: language_level=3
"""Edge-preserving bilateral filter on a noisy step image.

The spatial weights are a precomputed C array indexed by offset, exp and fabs come from
``cdef extern from "math.h"``, and the window loop is a nogil C double loop over a flat
pixel buffer. The accumulation order matches the Python version exactly.

Keywords: image processing, bilateral filter, edge preserving, denoising, gaussian
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double exp(double x)
    double fabs(double x)


@cython_benchmark(args=(90, 70, 3, 20.0, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def bilateral_filter_grey(int width, int height, int radius, double sigma_r, long long seed):
    """Bilateral-filter a noisy synthetic step image."""
    if width <= 0 or height <= 0:
        return (0.0, 0.0, [])
    cdef int k = 2 * radius + 1
    cdef double* img = <double*>malloc(width * height * sizeof(double))
    cdef double* out = <double*>malloc(width * height * sizeof(double))
    cdef double* spatial = <double*>malloc(k * k * sizeof(double))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int x, y, dx, dy, xx, yy
    cdef double base, c, v, w, num, den, val, total = 0.0, change = 0.0
    cdef double sigma_s = (radius if radius > 1 else 1) / 2.0
    cdef double two_r = 2 * sigma_r * sigma_r
    if img == NULL or out == NULL or spatial == NULL:
        free(img); free(out); free(spatial)
        raise MemoryError()
    try:
        for y in range(height):
            for x in range(width):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                base = 50.0 if x < width // 2 else 170.0
                if y > height * 2 // 3:
                    base += 40.0
                img[y * width + x] = base + <double>(<int>((state >> 16) % 31) - 15)
        for dy in range(-radius, radius + 1):
            for dx in range(-radius, radius + 1):
                spatial[(dy + radius) * k + dx + radius] = exp(-(<double>(dx * dx + dy * dy)) / (2 * sigma_s * sigma_s))
        with nogil:
            for y in range(height):
                for x in range(width):
                    c = img[y * width + x]
                    num = 0.0
                    den = 0.0
                    for dy in range(-radius, radius + 1):
                        yy = y + dy
                        if yy < 0 or yy >= height:
                            continue
                        for dx in range(-radius, radius + 1):
                            xx = x + dx
                            if xx < 0 or xx >= width:
                                continue
                            v = img[yy * width + xx]
                            w = spatial[(dy + radius) * k + dx + radius] * exp(-((v - c) * (v - c)) / two_r)
                            num += w * v
                            den += w
                    val = num / den
                    out[y * width + x] = val
                    total += val
                    change += fabs(val - c)
        step = width // 8 if width >= 8 else 1
        mid = (height // 2) * width
        return (total, change / (width * height), [out[mid + x] for x in range(0, width, step)])
    finally:
        free(img); free(out); free(spatial)
