# cython: language_level=3
"""Nearest neighbours under the Manhattan metric with a vantage-point tree — packed keys and C recursion.

Points are rows of one flat ``int`` array and the L1 metric is a ``cdef inline``
loop. Building works in place on a range of an id buffer: the distances to the
vantage point are packed with the id into ``long long`` keys (d << 32 | id) and ordered
by libc ``qsort``, so the inside and outside sets are simply the two halves of the
range. Nodes are structs in a flat array and the branch-and-bound search is a
recursive nogil ``cdef`` function updating a ``Best`` struct through a pointer.

Keywords: spatial indexing, vp tree, vantage point, metric space, nearest neighbour, manhattan distance
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    DIM = 8


cdef struct VpNode:
    int vantage
    int mu
    int inside
    int outside


cdef struct Best:
    long long d
    int idx


cdef struct Builder:
    const int* pts
    int* ids
    long long* keys
    VpNode* nodes
    int n_nodes
    unsigned int state


cdef inline int manhattan(const int* a, const int* b) noexcept nogil:
    cdef int total = 0, k, t
    for k in range(DIM):
        t = a[k] - b[k]
        total += t if t >= 0 else -t
    return total


cdef int cmp_key(const void* a, const void* b) noexcept nogil:
    cdef long long u = (<const long long*>a)[0], v = (<const long long*>b)[0]
    return (u > v) - (u < v)


cdef inline unsigned int draw(unsigned int* state, unsigned int k) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (state[0] >> 13) % k


cdef int build(Builder* b, int lo, int hi, int* height) noexcept nogil:
    """Build over ids[lo:hi]; return the node index (or -1) and its height in height[0]."""
    cdef int me, pick, vantage, i, m = 0, mid, n_in, h1 = 0, h2 = 0, d
    if lo >= hi:
        height[0] = 0
        return -1
    pick = <int>draw(&b.state, hi - lo)
    vantage = b.ids[lo + pick]
    me = b.n_nodes
    b.n_nodes += 1
    b.nodes[me].vantage = vantage
    b.nodes[me].mu = 0
    b.nodes[me].inside = -1
    b.nodes[me].outside = -1
    for i in range(lo, hi):
        if i != lo + pick:
            d = manhattan(&b.pts[DIM * vantage], &b.pts[DIM * b.ids[i]])
            b.keys[m] = ((<long long>d) << 32) | b.ids[i]
            m += 1
    if m == 0:
        height[0] = 1
        return me
    qsort(b.keys, m, sizeof(long long), cmp_key)
    for i in range(m):
        b.ids[lo + 1 + i] = <int>(b.keys[i] & 0xFFFFFFFFLL)
    b.nodes[me].mu = <int>(b.keys[m // 2] >> 32)
    n_in = 0
    while n_in < m and (b.keys[n_in] >> 32) < b.nodes[me].mu:
        n_in += 1
    mid = lo + 1 + n_in
    i = build(b, lo + 1, mid, &h1)
    b.nodes[me].inside = i
    i = build(b, mid, hi, &h2)
    b.nodes[me].outside = i
    height[0] = 1 + (h1 if h1 > h2 else h2)
    return me


cdef void search(const VpNode* nodes, int at, const int* pts, const int* q, Best* best,
                 long long* evaluations) noexcept nogil:
    if at < 0:
        return
    cdef const VpNode* node = &nodes[at]
    cdef long long d
    evaluations[0] += 1
    d = manhattan(q, &pts[DIM * node.vantage])
    if d < best.d or (d == best.d and node.vantage < best.idx):
        best.d = d
        best.idx = node.vantage
    if d < node.mu:
        search(nodes, node.inside, pts, q, best, evaluations)
        if node.mu - d <= best.d:
            search(nodes, node.outside, pts, q, best, evaluations)
    else:
        search(nodes, node.outside, pts, q, best, evaluations)
        if d - node.mu < best.d:
            search(nodes, node.inside, pts, q, best, evaluations)


@cython_benchmark(args=(4000, 800, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def vp_tree_manhattan_nearest(int n, int queries, long long seed):
    """Return (checksum, distance evaluations, tree height, first 6 (distance, index))."""
    cdef int centres[10][DIM]
    cdef int q[DIM]
    cdef int i, k, c, t, height = 0
    cdef long long checksum = 0, evaluations = 0, ad, ai
    cdef Best best
    cdef Builder b
    b.state = <unsigned int>(seed & 0x7FFFFFFF)
    b.n_nodes = 0
    cdef int* pts = <int*>malloc((DIM * n + DIM) * sizeof(int))
    b.ids = <int*>malloc((n + 1) * sizeof(int))
    b.keys = <long long*>malloc((n + 1) * sizeof(long long))
    b.nodes = <VpNode*>malloc((n + 1) * sizeof(VpNode))
    first = []
    try:
        if not (pts and b.ids and b.keys and b.nodes):
            raise MemoryError()
        for c in range(10):
            for k in range(DIM):
                centres[c][k] = <int>draw(&b.state, 256)
        for i in range(n):
            b.ids[i] = i
            if i % 29 == 3:
                for k in range(DIM):
                    pts[DIM * i + k] = pts[DIM * (i - 1) + k]
                continue
            c = <int>draw(&b.state, 10)
            for k in range(DIM):
                pts[DIM * i + k] = centres[c][k] + <int>draw(&b.state, 41) - 20
        b.pts = pts
        with nogil:
            build(&b, 0, n, &height)
        for t in range(queries):
            c = <int>draw(&b.state, 10)
            for k in range(DIM):
                q[k] = centres[c][k] + <int>draw(&b.state, 61) - 30
            best.d = 1LL << 60
            best.idx = -1
            with nogil:
                search(b.nodes, 0 if n > 0 else -1, pts, q, &best, &evaluations)
            if best.idx >= 0:
                ad = best.d; ai = best.idx
            else:
                ad = -1; ai = -1
            checksum = (checksum * 1000003 + ad * 8191 + ai + 1) % 1000000007
            if checksum < 0:
                checksum += 1000000007
            if t < 6:
                first.append((ad, ai))
        return (checksum, evaluations, height, first)
    finally:
        free(pts); free(b.ids); free(b.keys); free(b.nodes)
