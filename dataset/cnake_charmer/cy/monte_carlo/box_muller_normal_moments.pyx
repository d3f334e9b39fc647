# cython: language_level=3
"""Box-Muller moments with a cpdef sampler filling a C double buffer.

A ``cpdef`` function fills a typed memoryview with normal deviates using libc's
sqrt/log/cos/sin; the moment passes are plain C loops over a malloc'ed buffer, with
``d * d`` products replacing ``** 3`` and ``** 4`` powers.

Keywords: monte carlo, box muller, normal distribution, moments, sampling
"""

cimport cython
from libc.math cimport sqrt, log, cos, sin, fabs, pow, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cpdef unsigned long long fill_normals(double[::1] out, unsigned long long state):
    """Fill out (even length) with Box-Muller normals; return the LCG state."""
    cdef Py_ssize_t i
    cdef double u1, u2, radius
    for i in range(0, out.shape[0], 2):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        u1 = <double>(state + 1) / 2147483649.0
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        u2 = <double>state / 2147483648.0
        radius = sqrt(-2.0 * log(u1))
        out[i] = radius * cos(2.0 * M_PI * u2)
        out[i + 1] = radius * sin(2.0 * M_PI * u2)
    return state


@cython_benchmark(args=(100000, 5))
@cython.cdivision(True)
def box_muller_normal_moments(long pairs, long seed):
    """Return (mean, variance, skewness, kurtosis, count with |z| > 2)."""
    if pairs <= 0:
        return 0.0, 0.0, 0.0, 0.0, 0
    cdef Py_ssize_t n = 2 * pairs, i
    cdef double *buf = <double *>malloc(n * sizeof(double))
    if buf == NULL:
        raise MemoryError()
    cdef double total = 0.0, mean, d, s2 = 0.0, s3 = 0.0, s4 = 0.0, m2, m3, m4, skew, kurt
    cdef long tails = 0
    try:
        fill_normals(<double[:n]>buf, seed & 0x7FFFFFFF)
        for i in range(n):
            total += buf[i]
        mean = total / n
        for i in range(n):
            d = buf[i] - mean
            s2 += d * d
        for i in range(n):
            d = buf[i] - mean
            s3 += d * d * d
        for i in range(n):
            d = buf[i] - mean
            s4 += d * d * d * d
            if fabs(buf[i]) > 2.0:
                tails += 1
    finally:
        free(buf)
    m2 = s2 / n
    m3 = s3 / n
    m4 = s4 / n
    skew = m3 / pow(m2, 1.5) if m2 > 0 else 0.0
    kurt = m4 / (m2 * m2) if m2 > 0 else 0.0
    return mean, m2, skew, kurt, tails
