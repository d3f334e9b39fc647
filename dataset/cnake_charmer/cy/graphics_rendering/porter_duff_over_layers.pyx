# cython: language_level=3
"""Compositing translucent seeded shapes with the Porter–Duff "over" operator in linear light — C pixel structs.

The layer is one malloc'd array of ``RGBA`` structs (premultiplied doubles) written
through a pointer per pixel, the sRGB decode table is a fixed C array of 256 doubles,
the disc test is integer arithmetic on ``long long`` and the final encode is an inline
nogil function with libc ``pow``; the encoded image is an ``unsigned char`` buffer.

Keywords: graphics, alpha compositing, porter duff, premultiplied alpha, srgb gamma, linear light
"""

import cython
from libc.math cimport pow
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned char u8


cdef struct RGBA:
    double r
    double g
    double b
    double a


cdef inline u8 encode(double v) noexcept nogil:
    if v <= 0.0031308:
        v = 12.92 * v
    else:
        v = 1.055 * pow(v, 1.0 / 2.4) - 0.055
    return <u8>(<int>(v * 255.0 + 0.5))


cdef inline unsigned int draw(unsigned int *state, unsigned int k) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (state[0] >> 16) % k


@cython_benchmark(args=(220, 160, 90, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def porter_duff_over_layers(int width, int height, int shapes, long long seed):
    """Composite `shapes` seeded translucent shapes and flatten onto a checkerboard."""
    cdef double to_linear[256]
    cdef double colour[3]
    cdef double v, alpha, keep, light, dark, background
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int i, k, x, y, x0, y0, sx, sy, y_lo, y_hi, x_lo, x_hi
    cdef long long ddx, ddy, limit
    cdef bint disc
    cdef Py_ssize_t pixels = <Py_ssize_t>width * height, q
    cdef RGBA *layer = <RGBA *>calloc(pixels + 1, sizeof(RGBA))
    cdef u8 *image = <u8 *>malloc(3 * pixels + 3)
    cdef RGBA *px
    cdef long long totals[3]
    cdef long long checksum = 0, opaque = 0
    cdef double alpha_total = 0.0
    if layer == NULL or image == NULL:
        free(layer); free(image)
        raise MemoryError()
    try:
        with nogil:
            for i in range(256):
                v = i / 255.0
                to_linear[i] = v / 12.92 if v <= 0.04045 else pow((v + 0.055) / 1.055, 2.4)
            for i in range(shapes if pixels else 0):
                disc = draw(&state, 2) == 1
                x0 = draw(&state, width)
                y0 = draw(&state, height)
                sx = draw(&state, width // 2 + 1) + 1
                sy = draw(&state, height // 2 + 1) + 1
                alpha = draw(&state, 256) / 255.0
                for k in range(3):
                    colour[k] = to_linear[draw(&state, 256)] * alpha
                keep = 1.0 - alpha
                limit = <long long>sx * sx * sy * sy
                y_lo = max(0, y0 - sy)
                y_hi = min(height, y0 + sy + 1)
                x_lo = max(0, x0 - sx)
                x_hi = min(width, x0 + sx + 1)
                for y in range(y_lo, y_hi):
                    ddy = <long long>(y - y0) * (y - y0) * sx * sx
                    for x in range(x_lo, x_hi):
                        if disc:
                            ddx = <long long>(x - x0) * (x - x0) * sy * sy
                            if ddx + ddy > limit:
                                continue
                        px = &layer[y * width + x]
                        px.r = colour[0] + px.r * keep
                        px.g = colour[1] + px.g * keep
                        px.b = colour[2] + px.b * keep
                        px.a = alpha + px.a * keep
            light = to_linear[200]
            dark = to_linear[90]
            totals[0] = totals[1] = totals[2] = 0
            for y in range(height):
                for x in range(width):
                    q = y * width + x
                    px = &layer[q]
                    background = light if (x // 8 + y // 8) % 2 == 0 else dark
                    image[3 * q] = encode(px.r + background * (1.0 - px.a))
                    image[3 * q + 1] = encode(px.g + background * (1.0 - px.a))
                    image[3 * q + 2] = encode(px.b + background * (1.0 - px.a))
                    for k in range(3):
                        totals[k] += image[3 * q + k]
                        checksum = (checksum * 263 + image[3 * q + k]) % 1000000007
                    if px.a > 0.5:
                        opaque += 1
                    alpha_total += px.a
        means = [totals[k] // pixels for k in range(3)] if pixels else [0, 0, 0]
        samples = []
        if pixels:
            for k in range(6):
                q = ((k * 23) % height) * width + (k * 59) % width
                samples.append((image[3 * q], image[3 * q + 1], image[3 * q + 2]))
        return (checksum, means, opaque, alpha_total, samples)
    finally:
        free(layer); free(image)
