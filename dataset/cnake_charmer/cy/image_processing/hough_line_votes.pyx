# cython: language_level=3
"""Hough transform for straight lines on a synthetic edge map.

Edge pixels are marked in a byte mask instead of a Python set, the cos/sin tables
are C arrays filled from libc.math, and the accumulator is a 2-D int memoryview
that every edge pixel votes into with pure C arithmetic. Peaks are found with a
three-slot insertion instead of sorting every cell.

Keywords: image processing, hough transform, line detection, accumulator, voting
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport cos, sin, floor, ceil, hypot, M_PI
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    N_THETA = 180


@cython_benchmark(args=(160, 120, 400, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def hough_line_votes(int width, int height, int clutter, long long seed):
    """Vote edge pixels into a (rho, theta) accumulator and report the peaks."""
    if width <= 0 or height <= 0:
        return ([], 0)
    cdef unsigned char* mask = <unsigned char*>calloc(width * height, 1)
    if mask == NULL:
        raise MemoryError()
    cdef double cosines[N_THETA]
    cdef double sines[N_THETA]
    cdef int x, y, t, r, k, rho, v, count = 0
    cdef long long state = seed & 0x7FFFFFFF
    cdef int diag = <int>ceil(hypot(<double>width, <double>height))
    cdef int n_rho = 2 * diag + 1
    cdef int[:, ::1] acc = cvarray(shape=(n_rho, N_THETA), itemsize=sizeof(int), format="i")
    cdef int best_v[3]
    cdef int best_r[3]
    cdef int best_t[3]
    try:
        for x in range(width):
            mask[((x * 2) // 3 % height) * width + x] = 1
            mask[(height // 2) * width + x] = 1
        for y in range(height):
            mask[y * width + width // 3] = 1
        for k in range(clutter):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x = <int>(state % width)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            mask[<int>(state % height) * width + x] = 1
        for t in range(N_THETA):
            cosines[t] = cos(M_PI * t / N_THETA)
            sines[t] = sin(M_PI * t / N_THETA)
        acc[:, :] = 0
        for x in range(width):
            for y in range(height):
                if mask[y * width + x]:
                    count += 1
                    for t in range(N_THETA):
                        rho = <int>floor(x * cosines[t] + y * sines[t] + 0.5) + diag
                        acc[rho, t] += 1
        for k in range(3):
            best_v[k] = -1
            best_r[k] = 0
            best_t[k] = 0
        for r in range(n_rho):
            for t in range(N_THETA):
                v = acc[r, t]
                if v > best_v[2]:
                    k = 2
                    while k > 0 and v > best_v[k - 1]:
                        best_v[k] = best_v[k - 1]
                        best_r[k] = best_r[k - 1]
                        best_t[k] = best_t[k - 1]
                        k -= 1
                    best_v[k] = v
                    best_r[k] = r
                    best_t[k] = t
        return ([(best_r[k], best_t[k], best_v[k]) for k in range(3) if best_v[k] >= 0], count)
    finally:
        free(mask)
