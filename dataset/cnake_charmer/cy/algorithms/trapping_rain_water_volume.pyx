# cython: language_level=3
"""Two-pointer rain water on a reusable C int buffer with typed maxima.

Each profile is generated into one malloc'd int array reused across profiles; the
two-pointer sweep and the running maxima are C ints in a nogil cdef function, so a
profile of a few thousand bars costs microseconds.

Keywords: trapping rain water, two pointers, running maximum, elevation map, classic exercise
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef long long trapped(const int *h, int n) noexcept nogil:
    cdef int left = 0, right = n - 1, left_max = 0, right_max = 0
    cdef long long water = 0
    while left < right:
        if h[left] < h[right]:
            if h[left] > left_max:
                left_max = h[left]
            water += left_max - h[left]
            left += 1
        else:
            if h[right] > right_max:
                right_max = h[right]
            water += right_max - h[right]
            right -= 1
    return water


@cython_benchmark(args=(60, 3000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def trapping_rain_water_volume(int profiles, int width, long long seed):
    """Return (total water, largest volume, index of that profile, first 6 volumes)."""
    cdef int w = width if width > 0 else 0
    cdef int p, i, level
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long long water, total = 0, best = -1
    cdef int best_index = -1
    cdef list first = []
    cdef int *h = <int *>malloc((w + 1) * sizeof(int))
    if h == NULL:
        raise MemoryError()
    try:
        for p in range(profiles):
            level = 50
            for i in range(w):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                level = level + <int>((state >> 10) % 21) - 10
                if level < 0:
                    level = 0
                h[i] = level if (state >> 4) % 9 else level + 30
            water = trapped(h, w)
            total += water
            if water > best:
                best = water
                best_index = p
            if p < 6:
                first.append(water)
        return total, best, best_index, first
    finally:
        free(h)
