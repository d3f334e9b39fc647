# cython: language_level=3
"""Building a colour palette by median cut and remapping a seeded image to it — in-place C partitioning.

Pixels are packed into ``uint32_t`` words; every box is a ``Box`` struct naming a
slice of one shared array, and a split sorts that slice in place with libc ``qsort``
(passed a C comparison function pointer) on keys that put the split channel above the
packed colour — the same total order as the Python ``(p[channel], p)`` key. Mapping to
the palette is a nogil loop over C arrays with integer distances.

Keywords: graphics, colour quantisation, median cut, palette, nearest colour, image compression
"""

import cython
from libc.stdint cimport uint32_t
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Box:
    Py_ssize_t start
    Py_ssize_t end
    int spread
    int channel


cdef int compare_keys(const void *a, const void *b) noexcept nogil:
    cdef uint32_t x = (<const uint32_t *>a)[0], y = (<const uint32_t *>b)[0]
    return (x > y) - (x < y)


cdef inline int channel_of(uint32_t p, int channel) noexcept nogil:
    return (p >> (16 - 8 * channel)) & 0xFF


cdef void widest(const uint32_t *pix, Box *box) noexcept nogil:
    cdef int channel, lo, hi, v
    cdef Py_ssize_t i
    box.spread = -1
    box.channel = 0
    for channel in range(3):
        lo = 256
        hi = -1
        for i in range(box.start, box.end):
            v = channel_of(pix[i], channel)
            if v < lo:
                lo = v
            if v > hi:
                hi = v
        if hi - lo > box.spread:
            box.spread = hi - lo
            box.channel = channel


@cython_benchmark(args=(150, 120, 16, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def median_cut_palette(int width, int height, int colours, long long seed):
    """Quantise a seeded width x height image to at most `colours` entries."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Py_ssize_t n = <Py_ssize_t>width * height, i, half
    cdef int limit = colours if colours > 1 else 1
    cdef uint32_t *orig = <uint32_t *>malloc((n + 1) * sizeof(uint32_t))
    cdef uint32_t *pix = <uint32_t *>malloc((n + 1) * sizeof(uint32_t))
    cdef Box *boxes = <Box *>malloc(limit * sizeof(Box))
    cdef int centres[6][3]
    cdef long long sums[3]
    cdef int *pal = <int *>malloc(3 * limit * sizeof(int))
    cdef long long *usage = <long long *>malloc(limit * sizeof(long long))
    cdef int nbox = 0, chosen, b, k, x, y, c, v, shade, ch, best
    cdef long long d, best_d, error = 0, checksum = 0
    cdef uint32_t p
    if orig == NULL or pix == NULL or boxes == NULL or pal == NULL or usage == NULL:
        free(orig); free(pix); free(boxes); free(pal); free(usage)
        raise MemoryError()
    try:
        with nogil:
            for b in range(6):
                for k in range(3):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    centres[b][k] = <int>((state >> 16) % 256)
            for y in range(height):
                for x in range(width):
                    b = (3 * x // max(width, 1) + 3 * (2 * y // max(height, 1))) % 6
                    shade = (x + y) % 40 - 20
                    p = 0
                    for k in range(3):
                        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                        v = centres[b][k] + shade + <int>((state >> 16) % 25) - 12
                        v = 0 if v < 0 else (255 if v > 255 else v)
                        p = (p << 8) | <uint32_t>v
                    orig[y * width + x] = p
                    pix[y * width + x] = p
            if n > 0:
                boxes[0].start = 0
                boxes[0].end = n
                widest(pix, &boxes[0])
                nbox = 1
            while 0 < nbox < colours:
                chosen = -1
                for b in range(nbox):
                    if boxes[b].end - boxes[b].start >= 2 and boxes[b].spread > 0 and (chosen < 0 or boxes[b].spread > boxes[chosen].spread):
                        chosen = b
                if chosen < 0:
                    break
                ch = boxes[chosen].channel
                for i in range(boxes[chosen].start, boxes[chosen].end):
                    pix[i] = (<uint32_t>channel_of(pix[i], ch) << 24) | pix[i]
                qsort(pix + boxes[chosen].start, boxes[chosen].end - boxes[chosen].start, sizeof(uint32_t), compare_keys)
                for i in range(boxes[chosen].start, boxes[chosen].end):
                    pix[i] &= 0xFFFFFF
                half = (boxes[chosen].end - boxes[chosen].start) // 2
                boxes[nbox].start = boxes[chosen].start + half
                boxes[nbox].end = boxes[chosen].end
                boxes[chosen].end = boxes[chosen].start + half
                widest(pix, &boxes[chosen])
                widest(pix, &boxes[nbox])
                nbox += 1
            for b in range(nbox):
                sums[0] = sums[1] = sums[2] = 0
                for i in range(boxes[b].start, boxes[b].end):
                    for k in range(3):
                        sums[k] += channel_of(pix[i], k)
                for k in range(3):
                    pal[3 * b + k] = <int>(sums[k] // (boxes[b].end - boxes[b].start))
                usage[b] = 0
            for i in range(n if nbox else 0):
                p = orig[i]
                best = 0
                best_d = -1
                for b in range(nbox):
                    d = 0
                    for k in range(3):
                        c = channel_of(p, k) - pal[3 * b + k]
                        d += c * c
                    if best_d < 0 or d < best_d:
                        best = b
                        best_d = d
                usage[best] += 1
                error += best_d
                checksum = (checksum * 31 + best) % 1000000007
        palette = [(pal[3 * b], pal[3 * b + 1], pal[3 * b + 2]) for b in range(nbox)]
        return (palette, [usage[b] for b in range(nbox)], error, checksum)
    finally:
        free(orig); free(pix); free(boxes); free(pal); free(usage)
