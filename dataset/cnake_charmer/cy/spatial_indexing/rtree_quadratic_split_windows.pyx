# distutils: language = c++
# cython: language_level=3
"""Guttman R-tree built by insertion with the quadratic split, then window queries — a C++ node pool.

Nodes are fixed-size structs (entry boxes as ``int[9][4]`` plus child/id slots, one
spare slot for the overflow) kept in a ``std::vector`` and addressed by index, so
growing the pool never invalidates a link. ChooseLeaf, the quadratic split (with
ordered removal so ties resolve exactly as in Python) and the window search are
nogil cdef functions on integer boxes; hits collect in a ``std::vector[int]``.

Keywords: spatial indexing, r-tree, quadratic split, bounding rectangles, window query, guttman
"""

import cython
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MAX_ENTRIES = 8
    MIN_ENTRIES = 3
    SLOTS = 9


cdef struct RNode:
    int leaf
    int count
    int box[SLOTS][4]
    int item[SLOTS]      # rectangle id in a leaf, child node index otherwise


cdef inline long long area(const int* r) noexcept nogil:
    return <long long>(r[2] - r[0]) * (r[3] - r[1])


cdef inline void unite(int* out, const int* a, const int* b) noexcept nogil:
    out[0] = a[0] if a[0] < b[0] else b[0]
    out[1] = a[1] if a[1] < b[1] else b[1]
    out[2] = a[2] if a[2] > b[2] else b[2]
    out[3] = a[3] if a[3] > b[3] else b[3]


cdef inline long long growth(const int* box, const int* r) noexcept nogil:
    cdef int u[4]
    unite(u, box, r)
    return area(u) - area(box)


cdef inline void copy4(int* dst, const int* src) noexcept nogil:
    dst[0] = src[0]; dst[1] = src[1]; dst[2] = src[2]; dst[3] = src[3]


cdef void bounds(const RNode* node, int* out) noexcept nogil:
    cdef int i
    copy4(out, node.box[0])
    for i in range(1, node.count):
        unite(out, out, node.box[i])


cdef int quadratic_split(vector[RNode]& pool, int at) noexcept nogil:
    cdef int boxes[SLOTS][4]
    cdef int items[SLOTS]
    cdef int rest[SLOTS]
    cdef int u[4], box1[4], box2[4]
    cdef int total = pool[at].count, i, j, s1 = 0, s2 = 1, n_rest = 0, pick, e, g1_n, g2_n
    cdef long long waste, worst = 0, best, diff, g1, g2, a1, a2
    cdef bint have = False
    cdef RNode sib
    for i in range(total):
        copy4(boxes[i], pool[at].box[i])
        items[i] = pool[at].item[i]
    for i in range(total):
        for j in range(i + 1, total):
            unite(u, boxes[i], boxes[j])
            waste = area(u) - area(boxes[i]) - area(boxes[j])
            if not have or waste > worst:
                worst = waste; s1 = i; s2 = j; have = True
    sib.leaf = pool[at].leaf
    pool[at].count = 1
    copy4(pool[at].box[0], boxes[s1]); pool[at].item[0] = items[s1]
    sib.count = 1
    copy4(sib.box[0], boxes[s2]); sib.item[0] = items[s2]
    copy4(box1, boxes[s1]); copy4(box2, boxes[s2])
    for i in range(total):
        if i != s1 and i != s2:
            rest[n_rest] = i
            n_rest += 1
    while n_rest > 0:
        g1_n = pool[at].count
        g2_n = sib.count
        if g1_n + n_rest == MIN_ENTRIES or g2_n + n_rest == MIN_ENTRIES:
            for i in range(n_rest):
                e = rest[i]
                if g1_n + n_rest == MIN_ENTRIES:
                    copy4(pool[at].box[pool[at].count], boxes[e]); pool[at].item[pool[at].count] = items[e]
                    pool[at].count += 1
                else:
                    copy4(sib.box[sib.count], boxes[e]); sib.item[sib.count] = items[e]
                    sib.count += 1
            break
        pick = 0
        best = -1
        for i in range(n_rest):
            diff = growth(box1, boxes[rest[i]]) - growth(box2, boxes[rest[i]])
            if diff < 0:
                diff = -diff
            if diff > best:
                best = diff; pick = i
        e = rest[pick]
        for i in range(pick, n_rest - 1):
            rest[i] = rest[i + 1]
        n_rest -= 1
        g1 = growth(box1, boxes[e]); g2 = growth(box2, boxes[e])
        a1 = area(box1); a2 = area(box2)
        if g1 < g2 or (g1 == g2 and (a1 < a2 or (a1 == a2 and g1_n <= g2_n))):
            copy4(pool[at].box[g1_n], boxes[e]); pool[at].item[g1_n] = items[e]
            pool[at].count += 1
            unite(box1, box1, boxes[e])
        else:
            copy4(sib.box[g2_n], boxes[e]); sib.item[g2_n] = items[e]
            sib.count += 1
            unite(box2, box2, boxes[e])
    pool.push_back(sib)
    return <int>pool.size() - 1


