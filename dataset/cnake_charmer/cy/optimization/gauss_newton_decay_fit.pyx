# cython: language_level=3
"""Gauss-Newton decay fits with fixed-size C normal equations.

The 3x3 normal matrix and right-hand side are fixed C arrays accumulated in a single
pass over the samples, the determinant is an inline cdef over a ``double[3][3]``
copied per Cramer column, and the series data live in malloc'ed buffers reused for
every series.

Keywords: optimization, gauss newton, nonlinear least squares, curve fitting, exponential decay
"""

from libc.math cimport exp, fabs
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double det3(double m[3][3]) noexcept nogil:
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))


cdef inline double uniform(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>s[0] / 2147483648.0


@cython_benchmark(args=(80, 120, 15, 4))
def gauss_newton_decay_fit(int series, int points, int iterations, long seed):
    """Return (mean |error| of a, b, c, iterations performed, last fitted params)."""
    cdef int n = points if points > 0 else 0
    cdef double *ts = <double *>malloc((n + 1) * sizeof(double))
    cdef double *ys = <double *>malloc((n + 1) * sizeof(double))
    if ts == NULL or ys == NULL:
        free(ts); free(ys)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double jtj[3][3]
    cdef double mk[3][3]
    cdef double jtr[3]
    cdef double grad[3]
    cdef double truth[3]
    cdef double params[3]
    cdef double step[3]
    cdef double errors[3]
    cdef double e, resid, d
    cdef int s, it, p, i, j, k
    cdef long done = 0
    errors[0] = errors[1] = errors[2] = 0.0
    params[0] = params[1] = params[2] = 0.0
    try:
        for s in range(series):
            truth[0] = 1.0 + 4.0 * uniform(&state)
            truth[1] = 0.05 + 0.3 * uniform(&state)
            truth[2] = uniform(&state) - 0.5
            for p in range(n):
                ts[p] = 0.25 * p
                ys[p] = truth[0] * exp(-truth[1] * ts[p]) + truth[2] + 0.01 * (uniform(&state) - 0.5)
            if n > 0:
                params[0] = ys[0] - ys[n - 1]
                params[1] = 0.1
                params[2] = ys[n - 1]
            else:
                params[0] = 1.0
                params[1] = 0.1
                params[2] = 0.0
            for it in range(iterations):
                for i in range(3):
                    jtr[i] = 0.0
                    for j in range(3):
                        jtj[i][j] = 0.0
                for p in range(n):
                    e = exp(-params[1] * ts[p])
                    resid = ys[p] - (params[0] * e + params[2])
                    grad[0] = e
                    grad[1] = -params[0] * ts[p] * e
                    grad[2] = 1.0
                    for i in range(3):
                        jtr[i] += grad[i] * resid
                        for j in range(3):
                            jtj[i][j] += grad[i] * grad[j]
                d = det3(jtj)
                if fabs(d) < 1e-300:
                    break
                for k in range(3):
                    memcpy(mk, jtj, sizeof(jtj))
                    for i in range(3):
                        mk[i][k] = jtr[i]
                    step[k] = det3(mk) / d
                for k in range(3):
                    params[k] = params[k] + step[k]
                params[1] = min(max(params[1], 0.001), 5.0)
                done += 1
            for k in range(3):
                errors[k] += fabs(params[k] - truth[k])
    finally:
        free(ts); free(ys)
    if series > 0:
        for k in range(3):
            errors[k] = errors[k] / series
    return [errors[0], errors[1], errors[2]], done, [params[0], params[1], params[2]]
