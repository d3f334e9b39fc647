# distutils: language = c++
# cython: language_level=3
"""Hilbert-curve ordering of points and window queries as curve-interval clusters — bit-level C loops.

The Hilbert index <-> cell conversions are ``cdef inline`` functions on unsigned ints
using shifts and masks; points are ordered by sorting packed (index << 32 | id)
``uint64_t`` keys with ``std::sort``. The quadrant descent that splits a window into
curve intervals runs on an explicit C stack (children pushed in reverse so intervals
come out in curve order and merge on the fly), and interval counts use a hand-written
lower bound and a C prefix-sum array.

Keywords: spatial indexing, hilbert curve, space-filling curve, locality, clustering, range query
"""

import cython
from libc.stdint cimport uint32_t, uint64_t
from libc.stdlib cimport malloc, free
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    ORDER = 10
    SIDE = 1 << ORDER


cdef inline uint32_t xy_to_index(uint32_t x, uint32_t y) noexcept nogil:
    cdef uint32_t d = 0, s = SIDE >> 1, rx, ry, t
    while s > 0:
        rx = 1 if (x & s) else 0
        ry = 1 if (y & s) else 0
        d += s * s * ((3 * rx) ^ ry)
        if ry == 0:
            if rx == 1:
                x = SIDE - 1 - x
                y = SIDE - 1 - y
            t = x; x = y; y = t
        s >>= 1
    return d


cdef inline void index_to_xy(uint32_t d, uint32_t* px, uint32_t* py) noexcept nogil:
    cdef uint32_t x = 0, y = 0, s = 1, rx, ry, t
    while s < SIDE:
        rx = 1 & (d >> 1)
        ry = 1 & (d ^ rx)
        if ry == 0:
            if rx == 1:
                x = s - 1 - x
                y = s - 1 - y
            t = x; x = y; y = t
        x += s * rx
        y += s * ry
        d >>= 2
        s <<= 1
    px[0] = x
    py[0] = y


cdef inline int lower_bound(const uint32_t* keys, int lo, int hi, uint32_t v) noexcept nogil:
    cdef int mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if keys[mid] < v:
            lo = mid + 1
        else:
            hi = mid
    return lo


cdef int window_intervals(int x0, int y0, int x1, int y1, uint32_t* stack_start, uint32_t* stack_size,
                          uint32_t* lo_out, uint32_t* hi_out) noexcept nogil:
    """Write merged [lo, hi) Hilbert intervals covering the window; return how many."""
    cdef int top = 1, count = 0, k
    cdef uint32_t start, size, cx, cy, quarter
    cdef int bx, by
    stack_start[0] = 0
    stack_size[0] = SIDE
    while top > 0:
        top -= 1
        start = stack_start[top]
        size = stack_size[top]
        index_to_xy(start, &cx, &cy)
        bx = <int>(cx - cx % size)
        by = <int>(cy - cy % size)
        if bx > x1 or by > y1 or bx + <int>size - 1 < x0 or by + <int>size - 1 < y0:
            continue
        if x0 <= bx and bx + <int>size - 1 <= x1 and y0 <= by and by + <int>size - 1 <= y1:
            if count > 0 and hi_out[count - 1] == start:
                hi_out[count - 1] = start + size * size
            else:
                lo_out[count] = start
                hi_out[count] = start + size * size
                count += 1
            continue
        quarter = (size >> 1) * (size >> 1)
        for k in range(3, -1, -1):
            stack_start[top] = start + k * quarter
            stack_size[top] = size >> 1
            top += 1
    return count


@cython_benchmark(args=(20000, 70, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hilbert_curve_window_clusters(int n, int queries, long long seed):
    """Return (tour length, total clusters, total hits, checksum, first 6 (clusters, count))."""
    cdef uint32_t state = <uint32_t>(seed & 0x7FFFFFFF)
    cdef int i, j, q, x, y, x0, y0, x1, y1, n_spans, a, b, dx, dy
    cdef long long tour = 0, clusters = 0, hits = 0, checksum = 0, count, id_sum
    cdef int* gx = <int*>malloc((n + 1) * sizeof(int))
    cdef int* gy = <int*>malloc((n + 1) * sizeof(int))
    cdef uint64_t* keys = <uint64_t*>malloc((n + 1) * sizeof(uint64_t))
    cdef uint32_t* curve = <uint32_t*>malloc((n + 1) * sizeof(uint32_t))
    cdef long long* id_prefix = <long long*>malloc((n + 1) * sizeof(long long))
    cdef uint32_t* st_start = <uint32_t*>malloc(4 * (ORDER + 2) * sizeof(uint32_t))
    cdef uint32_t* st_size = <uint32_t*>malloc(4 * (ORDER + 2) * sizeof(uint32_t))
    cdef uint32_t* span_lo = <uint32_t*>malloc(8 * SIDE * sizeof(uint32_t))
    cdef uint32_t* span_hi = <uint32_t*>malloc(8 * SIDE * sizeof(uint32_t))
    first = []
    try:
        if not (gx and gy and keys and curve and id_prefix and st_start and st_size and span_lo and span_hi):
            raise MemoryError()
        for i in range(n):
            if i % 3 == 0:
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                x = <int>((state >> 9) % SIDE)
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                y = <int>((state >> 9) % SIDE)
            else:
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                j = <int>((state >> 9) % <uint32_t>i)
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                x = gx[j] + <int>((state >> 9) % 41) - 20
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                y = gy[j] + <int>((state >> 9) % 41) - 20
                x = 0 if x < 0 else (SIDE - 1 if x > SIDE - 1 else x)
                y = 0 if y < 0 else (SIDE - 1 if y > SIDE - 1 else y)
            gx[i] = x
            gy[i] = y
            keys[i] = ((<uint64_t>xy_to_index(x, y)) << 32) | <uint64_t>i
        with nogil:
            sort(keys, keys + n)
            id_prefix[0] = 0
            for i in range(n):
                j = <int>(keys[i] & 0xFFFFFFFFu)
                curve[i] = <uint32_t>(keys[i] >> 32)
                id_prefix[i + 1] = id_prefix[i] + j
                if i > 0:
                    a = <int>(keys[i - 1] & 0xFFFFFFFFu)
                    dx = gx[a] - gx[j]
                    dy = gy[a] - gy[j]
                    tour += (dx if dx >= 0 else -dx) + (dy if dy >= 0 else -dy)
        for q in range(queries):
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            x0 = <int>((state >> 9) % SIDE)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            y0 = <int>((state >> 9) % SIDE)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            x1 = min(SIDE - 1, x0 + <int>((state >> 9) % 120))
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            y1 = min(SIDE - 1, y0 + <int>((state >> 9) % 120))
            count = 0
            id_sum = 0
            with nogil:
                n_spans = window_intervals(x0, y0, x1, y1, st_start, st_size, span_lo, span_hi)
                for i in range(n_spans):
                    a = lower_bound(curve, 0, n, span_lo[i])
                    b = lower_bound(curve, a, n, span_hi[i])
                    count += b - a
                    id_sum += id_prefix[b] - id_prefix[a]
            clusters += n_spans
            hits += count
            checksum = (checksum * 31337 + n_spans * 4099 + count * 97 + id_sum) % 1000000007
            if q < 6:
                first.append((n_spans, count))
        return (tour, clusters, hits, checksum, first)
    finally:
        free(gx); free(gy); free(keys); free(curve); free(id_prefix)
        free(st_start); free(st_size); free(span_lo); free(span_hi)
