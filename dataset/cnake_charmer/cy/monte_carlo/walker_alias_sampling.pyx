# cython: language_level=3
"""Alias-method sampling with C work stacks and a nogil sampling loop.

The small/large work lists of Vose's construction are C int stacks, the probability
and alias tables are C arrays, and the sampling loop is ``nogil``; each sample costs
two LCG steps, a comparison and an array increment.

Keywords: monte carlo, alias method, discrete distribution, sampling, vose
"""

from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline unsigned long long step(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return s[0]


@cython_benchmark(args=(64, 200000, 3))
def walker_alias_sampling(int outcomes, long samples, long seed):
    """Return (scaled acceptance probabilities, alias indices, sample histogram)."""
    if outcomes <= 0:
        return [], [], []
    cdef int k = outcomes, i, s, g, ns = 0, nl = 0, col
    cdef long *w = <long *>malloc(k * sizeof(long))
    cdef double *scaled = <double *>malloc(k * sizeof(double))
    cdef double *prob = <double *>calloc(k, sizeof(double))
    cdef int *alias = <int *>malloc(k * sizeof(int))
    cdef int *small = <int *>malloc(k * sizeof(int))
    cdef int *large = <int *>malloc(k * sizeof(int))
    cdef long *hist = <long *>calloc(k, sizeof(long))
    if not (w and scaled and prob and alias and small and large and hist):
        free(w); free(scaled); free(prob); free(alias); free(small); free(large); free(hist)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long total = 0, n
    cdef double coin
    try:
        for i in range(k):
            w[i] = 1 + <long>((step(&state) >> 8) % 100)
            total += w[i]
        for i in range(k):
            scaled[i] = w[i] * k / <double>total
            alias[i] = i
        for i in range(k):
            if scaled[i] < 1.0:
                small[ns] = i
                ns += 1
        for i in range(k):
            if scaled[i] >= 1.0:
                large[nl] = i
                nl += 1
        while ns > 0 and nl > 0:
            ns -= 1
            s = small[ns]
            nl -= 1
            g = large[nl]
            prob[s] = scaled[s]
            alias[s] = g
            scaled[g] = scaled[g] + scaled[s] - 1.0
            if scaled[g] < 1.0:
                small[ns] = g
                ns += 1
            else:
                large[nl] = g
                nl += 1
        for i in range(nl):
            prob[large[i]] = 1.0
        for i in range(ns):
            prob[small[i]] = 1.0
        with nogil:
            for n in range(samples):
                col = <int>((step(&state) >> 4) % <unsigned long long>k)
                coin = <double>step(&state) / 2147483648.0
                if coin < prob[col]:
                    hist[col] += 1
                else:
                    hist[alias[col]] += 1
        return ([<long long>(prob[i] * 1e9 + 0.5) for i in range(k)],
                [alias[i] for i in range(k)], [hist[i] for i in range(k)])
    finally:
        free(w); free(scaled); free(prob); free(alias); free(small); free(large); free(hist)
