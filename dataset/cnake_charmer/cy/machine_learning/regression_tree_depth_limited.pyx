# cython: language_level=3
"""Regression tree with per-feature presorted index arrays and stable partitioning.

Each feature's row order is sorted once by a counting sort over the 256 possible
values. A node owns a contiguous segment of both orders; after choosing a split, each
segment is stably partitioned into left and right parts in C, so children inherit
sorted orders and no node ever sorts again. Sums of the integer targets are long longs.

Keywords: regression tree, cart, presorting, stable partition, counting sort, malloc
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Tree:
    int *feat          # n x 2 features, row-major
    long long *y
    int *order         # 2 x n: order[f * n + i]
    int *tmp
    char *goes_left
    int n
    int max_depth
    int min_leaf
    int nleaves
    int *leaf_depth
    int *leaf_count
    double *leaf_mean
    double sq_err


@cython.cdivision(True)
cdef inline double sse(long long t, long long tsq, long long c) noexcept nogil:
    if c == 0:
        return 0.0
    return tsq - t * t / <double> c


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void grow(Tree *T, int lo, int hi, int depth) noexcept nogil:
    cdef int count = hi - lo, f, i, r, nl, bf = -1, bthr = 0, a, b, v, nxt
    cdef long long total = 0, tsq = 0, left, lsq, yv
    cdef double score, best = 0.0
    cdef int *ordf
    cdef int n = T.n
    for i in range(lo, hi):
        yv = T.y[T.order[i]]
        total += yv
        tsq += yv * yv
    if depth < T.max_depth:
        for f in range(2):
            ordf = T.order + f * n
            left = 0
            lsq = 0
            for i in range(lo, hi - 1):
                r = ordf[i]
                yv = T.y[r]
                left += yv
                lsq += yv * yv
                nl = i - lo + 1
                v = T.feat[r * 2 + f]
                nxt = T.feat[ordf[i + 1] * 2 + f]
                if v == nxt or nl < T.min_leaf or count - nl < T.min_leaf:
                    continue
                score = sse(left, lsq, nl) + sse(total - left, tsq - lsq, count - nl)
                if bf < 0 or score < best:
                    best = score
                    bf = f
                    bthr = v
    if bf < 0:
        T.leaf_depth[T.nleaves] = depth
        T.leaf_count[T.nleaves] = count
        T.leaf_mean[T.nleaves] = total / <double> count
        T.nleaves += 1
        T.sq_err += sse(total, tsq, count)
        return
    nl = 0
    for i in range(lo, hi):
        r = T.order[bf * n + i]
        T.goes_left[r] = T.feat[r * 2 + bf] <= bthr
        if T.goes_left[r]:
            nl += 1
    for f in range(2):
        ordf = T.order + f * n
        a = lo
        b = 0
        for i in range(lo, hi):
            r = ordf[i]
            if T.goes_left[r]:
                ordf[a] = r
                a += 1
            else:
                T.tmp[b] = r
                b += 1
        for i in range(b):
            ordf[a + i] = T.tmp[i]
    grow(T, lo, lo + nl, depth + 1)
    grow(T, lo + nl, hi, depth + 1)


@cython_benchmark(args=(20000, 5, 10))
@cython.boundscheck(False)
@cython.wraparound(False)
def regression_tree_depth_limited(int n, int max_depth, int min_leaf):
    """Grow a depth-limited regression tree; return (leaves, training mse)."""
    if n <= 0:
        return [], 0.0
    if min_leaf < 1:
        min_leaf = 1
    cdef Tree T
    cdef long long state = 3141
    cdef int i, f, a, b, base, v
    cdef int counts[257]
    T.n = n
    T.max_depth = max_depth
    T.min_leaf = min_leaf
    T.nleaves = 0
    T.sq_err = 0.0
    T.feat = <int *> malloc(2 * n * sizeof(int))
    T.y = <long long *> malloc(n * sizeof(long long))
    T.order = <int *> malloc(2 * n * sizeof(int))
    T.tmp = <int *> malloc(n * sizeof(int))
    T.goes_left = <char *> malloc(n)
    T.leaf_depth = <int *> malloc(n * sizeof(int))
    T.leaf_count = <int *> malloc(n * sizeof(int))
    T.leaf_mean = <double *> malloc(n * sizeof(double))
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = state % 256
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            b = state % 256
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            base = 300 if a < 100 else (700 if b < 160 else -200)
            T.feat[2 * i] = a
            T.feat[2 * i + 1] = b
            T.y[i] = base + (a - b) + <int> (state % 200)
        for f in range(2):
            for v in range(257):
                counts[v] = 0
            for i in range(n):
                counts[T.feat[2 * i + f] + 1] += 1
            for v in range(256):
                counts[v + 1] += counts[v]
            for i in range(n):
                v = T.feat[2 * i + f]
                T.order[f * n + counts[v]] = i
                counts[v] += 1
        with nogil:
            grow(&T, 0, n, 0)
        leaves = [(T.leaf_depth[i], T.leaf_count[i], T.leaf_mean[i]) for i in range(T.nleaves)]
        return leaves, T.sq_err / n
    finally:
        free(T.feat); free(T.y); free(T.order); free(T.tmp); free(T.goes_left)
        free(T.leaf_depth); free(T.leaf_count); free(T.leaf_mean)
