# cython: language_level=3
"""Orthogonal range sums over weighted points with a bucket k-d tree — a cdef class over flat structs.

A ``cdef class`` owns two C arrays allocated in ``__cinit__`` and released in
``__dealloc__``: the points as structs (sorted in place, so every leaf is a contiguous
slice) and the nodes in pre-order with child indices, boxes, counts and weight
totals. Splits use an in-place quickselect on packed (coordinate, id) integer keys,
so building costs O(n log n) instead of a sort per level, and queries walk an
explicit C stack of node indices.

Keywords: spatial indexing, kd tree, range query, orthogonal range sum, bucket leaves, bounding box
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct WPoint:
    int x
    int y
    int w
    int id


cdef struct BoxNode:
    int x0
    int y0
    int x1
    int y1
    int count
    long long total
    int left
    int right
    int start      # leaf slice [start, end) of the point array; start < 0 for inner nodes
    int end


cdef inline long long sort_key(const WPoint* p, int axis) noexcept nogil:
    # (coordinate, id) as one integer: coordinates and ids both fit in 31 bits
    return ((<long long>(p.x if axis == 0 else p.y)) << 32) | p.id


cdef void select_median(WPoint* pts, int lo, int hi, int kth, int axis) noexcept nogil:
    """Quickselect on [lo, hi): afterwards pts[kth] is in sorted position and the
    points before it are all smaller, the points after it all larger."""
    cdef int i, j, mid
    cdef long long pivot
    cdef WPoint tmp
    hi -= 1
    while lo < hi:
        mid = lo + (hi - lo) // 2
        pivot = sort_key(&pts[mid], axis)
        i = lo
        j = hi
        while i <= j:
            while sort_key(&pts[i], axis) < pivot:
                i += 1
            while sort_key(&pts[j], axis) > pivot:
                j -= 1
            if i <= j:
                tmp = pts[i]; pts[i] = pts[j]; pts[j] = tmp
                i += 1
                j -= 1
        if kth <= j:
            hi = j
        elif kth >= i:
            lo = i
        else:
            return


cdef class BoxKdTree:
    cdef WPoint* pts
    cdef BoxNode* nodes
    cdef int n
    cdef int n_nodes
    cdef int leaf_size
    cdef long long whole
    cdef long long tested

    def __cinit__(self, int n, int leaf_size):
        self.n = n
        self.leaf_size = leaf_size
        self.pts = <WPoint*>malloc((n + 1) * sizeof(WPoint))
        self.nodes = <BoxNode*>malloc((2 * n + 1) * sizeof(BoxNode))
        if self.pts == NULL or self.nodes == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.pts)
        free(self.nodes)

    cdef int build(self, int start, int end) noexcept nogil:
        cdef int me = self.n_nodes, i, mid
        cdef BoxNode* node = &self.nodes[me]
        cdef WPoint* p
        self.n_nodes += 1
        node.x0 = self.pts[start].x; node.x1 = node.x0
        node.y0 = self.pts[start].y; node.y1 = node.y0
        node.total = 0
        for i in range(start, end):
            p = &self.pts[i]
            if p.x < node.x0: node.x0 = p.x
            if p.x > node.x1: node.x1 = p.x
            if p.y < node.y0: node.y0 = p.y
            if p.y > node.y1: node.y1 = p.y
            node.total += p.w
        node.count = end - start
        if end - start <= self.leaf_size:
            node.start = start; node.end = end
            node.left = -1; node.right = -1
            return me
        node.start = -1
        mid = start + (end - start) // 2
        select_median(self.pts, start, end, mid, 0 if node.x1 - node.x0 >= node.y1 - node.y0 else 1)
        i = self.build(start, mid)
        self.nodes[me].left = i
        i = self.build(mid, end)
        self.nodes[me].right = i
        return me

    cdef void query(self, int x0, int y0, int x1, int y1, int* stack,
                    long long* count, long long* weight) noexcept nogil:
        cdef int top = 1, i
        cdef BoxNode* node
        cdef WPoint* p
        count[0] = 0
        weight[0] = 0
        stack[0] = 0
        while top > 0:
            top -= 1
            node = &self.nodes[stack[top]]
            if node.x0 > x1 or node.x1 < x0 or node.y0 > y1 or node.y1 < y0:
                continue
            if x0 <= node.x0 and node.x1 <= x1 and y0 <= node.y0 and node.y1 <= y1:
                self.whole += 1
                count[0] += node.count
                weight[0] += node.total
                continue
            if node.start >= 0:
                self.tested += node.end - node.start
                for i in range(node.start, node.end):
                    p = &self.pts[i]
                    if x0 <= p.x <= x1 and y0 <= p.y <= y1:
                        count[0] += 1
                        weight[0] += p.w
                continue
            stack[top] = node.right
            stack[top + 1] = node.left
            top += 2


@cython_benchmark(args=(16000, 1500, 8, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def kd_tree_weighted_box_sums(int n, int queries, int leaf_size, long long seed):
    """Return (checksum, whole subtrees, leaf points tested, nodes, first 6 (count, weight))."""
    if leaf_size < 1:
        raise ValueError("leaf_size must be positive")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, q, x, x0, y0, x1, y1
    cdef long long cnt, wsum, checksum = 0
    cdef BoxKdTree tree = BoxKdTree(n, leaf_size)
    cdef int* stack = <int*>malloc(256 * sizeof(int))
    if stack == NULL:
        raise MemoryError()
    first = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x = <int>((state >> 12) % 5000)
            tree.pts[i].x = x
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            tree.pts[i].y = <int>(((state >> 12) % 3000 + x // 2) % 5000)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            tree.pts[i].w = <int>(1 + (state >> 12) % 100)
            tree.pts[i].id = i
        if n > 0:
            with nogil:
                tree.build(0, n)
        for q in range(queries):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x0 = <int>((state >> 12) % 5000)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            y0 = <int>((state >> 12) % 5000)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x1 = x0 + <int>((state >> 12) % 1500)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            y1 = y0 + <int>((state >> 12) % 1500)
            cnt = 0
            wsum = 0
            if n > 0:
                tree.query(x0, y0, x1, y1, stack, &cnt, &wsum)
            checksum = (checksum * 131 + cnt * 100003 + wsum) % 2147483647
            if q < 6:
                first.append((cnt, wsum))
        return (checksum, tree.whole, tree.tested, tree.n_nodes, first)
    finally:
        free(stack)
