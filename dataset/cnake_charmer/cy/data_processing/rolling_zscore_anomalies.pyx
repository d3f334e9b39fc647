# cython: language_level=3
"""Rolling z-scores with one C ring buffer per sensor and integer running sums.

All sensor windows share one malloc'd sensors x w int block used as ring buffers, with
head indices and fill counts per sensor; running sums and sums of squares are exact
long longs, so each reading costs a few integer updates and one sqrt, with no deque or
boxed values.

Keywords: rolling window, ring buffer, z-score, anomaly detection, running sums, nogil
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.math cimport sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000, 8, 50))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rolling_zscore_anomalies(int n, int sensors, int window):
    """Flag 3-sigma outliers per sensor over rolling windows; return (flags, first hits, means)."""
    if n <= 0 or sensors <= 0 or window <= 0:
        return [], [], []
    cdef int *ring = <int *> malloc(sensors * window * sizeof(int))
    cdef int *head = <int *> calloc(sensors, sizeof(int))
    cdef int *fill = <int *> calloc(sensors, sizeof(int))
    cdef long long *sums = <long long *> calloc(sensors, sizeof(long long))
    cdef long long *sq = <long long *> calloc(sensors, sizeof(long long))
    cdef int *flags = <int *> calloc(sensors, sizeof(int))
    cdef int hits[20]
    cdef int nh = 0, t, s, value, old
    cdef long long state = 24680
    cdef double mean, var, std
    try:
        with nogil:
            for t in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                s = (state >> 8) % sensors
                value = 1000 + s * 50 + (t // 500) % 40 + (state >> 8) % 21
                if (state >> 4) % 97 == 0:
                    value += 300
                if fill[s] == window:
                    mean = sums[s] / <double> window
                    var = sq[s] / <double> window - mean * mean
                    std = sqrt(var) if var > 0 else 0.0
                    if fabs(value - mean) > 3.0 * std:
                        flags[s] += 1
                        if nh < 20:
                            hits[nh] = t
                            nh += 1
                    old = ring[s * window + head[s]]
                    sums[s] -= old
                    sq[s] -= <long long> old * old
                    ring[s * window + head[s]] = value
                    head[s] = (head[s] + 1) % window
                else:
                    ring[s * window + fill[s]] = value
                    fill[s] += 1
                sums[s] += value
                sq[s] += <long long> value * value
        return ([flags[s] for s in range(sensors)], [hits[t] for t in range(nh)],
                [sums[s] / <double> fill[s] if fill[s] else 0.0 for s in range(sensors)])
    finally:
        free(ring); free(head); free(fill); free(sums); free(sq); free(flags)
