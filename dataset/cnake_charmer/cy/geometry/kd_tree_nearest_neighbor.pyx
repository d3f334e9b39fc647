# cython: language_level=3
"""2-d tree construction and nearest-neighbour queries.

The tree is implicit in a permutation array: ranges are ordered with qsort via a
comparator that reads the split axis from a module-level C pointer, and the query is a
recursive nogil cdef function that updates a Best struct through its address.

Keywords: geometry, kd tree, nearest neighbour, spatial index, branch and bound
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Best:
    long long d
    int idx

cdef long long* g_coord
cdef int g_axis


cdef int cmp_axis(const void* a, const void* b) noexcept nogil:
    cdef int i = (<const int*>a)[0], j = (<const int*>b)[0]
    cdef long long u = g_coord[2 * i + g_axis], v = g_coord[2 * j + g_axis]
    if u != v:
        return -1 if u < v else 1
    return -1 if i < j else (1 if i > j else 0)


cdef void build(int* order, int lo, int hi, int depth) noexcept nogil:
    global g_axis
    if hi - lo <= 1:
        return
    g_axis = depth % 2
    qsort(&order[lo], hi - lo, sizeof(int), cmp_axis)
    cdef int mid = (lo + hi) // 2
    build(order, lo, mid, depth + 1)
    build(order, mid + 1, hi, depth + 1)


cdef void search(long long* xy, int* order, int lo, int hi, int depth, long long qx, long long qy,
                 Best* best, long long* visited) noexcept nogil:
    if lo >= hi:
        return
    visited[0] += 1
    cdef int mid = (lo + hi) // 2
    cdef int idx = order[mid]
    cdef long long px = xy[2 * idx], py = xy[2 * idx + 1]
    cdef long long d = (px - qx) * (px - qx) + (py - qy) * (py - qy)
    cdef long long diff
    if d < best.d or (d == best.d and idx < best.idx):
        best.d = d
        best.idx = idx
    diff = (qx - px) if depth % 2 == 0 else (qy - py)
    if diff < 0:
        search(xy, order, lo, mid, depth + 1, qx, qy, best, visited)
        if diff * diff <= best.d:
            search(xy, order, mid + 1, hi, depth + 1, qx, qy, best, visited)
    else:
        search(xy, order, mid + 1, hi, depth + 1, qx, qy, best, visited)
        if diff * diff <= best.d:
            search(xy, order, lo, mid, depth + 1, qx, qy, best, visited)


@cython_benchmark(args=(6000, 3000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def kd_tree_nearest_neighbor(int n, int queries, long long seed):
    """Build a 2-d tree over n points and answer nearest-neighbour queries."""
    global g_coord
    cdef long long state = seed & 0x7FFFFFFF, qx, qy, checksum = 0, total = 0, visited = 0
    cdef long long* xy = <long long*>malloc((2 * n + 2) * sizeof(long long))
    cdef int* order = <int*>malloc((n + 1) * sizeof(int))
    cdef int i, q
    cdef Best best
    first = []
    if xy == NULL or order == NULL:
        free(xy); free(order)
        raise MemoryError()
    try:
        for i in range(2 * n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            xy[i] = state % 100000
        for i in range(n):
            order[i] = i
        g_coord = xy
        build(order, 0, n, 0)
        for q in range(queries):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            qx = state % 100000
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            qy = state % 100000
            best.d = 1LL << 62
            best.idx = -1
            search(xy, order, 0, n, 0, qx, qy, &best, &visited)
            checksum = (checksum * 1000003 + best.idx) % 1000000007
            total += best.d
            if q < 6:
                first.append(best.idx)
        return (checksum, total, visited, first)
    finally:
        free(xy); free(order)
