# cython: language_level=3
"""Index nested-loop band join of alerts against a sorted (sensor, time) index — with packed keys and a radix sort.

Each reading (sensor, time, value) is packed into one ``uint64`` whose numeric order
equals the tuple order, so the index is built by an LSD radix sort (16-bit digits,
only as many passes as the largest key needs) into a second buffer. Seeks are
lower/upper-bound binary searches on packed bounds, and the scan decodes values with a
mask. Everything after generation runs under ``nogil``.

Keywords: databases, index nested loop join, band join, range predicate, sorted index, binary search, bisect
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64

cdef enum:
    MOD = 1000000007
    TIME_SHIFT = 10
    SENSOR_SHIFT = 30


cdef inline u64 draw(u64 *state, u64 k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


cdef u64 *radix_sort(u64 *a, u64 *b, Py_ssize_t n, u64 max_key) noexcept nogil:
    """Sort a using b as scratch; returns whichever buffer holds the result."""
    cdef Py_ssize_t counts[65536]
    cdef Py_ssize_t i, total, c
    cdef int shift = 0, d
    cdef u64 *tmp
    while shift < 64 and (max_key >> shift) != 0:
        memset(counts, 0, sizeof(counts))
        for i in range(n):
            counts[(a[i] >> shift) & 0xFFFF] += 1
        total = 0
        for d in range(65536):
            c = counts[d]
            counts[d] = total
            total += c
        for i in range(n):
            d = <int>((a[i] >> shift) & 0xFFFF)
            b[counts[d]] = a[i]
            counts[d] += 1
        tmp = a
        a = b
        b = tmp
        shift += 16
    return a


cdef inline Py_ssize_t lower_bound(u64 *a, Py_ssize_t n, u64 x) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = n, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


@cython_benchmark(args=(64000, 32000, 110, 4000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def index_nested_loop_band_join(int n_readings, int n_alerts, long long sensors, long long window, long long seed):
    """Return (joined pairs, alerts without match, largest band, checksum, first alerts' (count, sum, peak))."""
    cdef u64 state = <u64>seed
    cdef u64 horizon = 1000000, max_key = 0, sensor, t, lo_key, hi_key, v
    cdef long long lo_t, hi_t
    cdef u64 *a = <u64 *>malloc((n_readings + 1) * sizeof(u64))
    cdef u64 *b = <u64 *>malloc((n_readings + 1) * sizeof(u64))
    cdef u64 *index
    cdef Py_ssize_t i, lo, hi, position
    cdef long long count, total, peak, joined = 0, empty = 0, largest = 0, checksum = 0
    cdef long long first[5][3]
    try:
        if a == NULL or b == NULL:
            raise MemoryError()
        with nogil:
            for i in range(n_readings):
                sensor = draw(&state, <u64>sensors)
                t = draw(&state, horizon)
                v = draw(&state, 1000)
                a[i] = (sensor << SENSOR_SHIFT) | (t << TIME_SHIFT) | v
                if a[i] > max_key:
                    max_key = a[i]
            index = radix_sort(a, b, n_readings, max_key)
            for position in range(n_alerts):
                sensor = draw(&state, <u64>sensors)
                t = draw(&state, horizon)
                lo_t = <long long>t - window
                hi_t = <long long>t + window
                if lo_t < 0:
                    lo_t = 0
                if hi_t >= (1 << (SENSOR_SHIFT - TIME_SHIFT)):
                    hi_t = (1 << (SENSOR_SHIFT - TIME_SHIFT)) - 1
                lo_key = (sensor << SENSOR_SHIFT) | (<u64>lo_t << TIME_SHIFT)
                hi_key = (sensor << SENSOR_SHIFT) | (<u64>hi_t << TIME_SHIFT) | 1023
                lo = lower_bound(index, n_readings, lo_key)
                hi = lo
                total = 0
                peak = -1
                while hi < n_readings and index[hi] <= hi_key:
                    v = index[hi] & 1023
                    total += <long long>v
                    if <long long>v > peak:
                        peak = <long long>v
                    hi += 1
                count = hi - lo
                joined += count
                if count > largest:
                    largest = count
                if count == 0:
                    empty += 1
                checksum = (checksum * 1000003 + (count * 7919 + total) * (position % 13 + 1) + peak + MOD) % MOD
                if position < 5:
                    first[position][0] = count
                    first[position][1] = total
                    first[position][2] = peak
        return (joined, empty, largest, checksum,
                [(first[i][0], first[i][1], first[i][2]) for i in range(n_alerts if n_alerts < 5 else 5)])
    finally:
        free(a); free(b)
