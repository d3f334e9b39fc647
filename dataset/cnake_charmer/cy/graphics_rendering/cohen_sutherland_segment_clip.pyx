# cython: language_level=3
"""Clipping seeded line segments to a viewport with the Cohen–Sutherland outcode algorithm — C enums and structs.

Outcodes are a C ``enum`` of bit flags computed by an inline nogil function, the window
and the segment being clipped are structs (the segment is updated in place through a
pointer), and the whole batch — generation, clipping, length and checksum — runs in a
nogil loop on C doubles with libc ``hypot``.

Keywords: graphics, line clipping, cohen sutherland, outcodes, viewport, segments
"""

import cython
from libc.math cimport hypot

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Outcode:
    INSIDE = 0
    LEFT = 1
    RIGHT = 2
    BOTTOM = 4
    TOP = 8


cdef struct Window:
    double x_min, y_min, x_max, y_max


cdef struct Segment:
    double x0, y0, x1, y1


cdef inline int outcode(double x, double y, const Window *w) noexcept nogil:
    cdef int code = INSIDE
    if x < w.x_min:
        code |= LEFT
    elif x > w.x_max:
        code |= RIGHT
    if y < w.y_min:
        code |= BOTTOM
    elif y > w.y_max:
        code |= TOP
    return code


cdef bint clip(Segment *s, const Window *w, int *moves) noexcept nogil:
    cdef int code0 = outcode(s.x0, s.y0, w)
    cdef int code1 = outcode(s.x1, s.y1, w)
    cdef int out
    cdef double x, y
    while True:
        if not (code0 | code1):
            return True
        if code0 & code1:
            return False
        moves[0] += 1
        out = code0 if code0 else code1
        if out & TOP:
            x = s.x0 + (s.x1 - s.x0) * (w.y_max - s.y0) / (s.y1 - s.y0)
            y = w.y_max
        elif out & BOTTOM:
            x = s.x0 + (s.x1 - s.x0) * (w.y_min - s.y0) / (s.y1 - s.y0)
            y = w.y_min
        elif out & RIGHT:
            x = w.x_max
            y = s.y0 + (s.y1 - s.y0) * (w.x_max - s.x0) / (s.x1 - s.x0)
        else:
            x = w.x_min
            y = s.y0 + (s.y1 - s.y0) * (w.x_min - s.x0) / (s.x1 - s.x0)
        if out == code0:
            s.x0 = x
            s.y0 = y
            code0 = outcode(x, y, w)
        else:
            s.x1 = x
            s.y1 = y
            code1 = outcode(x, y, w)


@cython_benchmark(args=(90000, 640, 480, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def cohen_sutherland_segment_clip(int segments, int width, int height, long long seed):
    """Clip `segments` random segments to the window [w/4, 3w/4] x [h/4, 3h/4]."""
    cdef Window w
    cdef Segment s
    cdef unsigned int state = <unsigned int>(seed & 0xFFFFFFFF)
    cdef long long accepted = 0, rejected = 0, clipped = 0, iterations = 0, checksum = 0
    cdef long long spans[16]
    cdef double visible = 0.0
    cdef double ends[4]
    cdef int i, k, moves
    w.x_min = width / 4.0
    w.y_min = height / 4.0
    w.x_max = 3 * width / 4.0
    w.y_max = 3 * height / 4.0
    for k in range(16):
        spans[k] = 0
    with nogil:
        for i in range(segments):
            for k in range(4):
                state = state * 1664525u + 1013904223u
                ends[k] = (state >> 8) / 16777216.0 * (width if k % 2 == 0 else height)
            s.x0 = ends[0]
            s.y0 = ends[1]
            s.x1 = ends[2]
            s.y1 = ends[3]
            spans[outcode(s.x0, s.y0, &w) | outcode(s.x1, s.y1, &w)] += 1
            moves = 0
            if not clip(&s, &w, &moves):
                iterations += moves
                rejected += 1
                continue
            iterations += moves
            if moves:
                clipped += 1
            else:
                accepted += 1
            visible += hypot(s.x1 - s.x0, s.y1 - s.y0)
            checksum = (checksum * 31 + <long long>(s.x0 * 16)) % 1000000007
            checksum = (checksum * 31 + <long long>(s.y0 * 16)) % 1000000007
            checksum = (checksum * 31 + <long long>(s.x1 * 16)) % 1000000007
            checksum = (checksum * 31 + <long long>(s.y1 * 16)) % 1000000007
    return (accepted, rejected, clipped, iterations, visible, checksum, [spans[k] for k in range(16)])
