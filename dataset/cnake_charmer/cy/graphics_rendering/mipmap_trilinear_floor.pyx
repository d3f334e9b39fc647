# cython: language_level=3
"""Texturing a perspective ground plane with a mipmap chain and trilinear filtering — one packed pyramid.

The whole mip pyramid is a single malloc'd ``unsigned char`` block with a ``Level``
struct (size and pointer) per level, built by integer 2x2 averages in place; the
bilinear fetch is an inline nogil function with power-of-two wrap via bit masks, and
the per-pixel level of detail uses libc ``log2``/``floor`` so every blend matches the
Python floats exactly.

Keywords: graphics, texture mapping, mipmap, trilinear filtering, bilinear interpolation, level of detail
"""

import cython
from libc.math cimport floor, log2
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Level:
    long n
    unsigned char *texels


cdef inline double bilinear(Level lv, double s, double t) noexcept nogil:
    cdef double x = s - 0.5, y = t - 0.5
    cdef double xf = floor(x), yf = floor(y)
    cdef long x0 = <long>xf, y0 = <long>yf, mask = lv.n - 1
    cdef double fx = x - x0, fy = y - y0
    cdef long ax = x0 & mask, bx = (x0 + 1) & mask, ay = y0 & mask, by = (y0 + 1) & mask
    cdef int a = lv.texels[ay * lv.n + ax], b = lv.texels[ay * lv.n + bx]
    cdef int c = lv.texels[by * lv.n + ax], d = lv.texels[by * lv.n + bx]
    cdef double top = a + (b - a) * fx
    cdef double bottom = c + (d - c) * fx
    return top + (bottom - top) * fy


@cython_benchmark(args=(400, 300, 7, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def mipmap_trilinear_floor(int width, int height, int log_size, long long seed):
    """Render a width x height view of a floor textured with a 2**log_size texture."""
    cdef long n = 1 << log_size
    cdef long long state = seed & 0x7FFFFFFF
    cdef long cell = max(1, n // 8), total_texels = 0, m, x, y, px, py
    cdef int k, top_level = log_size, base, grey
    cdef Level levels[32]
    cdef unsigned char *pyramid
    cdef unsigned char *prev
    cdef unsigned char *cur
    cdef long long checksum = 0, total = 0, sky = 0
    cdef long long per_level[32]
    cdef double focal = width / 2.0, camera_height = 1.5, scale = n / 4.0
    cdef double depth, s, t, fp, fp2, lod, frac, near, far
    cdef long horizon = height // 3
    m = n
    for k in range(top_level + 1):
        total_texels += m * m
        m //= 2
    pyramid = <unsigned char *>malloc(total_texels)
    cdef int *image = <int *>malloc((<size_t>width * height + 1) * sizeof(int))
    if pyramid == NULL or image == NULL:
        free(pyramid); free(image)
        raise MemoryError()
    try:
        with nogil:
            levels[0].n = n
            levels[0].texels = pyramid
            for y in range(n):
                for x in range(n):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    pyramid[y * n + x] = <unsigned char>(40 + 160 * ((x // cell + y // cell) % 2) + (state >> 16) % 48)
            for k in range(1, top_level + 1):
                levels[k].n = levels[k - 1].n // 2
                levels[k].texels = levels[k - 1].texels + levels[k - 1].n * levels[k - 1].n
                prev = levels[k - 1].texels
                cur = levels[k].texels
                m = levels[k].n
                for y in range(m):
                    for x in range(m):
                        cur[y * m + x] = <unsigned char>((prev[2 * y * 2 * m + 2 * x] + prev[2 * y * 2 * m + 2 * x + 1]
                                                          + prev[(2 * y + 1) * 2 * m + 2 * x]
                                                          + prev[(2 * y + 1) * 2 * m + 2 * x + 1]) // 4)
            for k in range(top_level + 1):
                per_level[k] = 0
            for py in range(height):
                for px in range(width):
                    if py <= horizon:
                        sky += 1
                        image[py * width + px] = 0
                        checksum = (checksum * 7 + 1) % 1000000007
                        continue
                    depth = camera_height * focal / (py - horizon)
                    s = ((px + 0.5 - width / 2.0) * depth / focal + 0.37) * scale
                    t = (depth + 2.0) * scale
                    fp = depth / focal
                    fp2 = depth * depth / (camera_height * focal)
                    if fp2 > fp:
                        fp = fp2
                    lod = log2(fp * scale)
                    if 0.0 > lod:
                        lod = 0.0
                    if <double>top_level < lod:
                        lod = <double>top_level
                    base = <int>floor(lod)
                    frac = lod - base
                    near = bilinear(levels[base], s / (1 << base), t / (1 << base))
                    if base < top_level:
                        far = bilinear(levels[base + 1], s / (1 << (base + 1)), t / (1 << (base + 1)))
                        near += (far - near) * frac
                    grey = <int>(near + 0.5)
                    per_level[base] += 1
                    total += grey
                    image[py * width + px] = grey
                    checksum = (checksum * 263 + grey) % 1000000007
        floor_pixels = <long long>width * height - sky
        mean = total // floor_pixels if floor_pixels else 0
        count = width * height
        step = max(1, count // 12)
        samples = [image[i] for i in range(0, count, step)][:12]
        return ([per_level[k] for k in range(top_level + 1)], checksum, mean, sky, samples)
    finally:
        free(pyramid); free(image)
