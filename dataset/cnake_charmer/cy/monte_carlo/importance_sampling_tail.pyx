# cython: language_level=3
"""Tail probabilities by importance sampling with libm functions from an extern block.

``erfc``, ``exp``, ``log``, ``sqrt`` and ``cos`` are declared with
``cdef extern from "math.h"``; the normal generator is a ``noexcept nogil`` inline
function, and both estimators for a threshold run in one GIL-free loop.

Keywords: monte carlo, importance sampling, rare events, gaussian tail, variance reduction
"""

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double erfc(double x)
    double exp(double x)
    double log(double x)
    double sqrt(double x)
    double cos(double x)
    const double M_PI


cdef inline double normal(unsigned long long *s) noexcept nogil:
    cdef double u1
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    u1 = <double>(s[0] + 1) / 2147483649.0
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * <double>s[0] / 2147483648.0)


@cython_benchmark(args=(6, 8000, 9))
def importance_sampling_tail(int thresholds, long samples, long seed):
    """Return [(threshold, naive estimate, importance estimate, exact tail)]."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int k
    cdef long s, naive
    cdef double t, z, weighted, exact
    out = []
    for k in range(thresholds):
        t = 1.0 + k
        naive = 0
        weighted = 0.0
        with nogil:
            for s in range(samples):
                if normal(&state) > t:
                    naive += 1
                z = t + normal(&state)
                if z > t:
                    weighted += exp(-t * z + 0.5 * t * t)
        exact = 0.5 * erfc(t / sqrt(2.0))
        if samples > 0:
            out.append((t, naive / <double>samples, weighted / samples, exact))
        else:
            out.append((t, 0.0, 0.0, exact))
    return out
