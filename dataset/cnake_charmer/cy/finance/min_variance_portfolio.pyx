# cython: language_level=3
"""Minimum-variance weights with cython.view matrices and in-place elimination.

Returns, covariance and the augmented system are ``cython.view.array`` buffers read
through 2D C-contiguous memoryviews; covariance accumulation and Gaussian elimination
with partial pivoting are plain typed loops with row swaps done element-wise.

Keywords: finance, portfolio, covariance, markowitz, minimum variance, linear system
"""

cimport cython
from cython.view cimport array as cvarray
from libc.math cimport fabs

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double uniform(unsigned long long *state) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>state[0] / 2147483648.0 - 0.5


@cython_benchmark(args=(30, 800, 14))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def min_variance_portfolio(int assets, int days, long seed):
    """Return (weights, portfolio variance) of the minimum-variance portfolio."""
    if assets <= 0 or days < 2:
        return [], 0.0
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double[:, ::1] ret = cvarray(shape=(days, assets), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] cov = cvarray(shape=(assets, assets), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] m = cvarray(shape=(assets, assets + 1), itemsize=sizeof(double), format="d")
    cdef double[::1] means = cvarray(shape=(assets,), itemsize=sizeof(double), format="d")
    cdef double[::1] w = cvarray(shape=(assets,), itemsize=sizeof(double), format="d")
    cdef int d, a, i, j, r, c, col, pivot
    cdef double market, s, factor, best, tmp, scale, variance
    for d in range(days):
        market = uniform(&state) * 0.02
        for a in range(assets):
            ret[d, a] = market * (0.5 + 0.05 * a) + uniform(&state) * (0.01 + 0.002 * a)
    for a in range(assets):
        s = 0.0
        for d in range(days):
            s += ret[d, a]
        means[a] = s / days
    for i in range(assets):
        for j in range(i, assets):
            s = 0.0
            for d in range(days):
                s += (ret[d, i] - means[i]) * (ret[d, j] - means[j])
            cov[i, j] = s / (days - 1)
            cov[j, i] = cov[i, j]
    for i in range(assets):
        for j in range(assets):
            m[i, j] = cov[i, j]
        m[i, assets] = 1.0
    for col in range(assets):
        pivot = col
        best = fabs(m[col, col])
        for r in range(col + 1, assets):
            if fabs(m[r, col]) > best:
                best = fabs(m[r, col])
                pivot = r
        if pivot != col:
            for c in range(assets + 1):
                tmp = m[col, c]; m[col, c] = m[pivot, c]; m[pivot, c] = tmp
        for r in range(col + 1, assets):
            factor = m[r, col] / m[col, col]
            for c in range(col, assets + 1):
                m[r, c] -= factor * m[col, c]
    for r in range(assets - 1, -1, -1):
        s = 0.0
        for c in range(r + 1, assets):
            s += m[r, c] * w[c]
        w[r] = (m[r, assets] - s) / m[r, r]
    scale = 0.0
    for a in range(assets):
        scale += w[a]
    weights = [w[a] / scale for a in range(assets)]
    variance = 0.0
    for i in range(assets):
        for j in range(assets):
            variance += (w[i] / scale) * cov[i, j] * (w[j] / scale)
    return weights, variance
