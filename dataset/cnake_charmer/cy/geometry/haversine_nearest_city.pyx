# cython: language_level=3
"""Nearest neighbour on the sphere by haversine great-circle distance.

Coordinates live in malloc'd C arrays with cos(lat) precomputed once per city (the
Python version recomputes it for every pair), the haversine formula is an inline nogil
function over libc.math, and nearest indices and distances go into C arrays.

Keywords: geometry, haversine, great circle, spherical distance, nearest neighbour
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport sin, cos, asin, sqrt, INFINITY, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double hav_dist(double la1, double lo1, double cla1, double la2, double lo2, double cla2) noexcept nogil:
    cdef double s1 = sin((la2 - la1) / 2), s2 = sin((lo2 - lo1) / 2)
    cdef double a = s1 * s1 + cla1 * cla2 * (s2 * s2)
    if a > 1.0:
        a = 1.0
    return 2 * 6371.0 * asin(sqrt(a))


@cython_benchmark(args=(450, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def haversine_nearest_city(int n, long long seed):
    """For each of n seeded cities find the nearest other city."""
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0
    cdef double* lat = <double*>malloc((n + 1) * sizeof(double))
    cdef double* lon = <double*>malloc((n + 1) * sizeof(double))
    cdef double* clat = <double*>malloc((n + 1) * sizeof(double))
    cdef double* bestd = <double*>malloc((n + 1) * sizeof(double))
    cdef int* bestj = <int*>malloc((n + 1) * sizeof(int))
    cdef int i, j, bj
    cdef double d, bd, worst = 0.0
    if lat == NULL or lon == NULL or clat == NULL or bestd == NULL or bestj == NULL:
        free(lat); free(lon); free(clat); free(bestd); free(bestj)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            lat[i] = ((state % 1800000) / 10000.0 - 90.0) * (M_PI / 180.0)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            lon[i] = ((state % 3600000) / 10000.0 - 180.0) * (M_PI / 180.0)
            clat[i] = cos(lat[i])
        for i in range(n):
            bj = -1
            bd = INFINITY
            for j in range(n):
                if i == j:
                    continue
                d = hav_dist(lat[i], lon[i], clat[i], lat[j], lon[j], clat[j])
                if d < bd:
                    bj = j
                    bd = d
            bestj[i] = bj
            bestd[i] = bd
        for i in range(n):
            if bestj[i] >= 0 and bestd[i] > worst:
                worst = bestd[i]
            checksum = (checksum + <long long>(i + 1) * (bestj[i] + 2)) % 1000000007
        return (checksum, worst, [bestj[i] for i in range(n if n < 8 else 8)])
    finally:
        free(lat); free(lon); free(clat); free(bestd); free(bestj)
