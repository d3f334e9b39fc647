# cython: language_level=3
"""Sigma-delta modulation into a signed-char bitstream with a running-sum decoder.

The bitstream is stored one signed char per sample in a malloc'd buffer; the
modulator loop, run-length scan and boxcar decoder (an integer running sum) all run in
nogil C code, and only the sampled decoded values become Python floats.

Keywords: sigma delta, bitstream, char buffer, running sum, malloc, nogil
"""

import cython
from libc.math cimport sin, sqrt, pow, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100000, 64))
@cython.cdivision(True)
def sigma_delta_modulator(int n, int window):
    """Modulate n samples, decode with a boxcar of `window` bits; summarise."""
    if window < 1:
        return 0, 0, 0.0, []
    if n < 0:
        n = 0
    cdef signed char *bits = <signed char *> malloc(n + 1)
    cdef double *inputs = <double *> malloc((n + 1) * sizeof(double))
    cdef double *decoded = <double *> malloc((n + 1) * sizeof(double))
    cdef double i1 = 0.0, i2 = 0.0, x, feedback, err2 = 0.0, value
    cdef long ones = 0, longest = 0, run = 0, acc = 0, nd = 0
    cdef int t
    if bits == NULL or inputs == NULL or decoded == NULL:
        free(bits); free(inputs); free(decoded)
        raise MemoryError()
    try:
        with nogil:
            for t in range(n):
                x = 0.5 * sin(2 * M_PI * t / 20000.0)
                inputs[t] = x
                feedback = 1.0 if t > 0 and bits[t - 1] > 0 else -1.0
                i1 += x - feedback
                i2 += i1 - feedback
                bits[t] = 1 if i2 >= 0 else -1
            for t in range(n):
                if bits[t] > 0:
                    ones += 1
                run = run + 1 if t and bits[t] == bits[t - 1] else 1
                if run > longest:
                    longest = run
            for t in range(n):
                acc += bits[t]
                if t >= window:
                    acc -= bits[t - window]
                if t >= window - 1:
                    value = acc / <double> window
                    decoded[nd] = value
                    nd += 1
                    err2 += pow(value - inputs[t - window // 2], 2.0)
        rms = sqrt(err2 / nd) if nd else 0.0
        return ones, longest, rms, [decoded[t] for t in range(0, nd, nd // 8 if nd // 8 > 1 else 1)]
    finally:
        free(bits); free(inputs); free(decoded)