cdef int insert(vector[RNode]& pool, int at, const int* rect, int rid) noexcept nogil:
    """Insert below node `at`; return the index of a new sibling, or -1."""
    cdef int i, k = 0, child, sibling, c
    cdef long long g, a, best_g = 0, best_a = 0
    cdef int b[4]
    if pool[at].leaf:
        c = pool[at].count
        copy4(pool[at].box[c], rect)
        pool[at].item[c] = rid
        pool[at].count += 1
    else:
        for i in range(pool[at].count):
            g = growth(pool[at].box[i], rect)
            a = area(pool[at].box[i])
            if i == 0 or g < best_g or (g == best_g and a < best_a):
                best_g = g; best_a = a; k = i
        child = pool[at].item[k]
        sibling = insert(pool, child, rect, rid)
        bounds(&pool[child], b)
        copy4(pool[at].box[k], b)
        if sibling >= 0:
            c = pool[at].count
            bounds(&pool[sibling], b)
            copy4(pool[at].box[c], b)
            pool[at].item[c] = sibling
            pool[at].count += 1
    if pool[at].count > MAX_ENTRIES:
        return quadratic_split(pool, at)
    return -1


cdef int window(vector[RNode]& pool, int at, const int* w, vector[int]& hits) noexcept nogil:
    cdef int visited = 1, i
    cdef RNode* node = &pool[at]
    for i in range(node.count):
        if node.box[i][0] <= w[2] and w[0] <= node.box[i][2] and node.box[i][1] <= w[3] and w[1] <= node.box[i][3]:
            if node.leaf:
                hits.push_back(node.item[i])
            else:
                visited += window(pool, node.item[i], w, hits)
    return visited


@cython_benchmark(args=(5000, 2500, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rtree_quadratic_split_windows(int n, int queries, long long seed):
    """Return (height, nodes, hit checksum, nodes visited, first 8 hit counts)."""
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0, visited = 0
    cdef int side = min(10000, 300 + 2 * n), rid, q, x, y, root = 0, sibling, height, i, h
    cdef int rect[4]
    cdef int b[4]
    cdef vector[RNode] pool
    cdef vector[int] hits
    cdef RNode fresh
    first = []
    pool.reserve(n // 2 + 16)
    fresh.leaf = 1
    fresh.count = 0
    pool.push_back(fresh)
    for rid in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = <int>((state >> 9) % side)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = <int>((state >> 9) % side)
        if rid % 13 == 5:
            x = side // 2; y = side // 2
        rect[0] = x; rect[1] = y
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        rect[2] = x + 1 + <int>((state >> 9) % 150)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        rect[3] = y + 1 + <int>((state >> 9) % 150)
        sibling = insert(pool, root, rect, rid)
        if sibling >= 0:
            fresh.leaf = 0
            fresh.count = 2
            bounds(&pool[root], b); copy4(fresh.box[0], b); fresh.item[0] = root
            bounds(&pool[sibling], b); copy4(fresh.box[1], b); fresh.item[1] = sibling
            pool.push_back(fresh)
            root = <int>pool.size() - 1
    height = 1
    i = root
    while not pool[i].leaf:
        i = pool[i].item[0]
        height += 1
    for q in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = <int>((state >> 9) % side)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = <int>((state >> 9) % side)
        rect[0] = x; rect[1] = y
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        rect[2] = x + <int>((state >> 9) % 700)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        rect[3] = y + <int>((state >> 9) % 700)
        hits.clear()
        visited += window(pool, root, rect, hits)
        for h in hits:
            checksum = (checksum * 31 + h + 1) % 1000000007
        if q < 8:
            first.append(<int>hits.size())
    return (height, <int>pool.size(), checksum, visited, first)
