# cython: language_level=3
"""Tone mapping a seeded high-dynamic-range image with Reinhard's global operator — a 3-D memoryview, no GIL.

The radiance image is a ``double[:, :, ::1]`` memoryview (row, column, channel) and the
lights are structs with an inline C array for their tint. Accumulating radiance, the
log-average (summed in the Python order), the white point and the per-pixel Reinhard
curve with libc ``log``/``exp``/``pow`` gamma encoding all run in one nogil block on C
doubles, writing the 8-bit result into an ``unsigned char`` buffer.

Keywords: graphics, tone mapping, hdr, reinhard operator, log average luminance, gamma correction
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport log, exp, pow
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Light:
    double x
    double y
    double power
    double spread
    double tint[3]


cdef inline double luminance(double r, double g, double b) noexcept nogil:
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@cython_benchmark(args=(220, 160, 8, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def reinhard_hdr_tone_mapping(int width, int height, int lights, long long seed):
    """Render a seeded HDR scene at width x height and tone-map it to 8-bit sRGB-ish output."""
    cdef Py_ssize_t count = <Py_ssize_t>width * height, q
    if count == 0:
        return (0.0, 0.0, [0] * 16, 0, 0, [])
    cdef double[:, :, ::1] hdr = cvarray(shape=(height, width, 3), itemsize=sizeof(double), format="d")
    cdef Light *sources = <Light *>malloc((lights + 1) * sizeof(Light))
    cdef unsigned char *image = <unsigned char *>malloc(3 * count)
    cdef long long state = seed & 0x7FFFFFFF
    cdef double u[8]
    cdef int i, k, c, px, py, b
    cdef double sky, d2, radiance, log_total = 0.0, log_average, exposure, white = 0.0, white2, lum, scaled, display, ratio, v
    cdef long long histogram[16]
    cdef long long clipped = 0, checksum = 0
    if sources == NULL or image == NULL:
        free(sources); free(image)
        raise MemoryError()
    try:
        for i in range(lights):
            for k in range(7):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                u[k] = (state >> 8) / 8388608.0
            sources[i].x = u[0] * width
            sources[i].y = u[1] * height
            sources[i].power = pow(10.0, 1.0 + 3.0 * u[2])
            sources[i].spread = 1.0 + u[3] * 6.0
            for c in range(3):
                sources[i].tint[c] = 0.6 + 0.4 * u[4 + c]
        for k in range(16):
            histogram[k] = 0
        with nogil:
            for py in range(height):
                sky = 0.05 + 0.6 * (1.0 - <double>py / height)
                for px in range(width):
                    hdr[py, px, 0] = sky * 0.55
                    hdr[py, px, 1] = sky * 0.75
                    hdr[py, px, 2] = sky * 1.1
                    for i in range(lights):
                        d2 = ((px + 0.5 - sources[i].x) * (px + 0.5 - sources[i].x)
                              + (py + 0.5 - sources[i].y) * (py + 0.5 - sources[i].y))
                        radiance = sources[i].power / (1.0 + d2 / (sources[i].spread * sources[i].spread))
                        for c in range(3):
                            hdr[py, px, c] += radiance * sources[i].tint[c]
            for py in range(height):
                for px in range(width):
                    log_total += log(1e-4 + luminance(hdr[py, px, 0], hdr[py, px, 1], hdr[py, px, 2]))
            log_average = exp(log_total / count)
            exposure = 0.18 / log_average
            for py in range(height):
                for px in range(width):
                    v = exposure * luminance(hdr[py, px, 0], hdr[py, px, 1], hdr[py, px, 2])
                    if v > white:
                        white = v
            white2 = white * white
            for py in range(height):
                for px in range(width):
                    q = <Py_ssize_t>py * width + px
                    lum = luminance(hdr[py, px, 0], hdr[py, px, 1], hdr[py, px, 2])
                    scaled = exposure * lum
                    display = scaled * (1.0 + scaled / white2) / (1.0 + scaled)
                    b = <int>(display * 16.0)
                    histogram[b if b < 15 else 15] += 1
                    ratio = display / lum
                    for c in range(3):
                        v = hdr[py, px, c] * ratio
                        if v >= 1.0:
                            clipped += 1
                            v = 1.0
                        image[3 * q + c] = <unsigned char>(<int>(pow(v, 1.0 / 2.2) * 255.0 + 0.5))
                        checksum = (checksum * 263 + image[3 * q + c]) % 1000000007
        step = max(1, count // 8)
        samples = [(image[3 * q], image[3 * q + 1], image[3 * q + 2]) for q in range(0, count, step)][:8]
        return (log_average, white, [histogram[k] for k in range(16)], clipped, checksum, samples)
    finally:
        free(sources); free(image)
