# cython: language_level=3
"""Metropolis sampling in a nogil C loop with the chain kept in a C buffer.

The log-density is an inline noexcept cdef using libc ``exp``/``log``; the chain
stores its post-burn-in samples in a malloc'ed double buffer (instead of a Python
list of floats) for the two-pass mean and variance, with the histogram in a C array.

Keywords: monte carlo, mcmc, metropolis hastings, bimodal distribution, random walk
"""

from libc.math cimport exp, log
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double log_target(double x) noexcept nogil:
    cdef double a = exp(-0.5 * (x + 3.0) * (x + 3.0))
    cdef double b = 0.6 * exp(-0.5 * (x - 3.0) * (x - 3.0))
    return log(a + b + 1e-300)


cdef inline double uniform(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>s[0] / 2147483648.0


@cython_benchmark(args=(60000, 2.5, 17))
def metropolis_bimodal_sampler(long steps, double step, long seed):
    """Return (accepted moves, mean, variance, mode crossings, 12-bin histogram on [-6, 6])."""
    cdef long burn = steps // 10, nkept = 0, t, accepted = 0, crossings = 0, i
    cdef long n = steps - burn if steps > burn else 0
    cdef double *kept = <double *>malloc((n + 1) * sizeof(double))
    if kept == NULL:
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double x = 0.0, current = log_target(0.0), proposal, candidate, total = 0.0, mean, var = 0.0, d
    cdef long hist[12]
    for i in range(12):
        hist[i] = 0
    try:
        with nogil:
            for t in range(steps):
                proposal = x + step * (2.0 * uniform(&state) - 1.0)
                candidate = log_target(proposal)
                if log(uniform(&state) + 1e-300) < candidate - current:
                    if (proposal > 0.0) != (x > 0.0):
                        crossings += 1
                    x = proposal
                    current = candidate
                    accepted += 1
                if t >= burn:
                    kept[nkept] = x
                    nkept += 1
                    if -6.0 <= x < 6.0:
                        hist[<int>(x + 6.0)] += 1
            if nkept > 0:
                for i in range(nkept):
                    total += kept[i]
                mean = total / nkept
                for i in range(nkept):
                    d = kept[i] - mean
                    var += d * d
                var /= nkept
        if nkept == 0:
            return accepted, 0.0, 0.0, crossings, [hist[i] for i in range(12)]
        return accepted, mean, var, crossings, [hist[i] for i in range(12)]
    finally:
        free(kept)
