# cython: language_level=3
"""Yield-curve bootstrapping with reusable C buffers and a cpdef curve builder.

Par rates, discount factors, zero and forward rates are C double buffers allocated
once for all curves; ``bootstrap_curve`` is a ``cpdef`` over typed memoryviews so it
can be called from Python too, and ``HUGE_VAL`` from libc.math is the infinity sentinel.

Keywords: finance, yield curve, bootstrapping, discount factors, zero rates, forward rates
"""

cimport cython
from libc.math cimport exp, log, HUGE_VAL
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cpdef double bootstrap_curve(double level, double slope, double curve, double[::1] df,
                             double[::1] zeros, double[::1] fwd):
    """Fill df, zeros and fwd for maturities 1..n; return the lowest forward rate."""
    cdef int n = df.shape[0], m
    cdef double x, decay, par, annuity = 0.0, lowest = HUGE_VAL
    for m in range(1, n + 1):
        x = m / 3.0
        decay = (1.0 - exp(-x)) / x
        par = level + slope * decay + curve * (decay - exp(-x))
        df[m - 1] = (1.0 - par * annuity) / (1.0 + par)
        annuity += df[m - 1]
    for m in range(n):
        zeros[m] = -log(df[m]) / (m + 1)
        fwd[m] = log(df[m - 1] / df[m]) if m > 0 else zeros[0]
        if fwd[m] < lowest:
            lowest = fwd[m]
    return lowest


cdef inline double uniform(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>s[0] / 2147483648.0


@cython_benchmark(args=(2000, 30, 12))
def yield_curve_bootstrap(int curves, int maturities, long seed):
    """Return (last zero rates, last forward rates, min forward, mean 10y zero)."""
    cdef int n = maturities if maturities > 0 else 0
    cdef int alloc = n if n > 0 else 1
    cdef double[::1] df = cvarray(shape=(alloc,), itemsize=sizeof(double), format="d")
    cdef double[::1] zeros = cvarray(shape=(alloc,), itemsize=sizeof(double), format="d")
    cdef double[::1] fwd = cvarray(shape=(alloc,), itemsize=sizeof(double), format="d")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double lowest = HUGE_VAL, low, level, slope, curve, ten = 0.0
    cdef int c, m
    for c in range(curves):
        level = 0.03 + 0.02 * uniform(&state)
        slope = -0.02 + 0.04 * uniform(&state)
        curve = 0.03 * uniform(&state)
        if n == 0:
            continue
        low = bootstrap_curve(level, slope, curve, df[:n], zeros[:n], fwd[:n])
        if low < lowest:
            lowest = low
        if n >= 10:
            ten += zeros[9]
    last_zeros = [zeros[m] for m in range(n)] if curves > 0 else []
    last_fwd = [fwd[m] for m in range(n)] if curves > 0 else []
    return last_zeros, last_fwd, lowest if lowest != HUGE_VAL else 0.0, ten / curves if curves > 0 else 0.0
