# distutils: language = c++
# cython: language_level=3
"""Haar wavelet denoising with in-place lifting on a malloc'd buffer.

Analysis and synthesis passes write into a scratch C array and copy back with memcpy,
so no lists are concatenated per level; the threshold's median is found with
std::nth_element on a vector of absolute details, and soft thresholding uses libm
copysign and fmax.

Keywords: wavelet transform, haar wavelet, memcpy, nth_element, malloc, c++
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport nth_element
from libc.math cimport sin, sqrt, log, fabs, copysign, fmax, pow, M_PI
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef void analyse(double *c, double *tmp, int length, double s) noexcept nogil:
    cdef int half = length // 2, i
    for i in range(half):
        tmp[i] = (c[2 * i] + c[2 * i + 1]) * s
        tmp[half + i] = (c[2 * i] - c[2 * i + 1]) * s
    memcpy(c, tmp, length * sizeof(double))


cdef void synthesise(double *c, double *tmp, int half, double s) noexcept nogil:
    cdef int i
    for i in range(half):
        tmp[2 * i] = (c[i] + c[half + i]) * s
        tmp[2 * i + 1] = (c[i] - c[half + i]) * s
    memcpy(c, tmp, 2 * half * sizeof(double))


@cython_benchmark(args=(16, 6))
@cython.cdivision(True)
def haar_wavelet_denoise(int p, int levels):
    """Denoise a 2^p-sample signal with `levels` Haar levels; return errors, threshold, samples."""
    cdef int n = 1 << p, i, lev, length
    if levels > p:
        levels = p
    if levels < 0:
        levels = 0
    cdef double s = sqrt(0.5), threshold = 0.0, sigma, en = 0.0, ec = 0.0
    cdef double *buf = <double *> malloc(4 * n * sizeof(double))
    cdef double *clean = buf
    cdef double *noisy = buf + n
    cdef double *c = buf + 2 * n
    cdef double *tmp = buf + 3 * n
    cdef vector[double] finest
    cdef long long state = 6060
    if buf == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            clean[i] = (1.0 if (i * 8 // n) % 2 else -0.5) + 0.5 * sin(6.0 * M_PI * i / n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noisy[i] = clean[i] + 0.4 * (state / <double> 0x7FFFFFFF - 0.5)
            c[i] = noisy[i]
        length = n
        for lev in range(levels):
            analyse(c, tmp, length, s)
            length //= 2
        if levels > 0:
            finest.resize(n // 2)
            for i in range(n // 2):
                finest[i] = fabs(c[n // 2 + i])
            nth_element(finest.begin(), finest.begin() + finest.size() // 2, finest.end())
            sigma = finest[finest.size() // 2] / 0.6745
            threshold = sigma * sqrt(2.0 * log(<double> n))
            for i in range(length, n):
                c[i] = copysign(fmax(fabs(c[i]) - threshold, 0.0), c[i])
        for lev in range(levels):
            synthesise(c, tmp, length, s)
            length *= 2
        for i in range(n):
            en += pow(noisy[i] - clean[i], 2.0)
            ec += pow(c[i] - clean[i], 2.0)
        return sqrt(en / n), sqrt(ec / n), threshold, [c[i] for i in range(0, n, n // 8 if n // 8 > 1 else 1)]
    finally:
        free(buf)
