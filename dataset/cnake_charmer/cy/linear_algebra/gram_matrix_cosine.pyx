# cython: language_level=3
"""Cosine Gram matrix filled row by row over 2-D memoryviews.

Vectors and the similarity matrix are C-contiguous 2-D memoryviews over cython.view
arrays. Each row of the similarity matrix (and its nearest neighbour) depends only on
the inputs, so rows are computed by a nogil helper; the mean is then summed in
the Python side's order.

Keywords: gram matrix, cosine similarity, 2d memoryview, cython view, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void fill_row(Py_ssize_t i, double[:, ::1] vec, double[::1] norms, double[:, ::1] sim,
                   int[::1] nearest) noexcept nogil:
    cdef Py_ssize_t count = vec.shape[0], dim = vec.shape[1], j, t
    cdef double s
    cdef int best = -1
    for j in range(count):
        s = 0.0
        for t in range(dim):
            s += vec[i, t] * vec[j, t]
        sim[i, j] = s / (norms[i] * norms[j])
    for j in range(count):
        if j != i and (best < 0 or sim[i, j] > sim[i, best]):
            best = <int> j
    nearest[i] = best


@cython_benchmark(args=(130, 48))
@cython.boundscheck(False)
@cython.wraparound(False)
def gram_matrix_cosine(int count, int dim):
    """Pairwise cosine similarities; return nearest neighbours, mean similarity, first row."""
    if count <= 0:
        return [], 0.0, []
    cdef Py_ssize_t d = dim if dim > 0 else 1
    cdef double[:, ::1] vec = cvarray(shape=(count, d), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] sim = cvarray(shape=(count, count), itemsize=sizeof(double), format="d")
    cdef double[::1] norms = cvarray(shape=(count,), itemsize=sizeof(double), format="d")
    cdef int[::1] nearest = cvarray(shape=(count,), itemsize=sizeof(int), format="i")
    cdef long long state = 606
    cdef Py_ssize_t i, j, t
    cdef double s, total = 0.0
    vec[:, :] = 0.0
    for i in range(count):
        s = 0.0
        for t in range(dim):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vec[i, t] = state / <double> 0x7FFFFFFF - 0.3
            s += vec[i, t] * vec[i, t]
        norms[i] = sqrt(s) if s != 0.0 else 1.0
    with nogil:
        for i in range(count):
            fill_row(i, vec, norms, sim, nearest)
    for i in range(count):
        for j in range(count):
            if i != j:
                total += sim[i, j]
    mean = total / (count * (count - 1)) if count > 1 else 0.0
    return [nearest[i] for i in range(count)], mean, [sim[0, j] for j in range(count)]
