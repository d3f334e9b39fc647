# cython: language_level=3
"""Spatial join of two rectangle layers with Sort-Tile-Recursive packed R-trees — flat levels, C stack.

Each tree is one C array of ``Item`` structs, level after level: rectangles first,
then the nodes of each packed level, whose children are a contiguous index range of
the level below (STR packing makes them contiguous). Tiling is two libc ``qsort``
passes with fixed comparators on doubled centres, and the join replaces recursion by a
growable (``realloc``) stack of node pairs, pushing each batch in reverse so that pairs
come out in the same depth-first order as the Python recursion.

Keywords: spatial indexing, r-tree, sort tile recursive, bulk loading, spatial join, rectangles
"""

import cython
from libc.stdlib cimport malloc, realloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Item:
    int box[4]
    int pos       # position in the level before sorting: the tie-breaker
    int start     # rectangle id for an entry; first child for a node
    int end       # one past the last child (entries: unused)
    int leaf      # 1 for nodes whose children are rectangles


cdef struct Tree:
    Item* items
    int total
    int root
    int height


cdef int by_centre_x(const void* a, const void* b) noexcept nogil:
    cdef const Item* p = <const Item*>a
    cdef const Item* q = <const Item*>b
    cdef int u = p.box[0] + p.box[2], v = q.box[0] + q.box[2]
    if u != v:
        return -1 if u < v else 1
    return (p.pos > q.pos) - (p.pos < q.pos)


cdef int by_centre_y(const void* a, const void* b) noexcept nogil:
    cdef const Item* p = <const Item*>a
    cdef const Item* q = <const Item*>b
    cdef int u = p.box[1] + p.box[3], v = q.box[1] + q.box[3]
    if u != v:
        return -1 if u < v else 1
    return (p.pos > q.pos) - (p.pos < q.pos)


cdef inline bint overlaps(const int* a, const int* b) noexcept nogil:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


cdef int isqrt_ceil(int p) noexcept nogil:
    cdef int s = 0
    while s * s < p:
        s += 1
    return s


cdef void str_load(Tree* t, int count, int capacity) noexcept nogil:
    """Pack items[0:count] level by level; nodes are appended after their children."""
    cdef int lo = 0, hi = count, pages, per_slab, s, e, k, j, made, i
    cdef Item* node
    t.height = 0
    t.root = -1
    if count == 0:
        return
    while True:
        pages = (hi - lo + capacity - 1) // capacity
        per_slab = isqrt_ceil(pages) * capacity
        qsort(&t.items[lo], hi - lo, sizeof(Item), by_centre_x)
        s = lo
        while s < hi:
            e = s + per_slab if s + per_slab < hi else hi
            qsort(&t.items[s], e - s, sizeof(Item), by_centre_y)
            s = e
        made = 0
        s = lo
        while s < hi:
            e = s + per_slab if s + per_slab < hi else hi
            k = s
            while k < e:
                j = k + capacity if k + capacity < e else e
                node = &t.items[hi + made]
                node.pos = made
                node.start = k
                node.end = j
                node.leaf = 1 if t.height == 0 else 0
                node.box[0] = t.items[k].box[0]; node.box[1] = t.items[k].box[1]
                node.box[2] = t.items[k].box[2]; node.box[3] = t.items[k].box[3]
                for i in range(k + 1, j):
                    if t.items[i].box[0] < node.box[0]: node.box[0] = t.items[i].box[0]
                    if t.items[i].box[1] < node.box[1]: node.box[1] = t.items[i].box[1]
                    if t.items[i].box[2] > node.box[2]: node.box[2] = t.items[i].box[2]
                    if t.items[i].box[3] > node.box[3]: node.box[3] = t.items[i].box[3]
                made += 1
                k = j
            s = e
        t.height += 1
        lo = hi
        hi = hi + made
        if made == 1:
            t.root = lo
            t.total = hi
            return


