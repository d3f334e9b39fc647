# cython: language_level=3
"""Rolling indicators dispatched through C function pointers over a raw buffer.

Each indicator is a ``noexcept nogil`` cdef function of (pointer, length); they are
stored in an array of ``double (*)(const double *, int)`` and applied to a pointer into
the price buffer, so windows are never copied into Python lists.

Keywords: finance, technical analysis, moving average, volatility, rolling window
"""

from libc.math cimport sqrt
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef double (*indicator_t)(const double *, int) noexcept nogil


cdef double window_mean(const double *v, int n) noexcept nogil:
    cdef double s = 0.0
    cdef int i
    for i in range(n):
        s += v[i]
    return s / n


cdef double window_range(const double *v, int n) noexcept nogil:
    cdef double hi = v[0], lo = v[0]
    cdef int i
    for i in range(1, n):
        if v[i] > hi:
            hi = v[i]
        if v[i] < lo:
            lo = v[i]
    return hi - lo


cdef double window_return_vol(const double *v, int n) noexcept nogil:
    if n < 2:
        return 0.0
    cdef double mean = 0.0, ss = 0.0, r
    cdef int i
    for i in range(1, n):
        mean += v[i] / v[i - 1] - 1.0
    mean /= n - 1
    for i in range(1, n):
        r = v[i] / v[i - 1] - 1.0 - mean
        ss += r * r
    return sqrt(ss / (n - 1))


@cython_benchmark(args=(12000, 30, 8))
def rolling_window_indicators(int days, int window, long seed):
    """Return (closes above the average, widest range, last value of each indicator)."""
    if window <= 0:
        return 0, 0.0, []
    cdef indicator_t table[3]
    table[0] = window_mean
    table[1] = window_range
    table[2] = window_return_vol
    cdef double last[3]
    cdef double *prices = <double *>malloc((days if days > 0 else 1) * sizeof(double))
    if prices == NULL:
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double price = 100.0, widest = 0.0
    cdef int i, k, end, above = 0
    last[0] = last[1] = last[2] = 0.0
    with nogil:
        for i in range(days):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            price *= 1.0 + (<double>state / 2147483648.0 - 0.5) * 0.04
            prices[i] = price
        for end in range(window, days + 1):
            for k in range(3):
                last[k] = table[k](prices + end - window, window)
            if prices[end - 1] > last[0]:
                above += 1
            if last[1] > widest:
                widest = last[1]
    free(prices)
    return above, widest, [last[0], last[1], last[2]]
