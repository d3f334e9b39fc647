# cython: language_level=3
"""1-D Gaussian-mixture EM with a flat responsibility matrix and cached log terms.

Responsibilities live in one n x k malloc'd double buffer. The per-component constants
log(w) - 0.5 log(2 pi v) and 1/(2v) are computed once per iteration instead of once per
sample, and the E and M steps are typed loops calling libc exp/log without the GIL.

Keywords: gaussian mixture, em algorithm, log-sum-exp, libc math, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport exp, log, sqrt, cos, pi

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void em(int n, int k, int iters, double *x, double *R, double *w, double *mu,
             double *var, double *cst, double *trace) noexcept nogil:
    cdef int it, i, c
    cdef double top, total, norm, loglik, d, nk, sx, sv, m
    cdef double *r
    for it in range(iters):
        for c in range(k):
            cst[c] = log(w[c]) - 0.5 * log(2.0 * pi * var[c])
        loglik = 0.0
        for i in range(n):
            r = R + i * k
            for c in range(k):
                d = x[i] - mu[c]
                r[c] = cst[c] - d * d / (2.0 * var[c])
            top = r[0]
            for c in range(1, k):
                if r[c] > top:
                    top = r[c]
            total = 0.0
            for c in range(k):
                total += exp(r[c] - top)
            norm = top + log(total)
            loglik += norm
            for c in range(k):
                r[c] = exp(r[c] - norm)
        trace[it] = loglik
        for c in range(k):
            nk = 0.0
            sx = 0.0
            for i in range(n):
                nk += R[i * k + c]
                sx += R[i * k + c] * x[i]
            if nk < 1e-12:
                nk = 1e-12
            m = sx / nk
            sv = 0.0
            for i in range(n):
                d = x[i] - m
                sv += R[i * k + c] * d * d
            w[c] = nk / n if nk / n > 1e-12 else 1e-12
            mu[c] = m
            var[c] = sv / nk + 1e-6


@cython_benchmark(args=(2000, 3, 25))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gmm_em_1d(int n, int k, int iters):
    """Fit a k-component 1-D GMM by EM; return (weights, means, stds, loglik trace)."""
    if n <= 0 or k <= 0:
        return [], [], [], []
    if iters < 0:
        iters = 0
    cdef double *x = <double *> malloc(n * sizeof(double))
    cdef double *R = <double *> malloc(n * k * sizeof(double))
    cdef double *w = <double *> malloc(k * sizeof(double))
    cdef double *mu = <double *> malloc(k * sizeof(double))
    cdef double *var = <double *> malloc(k * sizeof(double))
    cdef double *cst = <double *> malloc(k * sizeof(double))
    cdef double *trace = <double *> malloc((iters + 1) * sizeof(double))
    cdef double centres[3]
    cdef double spreads[3]
    centres[0] = -4.0; centres[1] = 1.0; centres[2] = 5.0
    spreads[0] = 1.0; spreads[1] = 0.6; spreads[2] = 1.5
    cdef long long state = 1357
    cdef int i, c
    cdef double u1, u2, z, lo, hi, mean_all = 0.0, var_all = 0.0, d
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u1 = (state + 1) / 2147483648.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u2 = state / 2147483648.0
            z = sqrt(-2.0 * log(u1)) * cos(2.0 * pi * u2)
            x[i] = centres[i % 3] + spreads[i % 3] * z
        lo = x[0]
        hi = x[0]
        for i in range(n):
            if x[i] < lo:
                lo = x[i]
            if x[i] > hi:
                hi = x[i]
            mean_all += x[i]
        mean_all /= n
        for i in range(n):
            d = x[i] - mean_all
            var_all += d * d
        var_all = var_all / n + 1e-6
        for c in range(k):
            w[c] = 1.0 / k
            mu[c] = lo + (hi - lo) * (c + 0.5) / k
            var[c] = var_all
        with nogil:
            em(n, k, iters, x, R, w, mu, var, cst, trace)
        return ([w[c] for c in range(k)], [mu[c] for c in range(k)],
                [sqrt(var[c]) for c in range(k)], [trace[i] for i in range(iters)])
    finally:
        free(x); free(R); free(w); free(mu); free(var); free(cst); free(trace)
