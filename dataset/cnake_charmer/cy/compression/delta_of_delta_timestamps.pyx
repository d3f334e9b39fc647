# cython: language_level=3
"""Delta-of-delta bucketing over a ``long long`` timestamp array.

Timestamps live in a malloc'd ``long long`` array; the bucket choice is a chain of
integer range tests on ``long long`` values and the bucket widths come from a static C
cost table indexed by bucket, with the checksum kept in ``unsigned long long``.

Keywords: delta of delta, timestamps, time series, long long, compression
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef int COST[5]
COST[:] = [1, 9, 12, 16, 36]


@cython_benchmark(args=(150000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def delta_of_delta_timestamps(int n, int seed):
    """Return (total bits, bucket counts [zero, 7-bit, 9-bit, 12-bit, 32-bit], checksum)."""
    cdef long long *stamps = <long long *> malloc((n + 1) * sizeof(long long))
    cdef long long buckets[5]
    cdef unsigned long long state = seed, checksum = 0
    cdef long long t = 1600000000, jitter, delta, prev_delta = 0, dod, total = 0
    cdef int i, r, bucket
    for i in range(5):
        buckets[i] = 0
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = state % 100
            if r < 70:
                jitter = 0
            elif r < 95:
                jitter = <long long> ((state >> 8) % 41) - 20
            else:
                jitter = <long long> ((state >> 8) % 9000) - 4000
            t += 60 + jitter
            stamps[i] = t
        if n > 0:
            total = 64
        if n > 1:
            total += 14
            prev_delta = stamps[1] - stamps[0]
        for i in range(2, n):
            delta = stamps[i] - stamps[i - 1]
            dod = delta - prev_delta
            prev_delta = delta
            if dod == 0:
                bucket = 0
            elif -63 <= dod <= 64:
                bucket = 1
            elif -255 <= dod <= 256:
                bucket = 2
            elif -2047 <= dod <= 2048:
                bucket = 3
            else:
                bucket = 4
            buckets[bucket] += 1
            total += COST[bucket]
            checksum = (checksum * 31 + (<unsigned long long> dod & 0xFFFFFFFFULL)) % 4294967291ULL
        return (total, [buckets[i] for i in range(5)], checksum)
    finally:
        free(stamps)
