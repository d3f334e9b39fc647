# cython: language_level=3
"""Matrix-factorisation SGD with factor matrices in contiguous C buffers.

The observed (user, item, rating) triples are stored as three C arrays and the factor
matrices P and Q as flat row-major doubles, so each SGD step is a rank-length dot
product and an in-place update on two C rows, free of list indexing and float boxing,
inside a nogil loop.

Keywords: matrix factorization, collaborative filtering, sgd, latent factors, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double uniform(long long *state) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return state[0] / <double> 0x7FFFFFFF


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void train(int m, int rank, int epochs, double mean, int *ru, int *ri, double *rv,
                double *P, double *Q, double *bu, double *bi, double *hist) noexcept nogil:
    cdef int e, k, f
    cdef double pred, err, sq, p, q, lr = 0.02, reg = 0.05
    cdef double *pu
    cdef double *qi
    for e in range(epochs):
        sq = 0.0
        for k in range(m):
            pu = P + ru[k] * rank
            qi = Q + ri[k] * rank
            pred = mean + bu[ru[k]] + bi[ri[k]]
            for f in range(rank):
                pred += pu[f] * qi[f]
            err = rv[k] - pred
            sq += err * err
            bu[ru[k]] += lr * (err - reg * bu[ru[k]])
            bi[ri[k]] += lr * (err - reg * bi[ri[k]])
            for f in range(rank):
                p = pu[f]
                q = qi[f]
                pu[f] = p + lr * (err * q - reg * p)
                qi[f] = q + lr * (err * p - reg * q)
        hist[e] = sqrt(sq / m)


@cython_benchmark(args=(300, 200, 4000, 8, 10))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def matrix_factorization_sgd(int users, int items, int ratings, int rank, int epochs):
    """Fit biased matrix factorisation by SGD; return (rmse per epoch, mean, predictions)."""
    if users <= 0 or items <= 0 or ratings <= 0 or rank <= 0:
        return [], 0.0, []
    if epochs < 0:
        epochs = 0
    cdef long long state = 424242
    cdef double *HU = <double *> malloc(users * 3 * sizeof(double))
    cdef double *HI = <double *> malloc(items * 3 * sizeof(double))
    cdef int *ru = <int *> malloc(ratings * sizeof(int))
    cdef int *ri = <int *> malloc(ratings * sizeof(int))
    cdef double *rv = <double *> malloc(ratings * sizeof(double))
    cdef double *P = <double *> malloc(users * rank * sizeof(double))
    cdef double *Q = <double *> malloc(items * rank * sizeof(double))
    cdef double *bu = <double *> malloc(users * sizeof(double))
    cdef double *bi = <double *> malloc(items * sizeof(double))
    cdef double *hist = <double *> malloc((epochs + 1) * sizeof(double))
    cdef int j, k, u, i, f
    cdef double dot, mean = 0.0, pred
    try:
        for j in range(users * 3):
            HU[j] = uniform(&state)
        for j in range(items * 3):
            HI[j] = uniform(&state)
        for k in range(ratings):
            u = (<int> (uniform(&state) * users)) % users
            i = (<int> (uniform(&state) * items)) % items
            dot = 0.0
            for f in range(3):
                dot += HU[u * 3 + f] * HI[i * 3 + f]
            ru[k] = u
            ri[k] = i
            rv[k] = 1.0 + dot * 1.5 + (uniform(&state) - 0.5) * 0.5
        for k in range(ratings):
            mean += rv[k]
        mean /= ratings
        for j in range(users * rank):
            P[j] = (uniform(&state) - 0.5) * 0.1
        for j in range(items * rank):
            Q[j] = (uniform(&state) - 0.5) * 0.1
        for u in range(users):
            bu[u] = 0.0
        for i in range(items):
            bi[i] = 0.0
        with nogil:
            train(ratings, rank, epochs, mean, ru, ri, rv, P, Q, bu, bi, hist)
        probes = []
        for k in range(5):
            u = (k * 7) % users
            i = (k * 11) % items
            pred = mean + bu[u] + bi[i]
            for f in range(rank):
                pred += P[u * rank + f] * Q[i * rank + f]
            probes.append(pred)
        return [hist[k] for k in range(epochs)], mean, probes
    finally:
        free(HU); free(HI); free(ru); free(ri); free(rv); free(P); free(Q)
        free(bu); free(bi); free(hist)
