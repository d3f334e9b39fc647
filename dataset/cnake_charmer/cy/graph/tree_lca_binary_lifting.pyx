# cython: language_level=3
"""Binary-lifting LCA over one flat ancestor table in C memory.

The levels x n ancestor table is a single int block obtained through a checked
allocator declared ``except NULL`` (so allocation failure raises MemoryError); the
lifting loops are an inline nogil function on C ints.

Keywords: graph, tree, lowest common ancestor, binary lifting, sparse table, queries
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int *alloc_ints(Py_ssize_t count) except NULL:
    cdef int *block = <int *>malloc((count + 1) * sizeof(int))
    if block == NULL:
        raise MemoryError()
    return block


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline int lca(const int *up, const int *depth, int n, int levels, int u, int v) noexcept nogil:
    cdef int diff, k, t
    if depth[u] < depth[v]:
        t = u; u = v; v = t
    diff = depth[u] - depth[v]
    k = 0
    while diff:
        if diff & 1:
            u = up[k * n + u]
        diff >>= 1
        k += 1
    if u == v:
        return u
    for k in range(levels - 1, -1, -1):
        if up[k * n + u] != up[k * n + v]:
            u = up[k * n + u]
            v = up[k * n + v]
    return up[u]


@cython_benchmark(args=(15000, 15000, 61))
@cython.boundscheck(False)
@cython.wraparound(False)
def tree_lca_binary_lifting(int n, int queries, long long seed):
    """Return (sum of LCA depths, sum of weighted distances, ancestor-pair queries, max distance)."""
    if n <= 0:
        return (0, 0, 0, 0)
    cdef int levels = max(1, (n - 1).bit_length())
    cdef int *up = alloc_ints(<Py_ssize_t>levels * n)
    cdef int *depth = NULL
    cdef long long *root_dist = NULL
    cdef long long state = seed & 0x7FFFFFFF
    cdef long long depth_sum = 0, dist_sum = 0, longest = 0, d
    cdef int v, k, a, b, c, q, ancestor_pairs = 0
    try:
        depth = alloc_ints(n)
        root_dist = <long long *>malloc(n * sizeof(long long))
        if root_dist == NULL:
            raise MemoryError()
        up[0] = 0
        depth[0] = 0
        root_dist[0] = 0
        for v in range(1, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            up[v] = <int>((state >> 7) % v)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            depth[v] = depth[up[v]] + 1
            root_dist[v] = root_dist[up[v]] + 1 + (state >> 7) % 100
        with nogil:
            for k in range(1, levels):
                for v in range(n):
                    up[k * n + v] = up[(k - 1) * n + up[(k - 1) * n + v]]
            for q in range(queries):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                a = <int>((state >> 7) % n)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                b = <int>((state >> 7) % n)
                c = lca(up, depth, n, levels, a, b)
                if c == a or c == b:
                    ancestor_pairs += 1
                d = root_dist[a] + root_dist[b] - 2 * root_dist[c]
                depth_sum += depth[c]
                dist_sum += d
                if d > longest:
                    longest = d
    finally:
        free(up); free(depth); free(root_dist)
    return (depth_sum, dist_sum, ancestor_pairs, longest)
