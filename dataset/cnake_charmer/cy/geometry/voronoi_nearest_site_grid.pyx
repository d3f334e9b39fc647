# cython: language_level=3
"""Discrete Voronoi diagram: nearest seeded site for every cell of a grid.

Every cell's nearest-site search is independent, so rows are labelled in a prange
loop writing into a 2-D int memoryview; the area histogram, boundary count and
integer checksum are then gathered serially from that label plane.

Keywords: geometry, voronoi, nearest site, discrete diagram, brute force, regions
"""

import cython
from cython.parallel cimport prange
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(160, 140, 24, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def voronoi_nearest_site_grid(int width, int height, int sites, long long seed):
    """Label a width x height grid by its nearest of `sites` seeded sites."""
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0
    cdef int* sx = <int*>malloc((sites + 1) * sizeof(int))
    cdef int* sy = <int*>malloc((sites + 1) * sizeof(int))
    cdef long* area = <long*>malloc((sites + 1) * sizeof(long))
    cdef int[:, ::1] labels = cvarray(shape=(height, width), itemsize=sizeof(int), format="i")
    cdef int x, y, k, best, lab, wm = width if width > 1 else 1, hm = height if height > 1 else 1
    cdef long d, bd, boundary = 0
    if sx == NULL or sy == NULL or area == NULL:
        free(sx); free(sy); free(area)
        raise MemoryError()
    try:
        for k in range(sites):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            sx[k] = <int>(state % wm)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            sy[k] = <int>(state % hm)
            area[k] = 0
        for y in prange(height, nogil=True, schedule="dynamic", chunksize=4):
            for x in range(width):
                best = 0
                bd = <long>(x - sx[0]) * (x - sx[0]) + <long>(y - sy[0]) * (y - sy[0])
                for k in range(1, sites):
                    d = <long>(x - sx[k]) * (x - sx[k]) + <long>(y - sy[k]) * (y - sy[k])
                    if d < bd:
                        bd = d
                        best = k
                labels[y, x] = best
        for y in range(height):
            for x in range(width):
                lab = labels[y, x]
                area[lab] += 1
                if (x + 1 < width and labels[y, x + 1] != lab) or (y + 1 < height and labels[y + 1, x] != lab):
                    boundary += 1
                checksum = (checksum + (<long long>y * width + x) * lab) % 1000000007
        return ([area[k] for k in range(sites if sites < 8 else 8)], boundary, checksum)
    finally:
        free(sx); free(sy); free(area)
