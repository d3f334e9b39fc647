# cython: language_level=3
"""Low-link articulation points and bridges with C arrays and an explicit DFS stack.

Adjacency is stored CSR-style with parallel neighbour and edge-id arrays; the DFS
keeps (vertex, parent edge) stacks and a per-vertex cursor instead of Python tuples
and iterators, and the whole search runs in a nogil helper.

Keywords: graph, articulation points, bridges, tarjan, low link, dfs, biconnectivity
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int low_link_search(int n, const int *start, const int *nbr, const int *eid,
                         int *disc, int *low, int *cursor, int *sv, int *se,
                         char *is_cut) noexcept nogil:
    cdef int root, top, v, w, k, p, pe, children, timer = 0, bridges = 0
    for root in range(n):
        disc[root] = -1
    for root in range(n):
        if disc[root] != -1:
            continue
        disc[root] = timer
        low[root] = timer
        timer += 1
        children = 0
        top = 0
        sv[0] = root
        se[0] = -1
        cursor[root] = start[root]
        while top >= 0:
            v = sv[top]
            pe = se[top]
            if cursor[v] < start[v + 1]:
                k = cursor[v]
                cursor[v] = k + 1
                if eid[k] == pe:
                    continue
                w = nbr[k]
                if disc[w] == -1:
                    disc[w] = timer
                    low[w] = timer
                    timer += 1
                    cursor[w] = start[w]
                    top += 1
                    sv[top] = w
                    se[top] = eid[k]
                elif disc[w] < low[v]:
                    low[v] = disc[w]
            else:
                top -= 1
                if top >= 0:
                    p = sv[top]
                    if low[v] < low[p]:
                        low[p] = low[v]
                    if low[v] > disc[p]:
                        bridges += 1
                    if p == root:
                        children += 1
                    elif low[v] >= disc[p]:
                        is_cut[p] = 1
        if children >= 2:
            is_cut[root] = 1
    return bridges


@cython_benchmark(args=(50000, 60000, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
def articulation_points_bridges(int n, int m, long long seed):
    """Return (articulation points, bridges, index checksum of points, first 6 points)."""
    if n <= 0:
        return (0, 0, 0, [])
    cdef int *eu = <int *>malloc((m + 1) * sizeof(int))
    cdef int *ev = <int *>malloc((m + 1) * sizeof(int))
    cdef int *start = <int *>calloc(n + 1, sizeof(int))
    cdef int *nbr = <int *>malloc((2 * m + 1) * sizeof(int))
    cdef int *eid = <int *>malloc((2 * m + 1) * sizeof(int))
    cdef int *disc = <int *>malloc(n * sizeof(int))
    cdef int *low = <int *>malloc(n * sizeof(int))
    cdef int *cursor = <int *>malloc(n * sizeof(int))
    cdef int *sv = <int *>malloc((n + 1) * sizeof(int))
    cdef int *se = <int *>malloc((n + 1) * sizeof(int))
    cdef char *is_cut = <char *>calloc(n, 1)
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, k, bridges
    cdef long long checksum = 0
    points = []
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            eu[i] = <int>((state >> 7) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ev[i] = <int>((state >> 7) % n)
            start[eu[i] + 1] += 1
            start[ev[i] + 1] += 1
        for i in range(n):
            start[i + 1] += start[i]
        for i in range(m):
            k = start[eu[i]]
            nbr[k] = ev[i]; eid[k] = i; start[eu[i]] = k + 1
            k = start[ev[i]]
            nbr[k] = eu[i]; eid[k] = i; start[ev[i]] = k + 1
        for i in range(n, 0, -1):
            start[i] = start[i - 1]
        start[0] = 0
        with nogil:
            bridges = low_link_search(n, start, nbr, eid, disc, low, cursor, sv, se, is_cut)
        for i in range(n):
            if is_cut[i]:
                checksum += i
                if len(points) < 6:
                    points.append(i)
        count = 0
        for i in range(n):
            count += is_cut[i]
    finally:
        free(eu); free(ev); free(start); free(nbr); free(eid); free(disc)
        free(low); free(cursor); free(sv); free(se); free(is_cut)
    return (count, bridges, checksum % 1000003, points)
