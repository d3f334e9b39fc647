# cython: language_level=3
"""Linear-interpolation resampling with C buffers and an inline tone generator.

Input and output live in malloc'd C arrays; the position, index and fraction for each
output sample are C doubles and Py_ssize_t, and the reference tone is an inline nogil
function, so the whole conversion runs without the GIL.

Keywords: resampling, linear interpolation, malloc, inline, nogil, libc math
"""

import cython
from libc.math cimport sin, cos, sqrt, pow, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double tone(double t, double rate) noexcept nogil:
    return sin(2 * M_PI * 440.0 * t / rate) + 0.3 * cos(2 * M_PI * 1250.0 * t / rate)


@cython_benchmark(args=(44100, 48000, 60000))
@cython.cdivision(True)
def linear_resample_ratio(int src, int dst, int n):
    """Resample n samples from rate src to rate dst; return length, RMS error and samples."""
    if n < 2 or src <= 0 or dst <= 0:
        return 0, 0.0, []
    cdef Py_ssize_t out_len = (<long long> (n - 1) * dst) // src + 1, k, i
    cdef double *x = <double *> malloc(n * sizeof(double))
    cdef double *out = <double *> malloc(out_len * sizeof(double))
    cdef double pos, frac, err2 = 0.0
    if x == NULL or out == NULL:
        free(x); free(out)
        raise MemoryError()
    try:
        with nogil:
            for i in range(n):
                x[i] = tone(<double> i, src)
            for k in range(out_len):
                pos = (<long long> k * src) / <double> dst
                i = <Py_ssize_t> pos
                if i > n - 2:
                    i = n - 2
                frac = pos - i
                out[k] = x[i] + (x[i + 1] - x[i]) * frac
                err2 += pow(out[k] - tone(pos, src), 2.0)
        return (out_len, sqrt(err2 / out_len),
                [out[k] for k in range(0, out_len, out_len // 6 if out_len // 6 > 1 else 1)])
    finally:
        free(x); free(out)