cdef int make_layer(Tree* t, int count, int size, int side, unsigned int* state) except -1:
    cdef int i, x, y
    t.items = <Item*>malloc((2 * count + 8) * sizeof(Item))
    if t.items == NULL:
        raise MemoryError()
    for i in range(count):
        state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
        x = <int>((state[0] >> 11) % <unsigned int>side)
        state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
        y = <int>((state[0] >> 11) % <unsigned int>side)
        t.items[i].box[0] = x
        t.items[i].box[1] = y
        state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
        t.items[i].box[2] = x + 1 + <int>((state[0] >> 11) % <unsigned int>size)
        state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
        t.items[i].box[3] = y + 1 + <int>((state[0] >> 11) % <unsigned int>size)
        t.items[i].pos = i
        t.items[i].start = i
        t.items[i].end = i
        t.items[i].leaf = 0
    return 0


@cython_benchmark(args=(16000, 12000, 10, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def str_rtree_spatial_join(int n_buildings, int n_parcels, int capacity, long long seed):
    """Return (pairs, checksum, node pairs visited, height A, height B, first 5 pairs)."""
    if capacity < 2:
        raise ValueError("capacity must be at least 2")
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int side = min(200 + 10 * (n_buildings + n_parcels), 15000)
    cdef Tree ta, tb
    cdef int* stack = NULL
    cdef int* batch = NULL
    cdef int* grown
    cdef int cap_stack = 1024, top = 0, nb, a, b, i, j, ia, ib
    cdef long long n_pairs = 0, checksum = 0, visits = 0
    cdef Item* A
    cdef Item* B
    first = []
    ta.items = NULL
    tb.items = NULL
    try:
        make_layer(&ta, n_buildings, 90, side, &state)
        make_layer(&tb, n_parcels, 260, side, &state)
        A = ta.items
        B = tb.items
        stack = <int*>malloc(2 * cap_stack * sizeof(int))
        batch = <int*>malloc(2 * (capacity * capacity + 1) * sizeof(int))
        if stack == NULL or batch == NULL:
            raise MemoryError()
        with nogil:
            str_load(&ta, n_buildings, capacity)
            str_load(&tb, n_parcels, capacity)
        if ta.root >= 0 and tb.root >= 0 and overlaps(A[ta.root].box, B[tb.root].box):
            stack[0] = ta.root
            stack[1] = tb.root
            top = 1
        while top > 0:
            top -= 1
            a = stack[2 * top]
            b = stack[2 * top + 1]
            visits += 1
            nb = 0
            if A[a].leaf and B[b].leaf:
                for i in range(A[a].start, A[a].end):
                    for j in range(B[b].start, B[b].end):
                        if overlaps(A[i].box, B[j].box):
                            ia = A[i].start
                            ib = B[j].start
                            n_pairs += 1
                            checksum = (checksum * 1000003 + ia * 65536 + ib) % 1000000007
                            if n_pairs <= 5:
                                first.append((ia, ib))
                continue
            if A[a].leaf:
                for j in range(B[b].start, B[b].end):
                    if overlaps(A[a].box, B[j].box):
                        batch[2 * nb] = a; batch[2 * nb + 1] = j; nb += 1
            elif B[b].leaf:
                for i in range(A[a].start, A[a].end):
                    if overlaps(A[i].box, B[b].box):
                        batch[2 * nb] = i; batch[2 * nb + 1] = b; nb += 1
            else:
                for i in range(A[a].start, A[a].end):
                    for j in range(B[b].start, B[b].end):
                        if overlaps(A[i].box, B[j].box):
                            batch[2 * nb] = i; batch[2 * nb + 1] = j; nb += 1
            if top + nb > cap_stack:
                while top + nb > cap_stack:
                    cap_stack *= 2
                grown = <int*>realloc(stack, 2 * cap_stack * sizeof(int))
                if grown == NULL:
                    raise MemoryError()
                stack = grown
            for i in range(nb - 1, -1, -1):
                stack[2 * top] = batch[2 * i]
                stack[2 * top + 1] = batch[2 * i + 1]
                top += 1
        return (n_pairs, checksum, visits, ta.height, tb.height, first)
    finally:
        free(ta.items); free(tb.items); free(stack); free(batch)
