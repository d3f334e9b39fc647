# cython: language_level=3
"""Generating terrain from seeded 2-D Perlin gradient noise summed as fractal Brownian motion — C tables and prange.

The doubled permutation table is a fixed ``unsigned char[512]`` C array and the eight
gradients a ``const double[8][2]`` table; fade, lerp, gradient and noise are inline
nogil functions, and the fBm sum is evaluated for whole rows in parallel with
``prange`` into a height buffer (each cell independent), followed by a serial pass for
the class counts, range and checksum.

Keywords: graphics, perlin noise, gradient noise, fbm, procedural terrain, permutation table
"""

import cython
from cython.parallel cimport prange
from libc.math cimport floor, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef double GRAD[8][2]
GRAD[0][:] = [1.0, 1.0]
GRAD[1][:] = [-1.0, 1.0]
GRAD[2][:] = [1.0, -1.0]
GRAD[3][:] = [-1.0, -1.0]
GRAD[4][:] = [1.0, 0.0]
GRAD[5][:] = [-1.0, 0.0]
GRAD[6][:] = [0.0, 1.0]
GRAD[7][:] = [0.0, -1.0]

cdef double LEVELS[4]
LEVELS[:] = [-0.1, 0.0, 0.25, 0.45]


cdef inline double fade(double t) noexcept nogil:
    return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)


cdef inline double lerp(double a, double b, double t) noexcept nogil:
    return a + t * (b - a)


cdef inline double grad(int hashed, double x, double y) noexcept nogil:
    return GRAD[hashed & 7][0] * x + GRAD[hashed & 7][1] * y


cdef inline double noise(const unsigned char *perm, double x, double y) noexcept nogil:
    cdef double fx = floor(x), fy = floor(y)
    cdef long xi = <long>fx, yi = <long>fy
    cdef double xf = x - xi, yf = y - yi
    cdef double u, v, bottom, top
    cdef int aa, ab, ba, bb
    xi = xi & 255
    yi = yi & 255
    u = fade(xf)
    v = fade(yf)
    aa = perm[perm[xi] + yi]
    ab = perm[perm[xi] + yi + 1]
    ba = perm[perm[xi + 1] + yi]
    bb = perm[perm[xi + 1] + yi + 1]
    bottom = lerp(grad(aa, xf, yf), grad(ba, xf - 1.0, yf), u)
    top = lerp(grad(ab, xf, yf - 1.0), grad(bb, xf - 1.0, yf - 1.0), u)
    return lerp(bottom, top, v)


@cython_benchmark(args=(160, 160, 5, 0.035, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def perlin_noise_fbm_terrain(int width, int height, int octaves, double frequency, long long seed):
    """Sample `octaves` of Perlin noise over a width x height grid and classify it."""
    cdef unsigned char perm[512]
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, j, x, y, o, band, tmp
    cdef Py_ssize_t n = <Py_ssize_t>width * height, q
    cdef double *field = <double *>malloc((n + 1) * sizeof(double))
    cdef long *milli = <long *>malloc((n + 1) * sizeof(long))
    cdef double total, amplitude, scale, lowest = INFINITY, highest = -INFINITY
    cdef long long checksum = 0
    cdef long long classes[5]
    if field == NULL or milli == NULL:
        free(field); free(milli)
        raise MemoryError()
    try:
        for i in range(256):
            perm[i] = <unsigned char>i
        for i in range(255, 0, -1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = <int>((state >> 16) % (i + 1))
            tmp = perm[i]
            perm[i] = perm[j]
            perm[j] = <unsigned char>tmp
        for i in range(256):
            perm[256 + i] = perm[i]
        for y in prange(height, nogil=True, schedule='static'):
            for x in range(width):
                total = 0.0
                amplitude = 1.0
                scale = frequency
                for o in range(octaves):
                    total = total + amplitude * noise(perm, x * scale + 0.31, y * scale + 0.67)
                    amplitude = amplitude * 0.5
                    scale = scale * 2.0
                field[y * width + x] = total
                milli[y * width + x] = <long>(total * 1000.0)
        for i in range(5):
            classes[i] = 0
        for q in range(n):
            total = field[q]
            band = 0
            while band < 4 and total >= LEVELS[band]:
                band += 1
            classes[band] += 1
            if total < lowest:
                lowest = total
            if total > highest:
                highest = total
            checksum = (checksum * 1031 + milli[q] + 5000) % 1000000007
        step = max(1, n // 10)
        samples = [milli[q] for q in range(0, n, step)][:10]
        if n == 0:
            lowest = highest = 0.0
        return ([classes[i] for i in range(5)], lowest, highest, checksum, samples)
    finally:
        free(field); free(milli)
