# cython: language_level=3
"""Fixed-radius neighbour search in 4-D with a ball tree — typed memoryviews and node structs.

Points sit in a C-contiguous ``int[:, ::1]`` memoryview over a ``cython.view.array``;
the tree is an array of ``BallNode`` structs (centroid as ``double[4]``, radius, slice
of an id permutation, child indices). Splits sort packed (coordinate << 32 | id)
keys with libc ``qsort``; the query is a recursive nogil cdef function that uses
``libc.math.sqrt`` with the same summation order as the Python side.

Keywords: spatial indexing, ball tree, radius query, metric tree, triangle inequality, clustering
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    DIM = 4


cdef struct BallNode:
    double c[DIM]
    double radius
    int start
    int end
    long long id_sum
    int inner
    int outer


cdef struct Stats:
    long long visits
    long long swallowed
    long long tests


cdef int cmp_keys(const void* a, const void* b) noexcept nogil:
    cdef long long u = (<const long long*>a)[0], v = (<const long long*>b)[0]
    return (u > v) - (u < v)


cdef int build(int[:, ::1] pts, int* order, long long* keys, BallNode* nodes, int* n_nodes,
               int start, int end, int leaf_size) noexcept nogil:
    cdef int me = n_nodes[0], i, k, p, axis, lo, hi, best
    cdef long long s
    cdef double d, acc
    cdef BallNode* node = &nodes[me]
    n_nodes[0] += 1
    node.start = start
    node.end = end
    node.id_sum = 0
    for k in range(DIM):
        s = 0
        for i in range(start, end):
            s += pts[order[i], k]
        node.c[k] = <double>s / (end - start)
    node.radius = 0.0
    for i in range(start, end):
        p = order[i]
        node.id_sum += p
        acc = 0.0
        for k in range(DIM):
            d = node.c[k] - pts[p, k]
            acc += d * d
        acc = sqrt(acc)
        if acc > node.radius:
            node.radius = acc
    node.inner = -1
    node.outer = -1
    if end - start <= leaf_size:
        return me
    axis = 0
    best = -1
    for k in range(DIM):
        lo = pts[order[start], k]
        hi = lo
        for i in range(start, end):
            if pts[order[i], k] < lo:
                lo = pts[order[i], k]
            if pts[order[i], k] > hi:
                hi = pts[order[i], k]
        if hi - lo > best:
            best = hi - lo
            axis = k
    for i in range(start, end):
        keys[i - start] = ((<long long>pts[order[i], axis]) << 32) | order[i]
    qsort(keys, end - start, sizeof(long long), cmp_keys)
    for i in range(start, end):
        order[i] = <int>(keys[i - start] & 0xFFFFFFFFLL)
    k = start + (end - start) // 2
    i = build(pts, order, keys, nodes, n_nodes, start, k, leaf_size)
    nodes[me].inner = i
    i = build(pts, order, keys, nodes, n_nodes, k, end, leaf_size)
    nodes[me].outer = i
    return me


cdef void search(int[:, ::1] pts, const int* order, const BallNode* nodes, int at, const int* q,
                 int radius, long long r2, long long* count, long long* id_sum, Stats* st) noexcept nogil:
    cdef const BallNode* node = &nodes[at]
    cdef double gap = 0.0, d
    cdef long long dist2, e
    cdef int k, i, p
    st.visits += 1
    for k in range(DIM):
        d = q[k] - node.c[k]
        gap += d * d
    gap = sqrt(gap)
    if gap - node.radius > radius:
        return
    if gap + node.radius <= radius:
        st.swallowed += 1
        count[0] += node.end - node.start
        id_sum[0] += node.id_sum
        return
    if node.inner < 0:
        for i in range(node.start, node.end):
            p = order[i]
            st.tests += 1
            dist2 = 0
            for k in range(DIM):
                e = pts[p, k] - q[k]
                dist2 += e * e
            if dist2 <= r2:
                count[0] += 1
                id_sum[0] += p
        return
    search(pts, order, nodes, node.inner, q, radius, r2, count, id_sum, st)
    search(pts, order, nodes, node.outer, q, radius, r2, count, id_sum, st)


@cython_benchmark(args=(8000, 350, 90, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ball_tree_radius_neighbors(int n, int queries, int radius, long long seed):
    """Return (checksum, nodes visited, nodes taken whole, distance tests, first 8 counts)."""
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0, count, id_sum, r2 = <long long>radius * radius
    cdef int centres[12][DIM]
    cdef int q[DIM]
    cdef int i, k, t, c, v, n_nodes = 0
    cdef Stats st
    cdef int[:, ::1] pts = cvarray(shape=(max(n, 1), DIM), itemsize=sizeof(int), format="i")
    cdef int* order = <int*>malloc((n + 1) * sizeof(int))
    cdef long long* keys = <long long*>malloc((n + 1) * sizeof(long long))
    cdef BallNode* nodes = <BallNode*>malloc((2 * n + 1) * sizeof(BallNode))
    st.visits = 0; st.swallowed = 0; st.tests = 0
    first = []
    if order == NULL or keys == NULL or nodes == NULL:
        free(order); free(keys); free(nodes)
        raise MemoryError()
    try:
        for c in range(12):
            for k in range(DIM):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                centres[c][k] = <int>((state >> 10) % 1000)
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            c = <int>((state >> 10) % 12)
            for k in range(DIM):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v = centres[c][k] + <int>((state >> 10) % 161) - 80
                pts[i, k] = 0 if v < 0 else (999 if v > 999 else v)
            order[i] = i
        if n > 0:
            with nogil:
                build(pts, order, keys, nodes, &n_nodes, 0, n, 6)
        for t in range(queries):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            c = <int>((state >> 10) % 12)
            for k in range(DIM):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                q[k] = centres[c][k] + <int>((state >> 10) % 201) - 100
            count = 0
            id_sum = 0
            if n > 0:
                with nogil:
                    search(pts, order, nodes, 0, q, radius, r2, &count, &id_sum, &st)
            checksum = (checksum * 1000003 + count * 65537 + id_sum) % 1000000007
            if t < 8:
                first.append(count)
        return (checksum, st.visits, st.swallowed, st.tests, first)
    finally:
        free(order); free(keys); free(nodes)
