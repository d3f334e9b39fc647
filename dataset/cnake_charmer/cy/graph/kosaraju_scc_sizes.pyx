# cython: language_level=3
"""Kosaraju's SCC algorithm on CSR arrays with explicit C stacks.

Forward and reverse adjacency are built as compressed-sparse-row int arrays; the
first DFS keeps a per-node edge cursor instead of Python iterators, and both passes
use malloc'd stacks, so the traversal runs entirely in C.

Keywords: graph, strongly connected components, kosaraju, dfs, digraph
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef void build_csr(int n, int m, const int *src, const int *dst, int *start, int *nbr) noexcept nogil:
    cdef int i, k
    for i in range(n + 1):
        start[i] = 0
    for i in range(m):
        start[src[i] + 1] += 1
    for i in range(n):
        start[i + 1] += start[i]
    for i in range(m):
        k = start[src[i]]
        nbr[k] = dst[i]
        start[src[i]] = k + 1
    for i in range(n, 0, -1):
        start[i] = start[i - 1]
    start[0] = 0


@cython_benchmark(args=(60000, 75000, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
def kosaraju_scc_sizes(int n, int m, long long seed):
    """Return (component count, five largest sizes, sum of squared sizes)."""
    if n <= 0:
        return (0, [], 0)
    cdef int *eu = <int *>malloc((m + 1) * sizeof(int))
    cdef int *ev = <int *>malloc((m + 1) * sizeof(int))
    cdef int *fs = <int *>malloc((n + 1) * sizeof(int))
    cdef int *fn = <int *>malloc((m + 1) * sizeof(int))
    cdef int *rs = <int *>malloc((n + 1) * sizeof(int))
    cdef int *rn = <int *>malloc((m + 1) * sizeof(int))
    cdef int *cursor = <int *>malloc(n * sizeof(int))
    cdef int *stack = <int *>malloc(n * sizeof(int))
    cdef int *order = <int *>malloc(n * sizeof(int))
    cdef int *comp = <int *>malloc(n * sizeof(int))
    cdef int *sizes = <int *>calloc(n, sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, s, v, w, top, norder = 0, ncomp = 0, size
    cdef long long squares = 0
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            eu[i] = <int>((state >> 5) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ev[i] = <int>((state >> 5) % n)
        with nogil:
            build_csr(n, m, eu, ev, fs, fn)
            build_csr(n, m, ev, eu, rs, rn)
            for i in range(n):
                cursor[i] = -1
                comp[i] = -1
            for s in range(n):
                if cursor[s] >= 0:
                    continue
                cursor[s] = fs[s]
                top = 0
                stack[0] = s
                while top >= 0:
                    v = stack[top]
                    if cursor[v] < fs[v + 1]:
                        w = fn[cursor[v]]
                        cursor[v] += 1
                        if cursor[w] < 0:
                            cursor[w] = fs[w]
                            top += 1
                            stack[top] = w
                    else:
                        top -= 1
                        order[norder] = v
                        norder += 1
            for i in range(n - 1, -1, -1):
                s = order[i]
                if comp[s] != -1:
                    continue
                comp[s] = ncomp
                top = 0
                stack[0] = s
                size = 0
                while top >= 0:
                    v = stack[top]
                    top -= 1
                    size += 1
                    for w in range(rs[v], rs[v + 1]):
                        if comp[rn[w]] == -1:
                            comp[rn[w]] = ncomp
                            top += 1
                            stack[top] = rn[w]
                sizes[ncomp] = size
                ncomp += 1
        result = sorted([sizes[i] for i in range(ncomp)], reverse=True)
        for i in range(ncomp):
            squares += <long long>sizes[i] * sizes[i]
    finally:
        free(eu); free(ev); free(fs); free(fn); free(rs); free(rn)
        free(cursor); free(stack); free(order); free(comp); free(sizes)
    return (ncomp, result[:5], squares)
