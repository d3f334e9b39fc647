# cython: language_level=3
"""Separable Gaussian blur of a checkerboard-and-ramp image.

The kernel, the image and the intermediate pass are malloc'd double buffers; exp is
taken straight from the C header through ``cdef extern from "math.h"``, and the two
convolution passes are nogil loops with clamped integer indices. Summation order is
kept identical to the Python version so the result matches bit for bit.

Keywords: image processing, gaussian blur, separable convolution, smoothing, kernel
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double exp(double x)


cdef inline int clampi(int v, int hi) noexcept nogil:
    if v < 0:
        return 0
    if v > hi:
        return hi
    return v


@cython_benchmark(args=(160, 130, 2.0))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gaussian_blur_separable(int width, int height, double sigma):
    """Blur a synthetic image with a separable Gaussian kernel."""
    if width <= 0 or height <= 0:
        return (0.0, 0.0, [])
    cdef int radius = <int>(3 * sigma)
    if radius < 1:
        radius = 1
    cdef int ksize = 2 * radius + 1
    cdef double* kernel = <double*>malloc(ksize * sizeof(double))
    cdef double* img = <double*>malloc(width * height * sizeof(double))
    cdef double* tmp = <double*>malloc(width * height * sizeof(double))
    cdef double* res = <double*>malloc(width * height * sizeof(double))
    cdef int x, y, k, kk
    cdef double acc, norm = 0.0, total = 0.0, peak
    if kernel == NULL or img == NULL or tmp == NULL or res == NULL:
        free(kernel); free(img); free(tmp); free(res)
        raise MemoryError()
    try:
        with nogil:
            for k in range(ksize):
                kk = k - radius
                kernel[k] = exp(-(<double>(kk * kk)) / (2 * sigma * sigma))
                norm += kernel[k]
            for k in range(ksize):
                kernel[k] = kernel[k] / norm
            for y in range(height):
                for x in range(width):
                    img[y * width + x] = (255.0 if ((x // 8) + (y // 8)) % 2 else 0.0) * 0.5 + x * 0.25
            for y in range(height):
                for x in range(width):
                    acc = 0.0
                    for k in range(ksize):
                        acc += kernel[k] * img[y * width + clampi(x + k - radius, width - 1)]
                    tmp[y * width + x] = acc
            for y in range(height):
                for x in range(width):
                    acc = 0.0
                    for k in range(ksize):
                        acc += kernel[k] * tmp[clampi(y + k - radius, height - 1) * width + x]
                    res[y * width + x] = acc
            peak = res[0]
            for y in range(height):
                for x in range(width):
                    total += res[y * width + x]
                    if res[y * width + x] > peak:
                        peak = res[y * width + x]
        step = width // 6 if width >= 6 else 1
        mid = (height // 2) * width
        return (total, peak, [res[mid + x] for x in range(0, width, step)])
    finally:
        free(kernel); free(img); free(tmp); free(res)
