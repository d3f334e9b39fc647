# distutils: language = c++
# cython: language_level=3
"""k nearest neighbours of 3-D points with a k-d tree and a bounded max-heap — implicit tree, C heap.

The tree lives in one permutation array: each range is partitioned around its median
with ``std::nth_element`` (comparator on (coordinate, index) reading the axis from a
module-level C variable), so node ``mid`` of range [lo, hi) is the split. Queries run
nogil with an explicit stack of (range, plane distance) frames and a hand-written
binary max-heap of (distance, index) structs.

Keywords: spatial indexing, kd tree, k nearest neighbours, bounded heap, branch and bound, 3-d points
"""

import cython
from libc.stdlib cimport malloc, free
from libcpp cimport bool as cbool
from libcpp.algorithm cimport nth_element

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Cand:
    long long d
    int idx


cdef struct Frame:
    int lo
    int hi
    int depth
    long long plane2   # squared distance to the parent's plane, -1 for the near side


cdef int* g_xyz
cdef int g_axis


cdef cbool less_on_axis(int a, int b) noexcept nogil:
    cdef int u = g_xyz[3 * a + g_axis], v = g_xyz[3 * b + g_axis]
    if u != v:
        return u < v
    return a < b


cdef void build(int* order, int lo, int hi, int depth) noexcept nogil:
    global g_axis
    cdef int mid
    while hi - lo > 1:
        mid = lo + (hi - lo) // 2
        g_axis = depth % 3
        nth_element(order + lo, order + mid, order + hi, less_on_axis)
        build(order, lo, mid, depth + 1)
        lo = mid + 1
        depth += 1


cdef inline cbool worse(Cand a, Cand b) noexcept nogil:
    return a.d > b.d or (a.d == b.d and a.idx > b.idx)


cdef void heap_push(Cand* h, int* size, Cand c) noexcept nogil:
    cdef int i = size[0], parent
    size[0] += 1
    while i > 0:
        parent = (i - 1) >> 1
        if not worse(c, h[parent]):
            break
        h[i] = h[parent]
        i = parent
    h[i] = c


cdef void heap_replace_top(Cand* h, int size, Cand c) noexcept nogil:
    cdef int i = 0, child
    while True:
        child = 2 * i + 1
        if child >= size:
            break
        if child + 1 < size and worse(h[child + 1], h[child]):
            child += 1
        if not worse(h[child], c):
            break
        h[i] = h[child]
        i = child
    h[i] = c


cdef long long k_nearest(const int* xyz, const int* order, int n, int qx, int qy, int qz, int k,
                         Cand* heap, int* size, Frame* stack) noexcept nogil:
    cdef long long visited = 0, d, diff, dx, dy, dz
    cdef int top = 0, lo, hi, depth, mid, p, axis
    cdef int q[3]
    cdef Cand c
    q[0] = qx; q[1] = qy; q[2] = qz
    size[0] = 0
    stack[0].lo = 0; stack[0].hi = n; stack[0].depth = 0; stack[0].plane2 = -1
    top = 1
    while top > 0:
        top -= 1
        lo = stack[top].lo; hi = stack[top].hi; depth = stack[top].depth
        if lo >= hi:
            continue
        if stack[top].plane2 >= 0 and size[0] == k and stack[top].plane2 > heap[0].d:
            continue
        visited += 1
        mid = lo + (hi - lo) // 2
        p = order[mid]
        dx = xyz[3 * p] - qx; dy = xyz[3 * p + 1] - qy; dz = xyz[3 * p + 2] - qz
        d = dx * dx + dy * dy + dz * dz
        c.d = d; c.idx = p
        if size[0] < k:
            heap_push(heap, size, c)
        elif worse(heap[0], c):
            heap_replace_top(heap, size[0], c)
        axis = depth % 3
        diff = q[axis] - xyz[3 * p + axis]
        # far side first on the stack, so the near side is finished before it is tested
        if diff < 0:
            stack[top].lo = mid + 1; stack[top].hi = hi
            stack[top + 1].lo = lo; stack[top + 1].hi = mid
        else:
            stack[top].lo = lo; stack[top].hi = mid
            stack[top + 1].lo = mid + 1; stack[top + 1].hi = hi
        stack[top].depth = depth + 1; stack[top].plane2 = diff * diff
        stack[top + 1].depth = depth + 1; stack[top + 1].plane2 = -1
        top += 2
    return visited


@cython_benchmark(args=(10000, 1000, 8, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def kd_tree_k_nearest_heap(int n, int queries, int k, long long seed):
    """Return (neighbour checksum, sum of k-th distances, nodes visited, first query's list)."""
    global g_xyz
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0, kth_total = 0, visited = 0
    cdef int i, j, q, size = 0, qx, qy, qz
    cdef Cand tmp
    cdef int* xyz = <int*>malloc((3 * n + 3) * sizeof(int))
    cdef int* order = <int*>malloc((n + 1) * sizeof(int))
    cdef Cand* heap = <Cand*>malloc(((k if k > 0 else 0) + 1) * sizeof(Cand))
    cdef Frame* stack = <Frame*>malloc((2 * 64 + 4) * sizeof(Frame))
    first = []
    if xyz == NULL or order == NULL or heap == NULL or stack == NULL:
        free(xyz); free(order); free(heap); free(stack)
        raise MemoryError()
    try:
        for i in range(3 * n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            xyz[i] = <int>((state >> 8) % 4096)
        for i in range(0, n - 1, 97):
            xyz[3 * (i + 1)] = xyz[3 * i]
            xyz[3 * (i + 1) + 1] = xyz[3 * i + 1]
            xyz[3 * (i + 1) + 2] = xyz[3 * i + 2]
        for i in range(n):
            order[i] = i
        g_xyz = xyz
        build(order, 0, n, 0)
        for q in range(queries):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            qx = <int>((state >> 8) % 4096)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            qy = <int>((state >> 8) % 4096)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            qz = <int>((state >> 8) % 4096)
            if k <= 0:
                continue
            with nogil:
                visited += k_nearest(xyz, order, n, qx, qy, qz, k, heap, &size, stack)
                # heap-sort in place: the largest goes last, leaving ascending (d, idx)
                j = size
                while j > 1:
                    tmp = heap[0]
                    j -= 1
                    heap_replace_top(heap, j, heap[j])
                    heap[j] = tmp
            for i in range(size):
                checksum = (checksum * 1000003 + heap[i].idx * 7 + heap[i].d) % 1000000007
            if size > 0:
                kth_total += heap[size - 1].d
            if q == 0:
                first = [(heap[i].d, heap[i].idx) for i in range(size)]
        return (checksum, kth_total, visited, first)
    finally:
        free(xyz); free(order); free(heap); free(stack)
