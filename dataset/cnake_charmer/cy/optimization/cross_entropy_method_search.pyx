# cython: language_level=3
"""Cross-entropy search with samples in C buffers ranked by an index sort.

Samples are stored row-wise in a malloc'ed matrix with their scores beside them;
ranking sorts an index array by score with a stable insertion sort (equal scores keep
sampling order, as Python's stable sort does), and the elite statistics are computed
over the sorted indices without copying rows.

Keywords: optimization, cross entropy method, ackley, stochastic search, elite sampling
"""

from libc.math cimport sqrt, log, cos, exp, M_PI, M_E
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double normal(unsigned long long *s) noexcept nogil:
    cdef double u1
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    u1 = <double>(s[0] + 1) / 2147483649.0
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * <double>s[0] / 2147483648.0)


cdef inline double ackley(const double *x, int n) noexcept nogil:
    cdef double s1 = 0.0, s2 = 0.0
    cdef int i
    for i in range(n):
        s1 += x[i] * x[i]
    for i in range(n):
        s2 += cos(2.0 * M_PI * x[i])
    s1 /= n
    s2 /= n
    return -20.0 * exp(-0.2 * sqrt(s1)) - exp(s2) + 20.0 + M_E


@cython_benchmark(args=(5, 600, 60, 15, 8))
def cross_entropy_method_search(int dims, int samples, int elite, int generations, long seed):
    """Return (best value, final means, final std devs, best value per generation)."""
    if dims <= 0 or samples <= 0:
        return 0.0, [], [], []
    if elite > samples:
        elite = samples
    if elite < 1:
        elite = 1
    cdef double *pop = <double *>malloc(samples * dims * sizeof(double))
    cdef double *score = <double *>malloc(samples * sizeof(double))
    cdef int *idx = <int *>malloc(samples * sizeof(int))
    cdef double *mean = <double *>malloc(dims * sizeof(double))
    cdef double *std = <double *>malloc(dims * sizeof(double))
    if pop == NULL or score == NULL or idx == NULL or mean == NULL or std == NULL:
        free(pop); free(score); free(idx); free(mean); free(std)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int g, s, d, i, j, key
    cdef double best = 1e308, m, v, diff
    history = []
    try:
        for d in range(dims):
            mean[d] = 3.0
            std[d] = 2.0
        for g in range(generations):
            for s in range(samples):
                for d in range(dims):
                    pop[s * dims + d] = mean[d] + std[d] * normal(&state)
                score[s] = ackley(pop + s * dims, dims)
                idx[s] = s
            for i in range(1, samples):
                key = idx[i]
                j = i - 1
                while j >= 0 and score[idx[j]] > score[key]:
                    idx[j + 1] = idx[j]
                    j -= 1
                idx[j + 1] = key
            if score[idx[0]] < best:
                best = score[idx[0]]
            history.append(score[idx[0]])
            for d in range(dims):
                m = 0.0
                for i in range(elite):
                    m += pop[idx[i] * dims + d]
                m /= elite
                v = 0.0
                for i in range(elite):
                    diff = pop[idx[i] * dims + d] - m
                    v += diff * diff
                v /= elite
                mean[d] = 0.7 * m + 0.3 * mean[d]
                std[d] = 0.7 * sqrt(v) + 0.3 * std[d]
        return (best if generations > 0 else 0.0), [mean[d] for d in range(dims)], [std[d] for d in range(dims)], history
    finally:
        free(pop); free(score); free(idx); free(mean); free(std)
