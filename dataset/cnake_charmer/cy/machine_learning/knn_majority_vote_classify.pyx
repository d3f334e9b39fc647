# cython: language_level=3
"""k-NN classification with a bounded insertion list of the k best neighbours.

Training points live in C int arrays; for each test point one typed pass computes
integer squared distances and keeps the k smallest (distance, index) pairs in a small
sorted C buffer by insertion, so no heap of Python tuples or key lambdas is built. The
vote is a three-slot C counter.

Keywords: k-nearest neighbours, knn, classification, insertion, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef long long gen_blobs(int count, long long state, int *xs, int *ys, int *lab) noexcept nogil:
    cdef int cxs[3]
    cdef int cys[3]
    cxs[0] = 200; cys[0] = 300
    cxs[1] = 450; cys[1] = 350
    cxs[2] = 320; cys[2] = 520
    cdef int i, label
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        label = state % 3
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        xs[i] = cxs[label] + <int> (state % 301) - 150
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ys[i] = cys[label] + <int> (state % 301) - 150
        lab[i] = label
    return state


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int classify(int x, int y, int n, int k, int *tx, int *ty, int *tl,
                  long long *bd, int *bi) noexcept nogil:
    cdef int filled = 0, j, p, c, best
    cdef long long d, dx, dy
    cdef int votes[3]
    for j in range(n):
        dx = tx[j] - x
        dy = ty[j] - y
        d = dx * dx + dy * dy
        if filled == k and d >= bd[k - 1]:
            continue
        p = filled if filled < k else k - 1
        while p > 0 and bd[p - 1] > d:
            bd[p] = bd[p - 1]
            bi[p] = bi[p - 1]
            p -= 1
        bd[p] = d
        bi[p] = j
        if filled < k:
            filled += 1
    votes[0] = 0; votes[1] = 0; votes[2] = 0
    for p in range(filled):
        votes[tl[bi[p]]] += 1
    best = 0
    for c in range(1, 3):
        if votes[c] > votes[best]:
            best = c
    return best


@cython_benchmark(args=(1500, 250, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def knn_majority_vote_classify(int n_train, int n_test, int k):
    """Classify n_test points with k-NN over n_train points; return (correct, confusion, head)."""
    if n_train <= 0 or n_test <= 0 or k <= 0:
        return 0, [[0] * 3 for _ in range(3)], []
    if k > n_train:
        k = n_train
    cdef int *tx = <int *> malloc(n_train * sizeof(int))
    cdef int *ty = <int *> malloc(n_train * sizeof(int))
    cdef int *tl = <int *> malloc(n_train * sizeof(int))
    cdef int *qx = <int *> malloc(n_test * sizeof(int))
    cdef int *qy = <int *> malloc(n_test * sizeof(int))
    cdef int *ql = <int *> malloc(n_test * sizeof(int))
    cdef int *pred = <int *> malloc(n_test * sizeof(int))
    cdef long long *bd = <long long *> malloc(k * sizeof(long long))
    cdef int *bi = <int *> malloc(k * sizeof(int))
    cdef int conf[3][3]
    cdef int i, a, b, correct = 0
    cdef long long state
    try:
        for a in range(3):
            for b in range(3):
                conf[a][b] = 0
        with nogil:
            state = gen_blobs(n_train, 777, tx, ty, tl)
            gen_blobs(n_test, state, qx, qy, ql)
            for i in range(n_test):
                pred[i] = classify(qx[i], qy[i], n_train, k, tx, ty, tl, bd, bi)
                conf[ql[i]][pred[i]] += 1
        for a in range(3):
            correct += conf[a][a]
        return (correct, [[conf[a][b] for b in range(3)] for a in range(3)],
                [pred[i] for i in range(min(n_test, 25))])
    finally:
        free(tx); free(ty); free(tl); free(qx); free(qy); free(ql)
        free(pred); free(bd); free(bi)
