# cython: language_level=3
"""PCA by power iteration with a symmetric covariance build in C arrays.

Centred data sit in one malloc'd buffer; the covariance accumulates only the upper
triangle (then mirrors it), halving the dominant O(n d^2) work. Power iteration and the
rank-one deflation are typed loops over a flat d x d matrix with libc sqrt.

Keywords: pca, power iteration, covariance, symmetric, deflation, malloc, libc math
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt, cos, sin, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(1200, 20, 3, 60))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def pca_covariance_deflation(int n, int dim, int components, int iters):
    """Top principal components of generated data; return (eigenvalues, ratios, first vector)."""
    if n <= 1 or dim <= 0 or components <= 0:
        return [], [], []
    if components > dim:
        components = dim
    cdef double *X = <double *> malloc(n * dim * sizeof(double))
    cdef double *mean = <double *> malloc(dim * sizeof(double))
    cdef double *C = <double *> malloc(dim * dim * sizeof(double))
    cdef double *v = <double *> malloc(dim * sizeof(double))
    cdef double *nx = <double *> malloc(dim * sizeof(double))
    cdef double *lams = <double *> malloc(components * sizeof(double))
    cdef double *first = <double *> malloc(dim * sizeof(double))
    cdef double fac[3]
    cdef long long state = 1618
    cdef int i, j, a, b, c, f, it, big
    cdef double noise, s, norm, lam, total = 0.0, sign
    cdef double *row
    try:
        for i in range(n):
            for f in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                fac[f] = (state / <double> 0x7FFFFFFF - 0.5) * (3.0 - f)
            for j in range(dim):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                noise = (state / <double> 0x7FFFFFFF - 0.5) * 0.3
                X[i * dim + j] = (fac[0] * cos(j) + fac[1] * sin(0.5 * j)
                                  + fac[2] * ((j % 3) - 1) + noise)
        with nogil:
            for j in range(dim):
                mean[j] = 0.0
            for i in range(n):
                for j in range(dim):
                    mean[j] += X[i * dim + j]
            for j in range(dim):
                mean[j] /= n
            for i in range(n):
                for j in range(dim):
                    X[i * dim + j] -= mean[j]
            for a in range(dim * dim):
                C[a] = 0.0
            for i in range(n):
                row = X + i * dim
                for a in range(dim):
                    s = row[a]
                    for b in range(a, dim):
                        C[a * dim + b] += s * row[b]
            for a in range(dim):
                for b in range(a, dim):
                    C[a * dim + b] /= (n - 1)
                    C[b * dim + a] = C[a * dim + b]
                total += C[a * dim + a]
            for c in range(components):
                for j in range(dim):
                    v[j] = 1.0 / sqrt(dim) + 0.01 * j
                lam = 0.0
                for it in range(iters):
                    norm = 0.0
                    for a in range(dim):
                        s = 0.0
                        for b in range(dim):
                            s += C[a * dim + b] * v[b]
                        nx[a] = s
                        norm += s * s
                    norm = sqrt(norm)
                    if norm == 0.0:
                        break
                    for a in range(dim):
                        v[a] = nx[a] / norm
                    lam = norm
                if c == 0:
                    big = 0
                    for j in range(1, dim):
                        if fabs(v[j]) > fabs(v[big]):
                            big = j
                    sign = 1.0 if v[big] > 0 else -1.0
                    for j in range(dim):
                        first[j] = sign * v[j]
                lams[c] = lam
                for a in range(dim):
                    for b in range(dim):
                        C[a * dim + b] -= lam * v[a] * v[b]
        return ([lams[c] for c in range(components)],
                [lams[c] / total for c in range(components)],
                [first[j] for j in range(dim)])
    finally:
        free(X); free(mean); free(C); free(v); free(nx); free(lams); free(first)
